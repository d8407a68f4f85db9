// Measures, on the database of DATABASE_URL, the data-access functions every page a role opens
// daily calls, as that role: the cockpit (whole and by section, a seven-month period and the year),
// the report card, the leads table (every sort, every filter), the board, 督办 and each role's
// 工作台, and a stage change through the very action definition the board uses. Beside each
// figure, the same SQL statements run straight through the driver ("raw"): what the database
// costs, apart from drizzle and this code. Prints one JSON line. Run by scripts/bench.mjs (npm run
// bench), with --conditions=react-server for "server-only".
import { and, asc, count, eq, isNotNull } from "drizzle-orm";
import { closeDatabase, db } from "../db/client";
import { resolveDatabaseConfig } from "../db/config";
import { moveLeadStageDefinition } from "../db/mutations/lead-actions";
import { cockpitData, reportCard, headlineFigures, attentionCounts, monthlyTrend, breakdown, funnel } from "../db/queries/cockpit";
import { workbenchData } from "../db/queries/dashboard";
import { boardColumnPage, boardData } from "../db/queries/leads/board";
import { listLeads } from "../db/queries/leads/table";
import { chainRates, figuresByPartner } from "../db/queries/promotion";
import { supervisionData } from "../db/queries/supervision";
import { myOpenTasks, taskList } from "../db/queries/tasks";
import { digestData, groupDigestBody, leadershipDigestBody } from "../lib/jobs/digest";
import { notificationList, unreadNotificationCount } from "../db/queries/notifications";
import { loadCurrentUser } from "../db/queries/users";
import { agreements, districts, industries, leads, meetings, taskGroups, trips, users } from "../db/schema";
import { runAction, type ActionMessages } from "../lib/actions/run-action";
import type { CurrentUser } from "../lib/auth/current-user";
import { monthPeriod, yearPeriod, type Period } from "../lib/domain/period";
import { decodeCursor } from "../lib/board-cursor";
import { noLeadFilters, type LeadFilters } from "../lib/lead-filters";
import { leadSortKeys } from "../lib/lead-sort";
import { parseTaskFilters } from "../lib/task-filters";
import { toIsoDate } from "../lib/format";

const runs = Number(process.argv.find((a) => a.startsWith("--runs="))?.split("=")[1] ?? 30);
const warmup = 3;
/** --only=text: measure only the cases whose group or name contains it (while working on one page). */
const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);

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

// ---- the statements a call sends, captured from drizzle's logger and replayed through the driver --

type Statement = { sql: string; params: unknown[] };
let captured: Statement[] | null = null;
const session = (db as unknown as { session: { logger: { logQuery: (sql: string, params: unknown[]) => void } } }).session;
session.logger = { logQuery: (sql, params) => captured?.push({ sql, params }) };

async function statementsOf(fn: () => Promise<unknown>): Promise<Statement[]> {
  captured = [];
  try {
    await fn();
    return captured;
  } finally {
    captured = null;
  }
}

const client = (db as unknown as { $client: unknown }).$client;
/** The statements straight through the driver, sent together as the page sends them. */
function runRaw(statements: Statement[]) {
  if (resolveDatabaseConfig().dialect === "postgres") {
    const pool = client as { query: (text: string, values: unknown[]) => Promise<unknown> };
    return Promise.all(statements.map((s) => pool.query(s.sql, s.params)));
  }
  const libsql = client as { execute: (statement: { sql: string; args: unknown[] }) => Promise<unknown> };
  return Promise.all(statements.map((s) => libsql.execute({ sql: s.sql, args: s.params })));
}

async function timed(fn: (i: number) => Promise<unknown>) {
  for (let i = 0; i < warmup; i++) await fn(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn(warmup + i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: quantile(times, 0.5), p95: quantile(times, 0.95) };
}

type Case = { group: string; name: string; limit?: number; run: (i: number) => Promise<unknown>; raw?: boolean };
type Result = { group: string; name: string; median: number; p95: number; rawMedian: number | null; statements: number; limit: number | null };

async function measure(c: Case): Promise<Result> {
  const { median, p95 } = await timed(c.run);
  let rawMedian: number | null = null;
  let statements = 0;
  if (c.raw !== false) {
    const sent = await statementsOf(() => c.run(0));
    statements = sent.length;
    rawMedian = (await timed(() => runRaw(sent))).median;
  }
  return { group: c.group, name: c.name, median, p95, rawMedian, statements, limit: c.limit ?? null };
}

async function main() {
  const { dialect } = resolveDatabaseConfig();
  const [leader, secretary, groupLead, member] = await Promise.all([userNamed("shuji"), userNamed("mishu"), userNamed("zuzhang"), userNamed("zuyuan")]);
  const [group] = await db.select({ id: taskGroups.id }).from(taskGroups).where(eq(taskGroups.name, "电子信息产业推进工作组"));
  const [{ total }] = await db.select({ total: count() }).from(leads);
  const now = new Date();
  const today = toIsoDate(now);
  const year = Number(today.slice(0, 4));
  const sevenMonths = monthPeriod(`${year}-01`, `${year}-07`);
  const wholeYear = yearPeriod(year);
  const page = { page: 1, pageSize: 20, q: "" };

  // Values for the filters: the first of each kind, a lead's trip, meeting and company.
  const first = async <T>(query: Promise<T[]>) => (await query)[0];
  const [district, industry, owner, agreement, trip, meeting, company, leaderUser] = await Promise.all([
    first(db.select({ id: districts.id }).from(districts).orderBy(asc(districts.id)).limit(1)),
    first(db.select({ id: industries.id }).from(industries).orderBy(asc(industries.id)).limit(1)),
    first(db.select({ id: leads.ownerId }).from(leads).where(eq(leads.taskGroupId, group.id)).limit(1)),
    first(db.select({ partnerId: agreements.partnerId }).from(agreements).orderBy(asc(agreements.id)).limit(1)),
    first(db.select({ id: trips.id }).from(trips).orderBy(asc(trips.id)).limit(1)),
    first(db.select({ id: meetings.id }).from(meetings).orderBy(asc(meetings.id)).limit(1)),
    first(db.select({ id: leads.companyId }).from(leads).where(isNotNull(leads.companyId)).orderBy(asc(leads.id)).limit(1)),
    first(db.select({ id: users.id }).from(users).where(eq(users.username, "shuji"))),
  ]);
  const filters: [string, Partial<LeadFilters>][] = [
    ["stage 洽谈", { stage: "negotiating" }],
    ["task group", { group: group.id }],
    ["owner", { owner: owner.id }],
    ["district", { district: district.id }],
    ["industry", { industry: industry.id }],
    ["source 链式招商", { source: "chain" }],
    ["city leader", { leader: leaderUser.id }],
    ["size band 1–5亿", { bands: ["1to5"] }],
    ["size band 5亿+", { bands: ["5plus"] }],
    ["size band under 1亿", { bands: ["lt1"] }],
    ["signed this year", { signedFrom: `${year}-01-01`, signedTo: today }],
    ["monthly figures Jan–Jul", { reportFrom: `${year}-01`, reportTo: `${year}-07` }],
    ["partner region", { partner: agreement?.partnerId ?? null }],
    ["trip", { trip: trip?.id ?? null }],
    ["meeting", { meeting: meeting?.id ?? null }],
    ["company", { company: company.id }],
    ["stale", { stale: true }],
    ["overdue", { attention: "overdue" }],
    ["being worked on", { attention: "active" }],
  ];

  // Leads to move: first contact in the group lead's group, a different one each run.
  const movable = await db
    .select({ id: leads.id, version: leads.version })
    .from(leads)
    .where(and(eq(leads.taskGroupId, group.id), eq(leads.stage, "contact")))
    .orderBy(asc(leads.id))
    .limit(warmup + runs);
  if (movable.length < warmup + runs) throw new Error(`only ${movable.length} contact leads to move: seed more (npm run db:seed:scale)`);
  const third = await boardColumnPage(secretary, "negotiating", noLeadFilters, null, 24);
  const cursor = decodeCursor(third.nextCursor);

  const noTaskFilters = parseTaskFilters({});
  const allGroupIds = (await db.select({ id: taskGroups.id }).from(taskGroups)).map((g) => g.id);
  const cockpitLimit = 150;
  const cockpitCases = (label: string, period: Period): Case[] => [
    { group: "驾驶舱 cockpit (shuji)", name: `${label} · whole page`, limit: cockpitLimit, run: () => cockpitData(leader, period, now) },
    { group: "驾驶舱 cockpit (shuji)", name: `${label} · figures`, limit: cockpitLimit, run: () => headlineFigures(leader, period, now) },
    { group: "驾驶舱 cockpit (shuji)", name: `${label} · stale and overdue`, limit: cockpitLimit, run: () => attentionCounts(leader, now) },
    { group: "驾驶舱 cockpit (shuji)", name: `${label} · month by month`, limit: cockpitLimit, run: () => monthlyTrend(leader, period) },
    ...(["district", "group", "industry", "source"] as const).map((d) => ({
      group: "驾驶舱 cockpit (shuji)",
      name: `${label} · by ${d}`,
      limit: cockpitLimit,
      run: () => breakdown(leader, period, d),
    })),
    { group: "驾驶舱 cockpit (shuji)", name: `${label} · partner regions`, limit: cockpitLimit, run: () => figuresByPartner(leader, period) },
    { group: "驾驶舱 cockpit (shuji)", name: `${label} · chains`, limit: cockpitLimit, run: () => chainRates(leader) },
    { group: "驾驶舱 cockpit (shuji)", name: `${label} · funnel`, limit: cockpitLimit, run: () => funnel(leader, period, now) },
  ];
  const cases: Case[] = [
    ...cockpitCases("Jan–Jul", sevenMonths),
    ...cockpitCases("year", wholeYear),
    { group: "答卷 report card (shuji)", name: "Jan–Jul", limit: 100, run: () => reportCard(leader, sevenMonths, now) },
    { group: "答卷 report card (shuji)", name: "year", limit: 100, run: () => reportCard(leader, wholeYear, now) },
    ...leadSortKeys.flatMap((sort) =>
      (["desc", "asc"] as const).map((dir) => ({
        group: "项目 leads table, page 1 (mishu, all groups)",
        name: `sorted by ${sort} ${dir}`,
        limit: 20,
        run: () => listLeads(secretary, { ...page, sort, dir }, noLeadFilters, now),
      })),
    ),
    ...filters.map(([name, filter]) => ({
      group: "项目 leads table, page 1 (mishu, all groups)",
      name: `filtered: ${name}`,
      limit: 20,
      run: () => listLeads(secretary, { ...page, sort: null, dir: "desc" }, { ...noLeadFilters, ...filter }, now),
    })),
    {
      group: "项目 leads table, page 1 (mishu, all groups)",
      name: "searched: 锂电池",
      limit: 20,
      run: () => listLeads(secretary, { ...page, q: "锂电池", sort: null, dir: "desc" }, noLeadFilters, now),
    },
    {
      group: "项目 leads table, page 1 (zuzhang, his group)",
      name: "group + stage, sorted by planned amount",
      limit: 20,
      run: () => listLeads(groupLead, { ...page, sort: "plannedInvestment", dir: "desc" }, { ...noLeadFilters, group: group.id, stage: "negotiating" }, now),
    },
    { group: "项目 leads table, page 1 (zuzhang, his group)", name: "only mine", limit: 20, run: () => listLeads(groupLead, { ...page, sort: null, dir: "desc" }, { ...noLeadFilters, mine: true }, now) },
    { group: "看板 board", name: "whole board, 9 columns and totals (shuji, all groups)", limit: 20, run: () => boardData(leader, noLeadFilters) },
    { group: "看板 board", name: "whole board (zuzhang, his group)", limit: 20, run: () => boardData(groupLead, noLeadFilters) },
    { group: "看板 board", name: "column page by cursor (mishu)", limit: 20, run: () => boardColumnPage(secretary, "negotiating", noLeadFilters, cursor) },
    { group: "督办 supervision", name: "shuji (all groups)", limit: 50, run: () => supervisionData(leader, now) },
    { group: "督办 supervision", name: "zuzhang (his group)", limit: 50, run: () => supervisionData(groupLead, now) },
    { group: "待办 tasks", name: "我的待办 (zuyuan, member)", limit: 20, run: () => myOpenTasks(member, today) },
    { group: "待办 tasks", name: "我的待办 (zuzhang, group lead)", limit: 20, run: () => myOpenTasks(groupLead, today) },
    { group: "待办 tasks", name: "待办 page, open, mine (zuyuan)", limit: 20, run: () => taskList(member, { ...noTaskFilters, mine: true }, today) },
    { group: "待办 tasks", name: "待办 page, open, overdue, all he may see (zuzhang)", limit: 50, run: () => taskList(groupLead, { ...noTaskFilters, mine: false, due: "overdue" }, today) },
    { group: "待办 tasks", name: "待办 page, open, all (shuji)", limit: 50, run: () => taskList(leader, { ...noTaskFilters, mine: false }, today) },
    { group: "通知 notifications", name: "bell: unread count (zuyuan)", limit: 20, run: () => unreadNotificationCount(member.id) },
    { group: "通知 notifications", name: "bell: unread count (zuzhang)", limit: 20, run: () => unreadNotificationCount(groupLead.id) },
    { group: "通知 notifications", name: "notifications page 1 (zuyuan)", limit: 20, run: () => notificationList(member.id) },
    {
      group: "每日摘要 morning digest",
      name: `reads and texts for all ${allGroupIds.length} groups and the leadership`,
      limit: 5_000,
      raw: false,
      run: async () => {
        const data = await digestData(now, allGroupIds, true);
        return [...data.groups.map(groupDigestBody), leadershipDigestBody(data)];
      },
    },
    { group: "工作台 workbench", name: "mishu, secretary (city)", limit: 50, run: () => workbenchData(secretary, false, now) },
    { group: "工作台 workbench", name: "zuzhang, group lead (his group)", limit: 50, run: () => workbenchData(groupLead, false, now) },
    { group: "工作台 workbench", name: "zuzhang, only mine", limit: 50, run: () => workbenchData(groupLead, true, now) },
    { group: "工作台 workbench", name: "zuyuan, member (his group)", limit: 50, run: () => workbenchData(member, false, now) },
    {
      group: "写入 writes",
      name: "stage change 接触 → 洽谈 with event and audit row (zuzhang)",
      raw: false,
      run: async (i) => {
        const lead = movable[i];
        const result = await runAction(moveLeadStageDefinition, groupLead, { leadId: lead.id, version: lead.version, toStage: "negotiating" }, messages);
        if (!result.ok) throw new Error(`stage change refused: ${result.error}`);
      },
    },
  ];

  const results: Result[] = [];
  for (const c of cases.filter((c) => !only || `${c.group} ${c.name}`.includes(only))) {
    results.push(await measure(c));
    process.stderr.write(".");
  }
  process.stderr.write("\n");
  console.log(JSON.stringify({ dialect, leads: total, runs, results }));
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  })
  .finally(() => closeDatabase());
