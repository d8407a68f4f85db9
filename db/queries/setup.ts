// Whether the installation has been set up: until an active administrator exists nobody can manage
// accounts, and the sign-in page says how to create the first one (npm run user:create).
import { and, eq } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { users } from "@/db/schema";

export async function hasActiveAdmin(executor: Executor = db): Promise<boolean> {
  const [row] = await executor
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.isActive, true)))
    .limit(1);
  return Boolean(row);
}
