import { count } from "drizzle-orm";
import { db, dialect } from "@/db/client";
import { districts } from "@/db/schema";

export const dynamic = "force-dynamic";

/** Liveness and database check for load balancers and monitoring; needs no session. */
export async function GET() {
  try {
    await db.select({ n: count() }).from(districts);
    return Response.json({ ok: true, dialect: dialect() });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return Response.json({ ok: false, dialect: dialect(), reason }, { status: 503 });
  }
}
