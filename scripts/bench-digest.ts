// npm run bench:digest — the morning digest at a city's volume: tops the database of DATABASE_URL up
// to 300,000 tasks over its leads (run `npm run db:seed:scale -- --leads 100000` first), then times the
// digest's reads and texts for all 17 task groups and the leadership (the limit: 5 s).
import { count } from "drizzle-orm";
import { closeDatabase, db } from "../db/client";
import { resolveDatabaseConfig } from "../db/config";
import { migrateDatabase } from "../db/migrate";
import { refreshPlannerStatistics } from "../db/sql-fragments";
import { leads, taskGroups, tasks } from "../db/schema";
import { digestData, groupDigestBody, leadershipDigestBody } from "../lib/jobs/digest";
import { toIsoDate } from "../lib/format";
import { addIsoDays } from "../lib/domain/trip-context";

const targetTasks = Number(process.env.BENCH_TASKS ?? 300_000);
const limitMs = 5_000;

async function topUpTasks(now: Date) {
  const [{ n }] = await db.select({ n: count() }).from(tasks);
  let missing = targetTasks - Number(n);
  if (missing <= 0) return;
  const today = toIsoDate(now);
  const leadRows = await db.select({ id: leads.id, ownerId: leads.ownerId, groupId: leads.taskGroupId }).from(leads);
  console.log(`adding ${missing} tasks over ${leadRows.length} leads…`);
  let i = 0;
  while (missing > 0) {
    const batch: (typeof tasks.$inferInsert)[] = [];
    for (let k = 0; k < Math.min(1000, missing); k++, i++) {
      const lead = leadRows[i % leadRows.length]!;
      batch.push({
        title: `跟进任务 ${i}`,
        ownerId: lead.ownerId,
        dueOn: addIsoDays(today, (i % 120) - 90),
        status: i % 3 === 0 ? ("done" as const) : ("open" as const),
        source: i % 40 === 0 ? ("instruction" as const) : ("manual" as const),
        leadId: lead.id,
        taskGroupId: lead.groupId,
        createdAt: now,
      });
    }
    await db.transaction((tx) => tx.insert(tasks).values(batch));
    missing -= batch.length;
  }
  await refreshPlannerStatistics(db);
}

async function main() {
  await migrateDatabase(resolveDatabaseConfig());
  const now = new Date();
  await topUpTasks(now);
  const [{ leadCount }] = await db.select({ leadCount: count() }).from(leads);
  const [{ taskCount }] = await db.select({ taskCount: count() }).from(tasks);
  const groupIds = (await db.select({ id: taskGroups.id }).from(taskGroups)).map((g) => g.id);
  const times: number[] = [];
  let chars = 0;
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    const data = await digestData(now, groupIds, true);
    chars = data.groups.reduce((n, g) => n + (groupDigestBody(g)?.length ?? 0), 0) + (leadershipDigestBody(data)?.length ?? 0);
    times.push(performance.now() - started);
  }
  const median = times.toSorted((a, b) => a - b)[2]!;
  console.log(
    `digest of ${groupIds.length} groups + leadership at ${leadCount} leads, ${taskCount} tasks (${resolveDatabaseConfig().dialect}): median ${median.toFixed(0)} ms, runs ${times.map((t) => t.toFixed(0)).join(", ")} ms; ${chars} characters; limit ${limitMs} ms ${median < limitMs ? "✓" : "✗"}`,
  );
  return median < limitMs ? 0 : 1;
}

main()
  .then(async (code) => {
    await closeDatabase();
    process.exit(code);
  })
  .catch(async (error) => {
    console.error(error);
    await closeDatabase().catch(() => {});
    process.exit(1);
  });
