import { count } from "drizzle-orm";
import { db, dialect } from "@/db/client";
import { districts } from "@/db/schema";

export const dynamic = "force-dynamic";

const noStore = { "cache-control": "no-store" };

/**
 * Liveness and database check for load balancers and monitoring; needs no session. Says only
 * whether the database answers and which kind it is: the reason goes to the server log, never to
 * the (anonymous) caller.
 */
export async function GET() {
  let kind: string;
  try {
    kind = dialect();
  } catch {
    kind = "unknown";
  }
  try {
    await db.select({ n: count() }).from(districts);
    return Response.json({ ok: true, dialect: kind }, { headers: noStore });
  } catch (error) {
    console.error("[health] database check failed:", error);
    return Response.json({ ok: false, dialect: kind }, { status: 503, headers: noStore });
  }
}
