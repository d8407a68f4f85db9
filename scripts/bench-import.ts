// npm run bench:import [-- --rows 10000]
//
// Imports a generated file of new leads (10,000 by default) through the importer the page and
// `npm run import` use, while, in the same process (as in the app server), other users keep
// asking: every 50 ms the database check of /api/health, and every 200 ms a stage change through
// the board's own action. On SQLite a worker thread with a connection of its own tries the write
// lock every few milliseconds (BEGIN IMMEDIATE with no busy timeout) and reports the longest time
// it stayed taken. Prints figures; asserts nothing.
//
// DATABASE_URL chooses the database (PostgreSQL too); without it a throwaway SQLite file is made,
// migrated and filled with the demo city. Run with --conditions=react-server (see package.json).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";

const rowsWanted = Number(process.argv.find((a) => a.startsWith("--rows="))?.split("=")[1] ?? process.argv[process.argv.indexOf("--rows") + 1] ?? 10_000) || 10_000;

let tempDir: string | null = null;
if (!process.env.DATABASE_URL?.trim()) {
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "zs-bench-import-"));
  process.env.DATABASE_URL = `file:${path.join(tempDir, "bench.db")}`;
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] : NaN;
};
const ms = (n: number) => `${n.toFixed(0)} ms`;

/** Tries the SQLite write lock from another connection; reports the longest stretch it was taken. */
function lockProbe(file: string) {
  const code = `
    const { parentPort, workerData } = require("node:worker_threads");
    const Database = require(workerData.libsql);
    const db = new Database(workerData.file, { timeout: 0 });
    const pause = new Int32Array(new SharedArrayBuffer(4));
    let busySince = null, longest = 0, stop = false;
    parentPort.on("message", () => { stop = true; });
    const tick = () => {
      if (stop) { parentPort.postMessage({ longest }); db.close(); return; }
      const now = performance.now();
      try {
        db.exec("BEGIN IMMEDIATE"); db.exec("ROLLBACK");
        if (busySince !== null) { longest = Math.max(longest, now - busySince); busySince = null; }
      } catch { if (busySince === null) busySince = now; }
      Atomics.wait(pause, 0, 0, 2);
      setImmediate(tick);
    };
    tick();`;
  const worker = new Worker(code, { eval: true, workerData: { file, libsql: require.resolve("libsql") } });
  return {
    stop: () =>
      new Promise<number>((resolve) => {
        worker.once("message", (m: { longest: number }) => {
          void worker.terminate();
          resolve(m.longest);
        });
        worker.postMessage("stop");
      }),
  };
}

async function main() {
  const { migrateDatabase } = await import("../db/migrate");
  const { resolveDatabaseConfig } = await import("../db/config");
  const { closeDatabase, db } = await import("../db/client");
  const { seedDemoData } = await import("../db/seed/demo");
  const { importFile } = await import("../db/import/run-import");
  const { loadCurrentUser } = await import("../db/queries/users");
  const { moveLeadStageDefinition } = await import("../db/mutations/lead-actions");
  const { runAction } = await import("../lib/actions/run-action");
  const schema = await import("../db/schema");
  const { and, asc, count, eq } = await import("drizzle-orm");

  const config = resolveDatabaseConfig();
  await migrateDatabase(config);
  await seedDemoData(db);

  const userNamed = async (username: string) => {
    const [row] = await db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.username, username));
    const user = row ? await loadCurrentUser(row.id) : null;
    if (!user) throw new Error(`no user ${username}: seed the demo city first`);
    return user;
  };
  const [admin, groupLead] = await Promise.all([userNamed("admin"), userNamed("zuzhang")]);
  const [group] = await db.select({ id: schema.taskGroups.id }).from(schema.taskGroups).where(eq(schema.taskGroups.name, "电子信息产业推进工作组"));
  const movable = await db
    .select({ id: schema.leads.id, version: schema.leads.version })
    .from(schema.leads)
    .where(and(eq(schema.leads.taskGroupId, group.id), eq(schema.leads.stage, "contact")))
    .orderBy(asc(schema.leads.id));

  // The file: new leads over every group, a few stages (signed ones with their signing data), a
  // company per 3 rows.
  const groups = (await db.select({ name: schema.taskGroups.name }).from(schema.taskGroups)).map((g) => g.name);
  const run = Date.now().toString(36);
  const stages = ["接触", "洽谈", "考察", "意向", "签约"];
  const lines = ["外部编号,项目名称,企业名称,工作组,来源,阶段,计划投资(万元),签约投资(万元),签约日期"];
  for (let i = 0; i < rowsWanted; i++) {
    const stage = stages[i % stages.length];
    const signed = stage === "签约";
    lines.push(
      [`B${run}-${i}`, `压测项目${run}-${i}`, `压测企业${run}-${Math.floor(i / 3)}有限公司`, groups[i % groups.length], "一把手招商", stage, 1000 + (i % 50) * 100, signed ? 2000 : "", signed ? "2026-01-15" : ""].join(","),
    );
  }
  const data = new TextEncoder().encode(`${lines.join("\n")}\n`);

  const health: number[] = [];
  const moves: number[] = [];
  let moveFailures = 0;
  let busy = true;
  const messages = { unauthenticated: "", forbidden: "forbidden", invalid: "invalid", notFound: "not found", unexpected: "unexpected", conflict: () => "conflict", translate: (k: string) => k };
  // Requests "arrive" on a fixed schedule, every 50 ms; each one's time counts from its arrival, so a
  // blocked event loop (as an app server would have it) shows in the figures.
  const healthLoop = (async () => {
    const t0 = performance.now();
    let k = 0;
    while (busy) {
      const due = t0 + k * 50;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      await db.select({ n: count() }).from(schema.districts);
      const done = performance.now();
      // Every arrival since the last one waited until now.
      do {
        health.push(done - (t0 + k * 50));
        k += 1;
      } while (t0 + k * 50 < done);
    }
  })();
  let nextMove = 0;
  const moveLoop = (async () => {
    while (busy && nextMove < movable.length) {
      const lead = movable[nextMove++];
      const started = performance.now();
      // (a stage change every 200 ms; its time counts from when it was due)
      const result = await runAction(moveLeadStageDefinition, groupLead, { leadId: lead.id, version: lead.version, toStage: "negotiating" }, messages);
      moves.push(performance.now() - started);
      if (!result.ok) moveFailures += 1;
      await new Promise((r) => setTimeout(r, 200));
    }
  })();

  const probe = config.dialect === "sqlite" ? lockProbe(config.file) : null;
  let progressLines = 0;
  let timings = { read: 0, check: 0, write: 0 };
  const started = performance.now();
  const outcome = await importFile({
    kind: "leads",
    data,
    fileName: "bench.csv",
    user: admin,
    commit: true,
    onProgress: () => (progressLines += 1),
    onTimings: (t) => (timings = t),
  });
  const total = performance.now() - started;
  busy = false;
  await Promise.all([healthLoop, moveLoop]);
  const lockHeld = probe ? await probe.stop() : null;
  if (!outcome.ok) throw new Error(`import refused: ${JSON.stringify(outcome.problems.slice(0, 5))}`);

  console.log(`\nimport of ${outcome.rows.toLocaleString("en-US")} lead rows · ${config.dialect} · ${os.cpus().length} cores`);
  console.log(`  whole import          ${ms(total)}  (read ${ms(timings.read)}, check ${ms(timings.check)}, write transaction ${ms(timings.write)})`);
  console.log(`  progress lines        ${progressLines}`);
  if (lockHeld !== null) console.log(`  longest write-lock hold seen from another connection  ${ms(lockHeld)}`);
  console.log(`  during the import: /api/health's query  p95 ${ms(quantile(health, 0.95))}  max ${ms(Math.max(...health))}  (${health.length} calls)`);
  console.log(`  during the import: stage change (action) p95 ${ms(quantile(moves, 0.95))}  max ${ms(Math.max(...moves))}  (${moves.length} calls, ${moveFailures} refused)`);
  await closeDatabase();
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  })
  .finally(() => {
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  });
