// Measures, on the database of DATABASE_URL, the data-access functions the pages call: a page of
// the leads table with two filters and a sort, a page of a board column, and a stage change
// (through the very action definition the board and the lead page use). Prints one JSON line.
// Run by scripts/bench.mjs (npm run bench), with --conditions=react-server for "server-only".
import { and, asc, count, eq } from "drizzle-orm";
import { closeDatabase, db } from "../db/client";
import { resolveDatabaseConfig } from "../db/config";
import { moveLeadStageDefinition } from "../db/mutations/lead-actions";
import { boardColumnPage, boardData } from "../db/queries/leads/board";
import { decodeCursor, noLeadFilters } from "../lib/lead-filters";
import { listLeads } from "../db/queries/leads/table";
import { loadCurrentUser } from "../db/queries/users";
import { leads, taskGroups, users } from "../db/schema";
import { runAction, type ActionMessages } from "../lib/actions/run-action";
import type { CurrentUser } from "../lib/auth/current-user";

const runs = Number(process.argv.find((a) => a.startsWith("--runs="))?.split("=")[1] ?? 60);
const warmup = 5;

const messages: ActionMessages = {
  unauthenticated: "unauthenticated",
  forbidden: "forbidden",
  invalid: "invalid",
  notFound: "not found",
  unexpected: "unexpected",
  conflict: () => "conflict",
  translate: (key) => key,
};

async function userNamed(username: string): Promise<CurrentUser> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  const user = row ? await loadCurrentUser(row.id) : null;
  if (!user) throw new Error(`no user ${username}: seed the demo city first`);
  return user;
}

function quantile(sorted: number[], q: number) {
  const index = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

async function measure(name: string, fn: (i: number) => Promise<unknown>) {
  for (let i = 0; i < warmup; i++) await fn(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn(warmup + i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { name, median: quantile(times, 0.5), p95: quantile(times, 0.95), runs };
}

async function main() {
  const { dialect } = resolveDatabaseConfig();
  const [groupLead, secretary] = await Promise.all([userNamed("zuzhang"), userNamed("mishu")]);
  const [group] = await db.select({ id: taskGroups.id }).from(taskGroups).where(eq(taskGroups.name, "电子信息产业推进工作组"));
  const [{ total }] = await db.select({ total: count() }).from(leads);
  const page = { page: 1, pageSize: 20, q: "" };

  // Leads to move: first contact in the group lead's group, a different one each run.
  const movable = await db
    .select({ id: leads.id, version: leads.version })
    .from(leads)
    .where(and(eq(leads.taskGroupId, group.id), eq(leads.stage, "contact")))
    .orderBy(asc(leads.id))
    .limit(warmup + runs);
  if (movable.length < warmup + runs) throw new Error(`only ${movable.length} contact leads to move: seed more (npm run db:seed:scale)`);
  const third = await boardColumnPage(secretary, "negotiating", noLeadFilters, null, 40);
  const cursor = decodeCursor(third.nextCursor);

  const results = [
    await measure("leads table · group + stage, sorted by planned amount (group lead)", () =>
      listLeads(groupLead, { ...page, sort: "plannedInvestment", dir: "desc" }, { ...noLeadFilters, group: group.id, stage: "negotiating" }),
    ),
    await measure("leads table · stage + size band, sorted by last activity (secretary, all groups)", () =>
      listLeads(secretary, { ...page, sort: "lastActivityAt", dir: "desc" }, { ...noLeadFilters, stage: "negotiating", bands: ["1to5", "5plus"] }),
    ),
    await measure("board column · first page (group lead)", () => boardColumnPage(groupLead, "negotiating", noLeadFilters, null)),
    await measure("board column · third page by cursor (secretary, all groups)", () =>
      boardColumnPage(secretary, "negotiating", noLeadFilters, cursor),
    ),
    await measure("stage change · 接触 → 洽谈 with event and audit row (group lead)", async (i) => {
      const lead = movable[i];
      const result = await runAction(moveLeadStageDefinition, groupLead, { leadId: lead.id, version: lead.version, toStage: "negotiating" }, messages);
      if (!result.ok) throw new Error(`stage change refused: ${result.error}`);
    }),
    await measure("whole board · 9 columns and their totals (secretary, all groups)", () => boardData(secretary, noLeadFilters)),
  ];
  console.log(JSON.stringify({ dialect, leads: total, results }));
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  })
  .finally(() => closeDatabase());
