// npm run db:seed:scale -- --leads 100000
//
// Fills the database of DATABASE_URL with a realistic volume on top of the demo city: the given
// number of leads (default 100,000) spread over all 17 task groups, their owners, districts,
// industries and sources, created over the last five years, each with its history (about ten
// events per lead: a million for 100,000 leads), about three tasks and three notifications each.
// Deterministic. Written in batches inside
// transactions; running it again only adds what is missing up to the given number.
import { asc, count, eq, inArray, like, sql, type SQL } from "drizzle-orm";
import { closeDatabase, db } from "../db/client";
import { resolveDatabaseConfig } from "../db/config";
import { refreshPlannerStatistics } from "../db/sql-fragments";
import { companies, districts, industries, investmentReports, leadEvents, leads, notifications, taskGroupMembers, taskGroups, tasks, users } from "../db/schema";
import { followUpTaskRows } from "../db/seed/follow-up-tasks";
import { normalizeCompanyName } from "../lib/domain/company-name";
import { daysInStage, furthestStage } from "../lib/domain/pipeline";
import type { LeadEventKind, LeadSource, Stage } from "../db/schema/enums";
import { ensureDatabaseReady } from "../db/seed/ensure";

type Args = { leads: number; years: number };

function parseArgs(argv: string[]): Args {
  const args: Args = { leads: 100_000, years: 5 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=");
    const value = inline ?? argv[i + 1];
    if (flag === "--leads" || flag === "--years") {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} needs a whole number, got "${value}"`);
      args[flag === "--leads" ? "leads" : "years"] = n;
      if (inline === undefined) i++;
    } else if (flag !== "--") throw new Error(`unknown argument "${argv[i]}" (use --leads N, --years N)`);
  }
  return args;
}

// ---- a deterministic random source (mulberry32), seeded per batch so reruns continue alike --------

function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const weighted = <T>(items: readonly (readonly [T, number])[]) => {
    let r = next() * items.reduce((n, [, w]) => n + w, 0);
    for (const [item, w] of items) if ((r -= w) < 0) return item;
    return items[items.length - 1][0];
  };
  return { next, int, pick, weighted };
}

const dayMs = 86_400_000;
const isoDate = (d: Date) => new Date(+d + 8 * 3600_000).toISOString().slice(0, 10);

// ---- words for names and progress logs --------------------------------------------------------

const cities = ["深圳", "成都", "重庆", "天津", "北京", "上海", "苏州", "杭州", "东莞", "广州", "西安", "武汉", "长沙", "宁波", "厦门", "南京", "合肥", "青岛"];
const brands = ["华", "恒", "瑞", "鑫", "宏", "盛", "泰", "新", "安", "达", "中", "润", "嘉", "远", "博", "正", "天", "海", "金", "永", "诚", "丰", "腾", "卓"];
const companyKinds = ["科技", "实业", "集团", "智能", "新材料", "电子", "制造", "股份", "发展", "控股"];
const products: Record<string, string[]> = {
  装备制造: ["汽车零部件", "数控机床", "电力设备", "轨道交通配件", "工程机械", "智能装备"],
  电子信息: ["手机盖板", "锂电池", "摄像头模组", "柔性线路板", "显示模组", "芯片封装"],
  轻纺: ["服装", "家纺", "鞋业", "箱包", "针织面料"],
  化工: ["精细化工", "新型涂料", "天然气化工", "化工新材料"],
  建材: ["装配式建筑", "新型墙材", "商品混凝土", "玻璃深加工"],
  食品饮料: ["白酒", "休闲食品", "调味品", "饮用水", "肉制品加工"],
  有色金属: ["铝型材", "铜材加工", "再生金属"],
  医药: ["中药饮片", "医疗器械", "生物制药", "原料药"],
  现代物流: ["物流园", "冷链仓储", "保税仓储", "快递分拨中心"],
  电子商务: ["电商产业园", "跨境电商", "直播电商基地"],
  金融服务: ["融资租赁", "供应链金融", "金融后台服务中心"],
  文化创意: ["文创园", "影视基地", "动漫产业园"],
  健康养老: ["康养中心", "养老社区", "医养结合中心"],
  服务外包: ["呼叫中心", "软件外包", "数据服务中心"],
  现代农业: ["柑橘基地", "生猪养殖", "蔬菜基地", "农产品加工"],
  生态文化旅游: ["温泉度假区", "乡村旅游", "红色旅游综合体"],
  总部经济: ["区域总部", "结算中心"],
  国际贸易: ["进出口贸易", "保税展示交易中心"],
};
const notes = [
  "与企业投资发展部电话沟通，了解项目内部决策进度。",
  "赴企业总部拜访，就用地、能耗指标等问题进行沟通。",
  "陪同企业考察园区地块和标准厂房。",
  "整理企业提出的政策诉求，形成书面材料报工作组。",
  "与区县投促局会商项目选址方案。",
  "企业表示正在完善项目可行性研究报告。",
  "协调解决项目施工临时用电问题。",
  "督促企业加快设备采购和安装进度。",
];
const reasons = ["企业资金安排调整，暂缓投资。", "企业选址另有考虑，暂停推进。", "项目市场前景变化，企业取消投资计划。"];

const mainLine: Stage[] = ["contact", "negotiating", "inspecting", "intent", "signed", "started", "operating"];
const finalStages: (readonly [Stage, number])[] = [
  ["contact", 15],
  ["negotiating", 15],
  ["inspecting", 10],
  ["intent", 10],
  ["signed", 10],
  ["started", 10],
  ["operating", 15],
  ["on_hold", 7],
  ["dropped", 8],
];
const sources: (readonly [LeadSource, number])[] = [
  ["leader_trip", 15],
  ["task_group", 35],
  ["chamber", 10],
  ["native", 8],
  ["expert", 4],
  ["directed", 10],
  ["chain", 14],
  ["other", 4],
];

// ---- the city as the demo seed wrote it -------------------------------------------------------

async function loadCity() {
  const [groups, members, districtRows, industryRows, actors] = await Promise.all([
    // In id order: the same seed gives every lead the same group, owner and district on both databases.
    db.select({ id: taskGroups.id, leaderId: taskGroups.leaderId }).from(taskGroups).orderBy(asc(taskGroups.id)),
    db
      .select({ groupId: taskGroupMembers.taskGroupId, userId: taskGroupMembers.userId })
      .from(taskGroupMembers)
      .orderBy(asc(taskGroupMembers.taskGroupId), asc(taskGroupMembers.userId)),
    db.select({ id: districts.id }).from(districts).orderBy(asc(districts.id)),
    db.select({ id: industries.id, name: industries.name, groupId: industries.taskGroupId }).from(industries).orderBy(asc(industries.id)),
    db.select({ id: users.id }).from(users).where(inArray(users.role, ["admin", "secretary"])).orderBy(asc(users.id)),
  ]);
  return {
    groups: groups.map((g) => ({
      id: g.id,
      leaderId: g.leaderId,
      members: members.filter((m) => m.groupId === g.id).map((m) => m.userId),
      industries: industryRows.filter((i) => i.groupId === g.id),
    })),
    districts: districtRows.map((d) => d.id),
    creators: actors.map((a) => a.id),
  };
}

type City = Awaited<ReturnType<typeof loadCity>>;

/** Marks the companies this script wrote, so that a rerun adds only what is missing. */
const scaleCompanyNote = "批量数据（npm run db:seed:scale）";

/**
 * Companies the scale leads belong to: one per four leads, named as Chinese firms are and stored
 * with the normalised name the app computes (an import of the same name finds them).
 */
async function ensureCompanies(wanted: number, industryNames: Map<number, string>) {
  const [{ n }] = await db.select({ n: count() }).from(companies).where(eq(companies.description, scaleCompanyNote));
  const rnd = random(7_000_001);
  const industryIds = [...industryNames.keys()];
  // The names of all `wanted` companies, drawn in order (so a rerun draws the same ones), each unique.
  const others = await db.select({ name: companies.normalizedName, note: companies.description }).from(companies);
  const taken = new Set(others.filter((c) => c.note !== scaleCompanyNote).map((c) => c.name));
  const names: string[] = [];
  while (names.length < wanted) {
    const city = cities[names.length % cities.length];
    const industry = industryNames.get(industryIds[names.length % industryIds.length]) ?? "装备制造";
    const word = rnd.pick(products[industry] ?? products.装备制造).slice(0, 2);
    const name = `${city}${rnd.pick(brands)}${rnd.pick(brands)}${rnd.next() < 0.5 ? word : ""}${rnd.pick(companyKinds)}有限公司`;
    const normalized = normalizeCompanyName(name);
    if (taken.has(normalized)) continue;
    taken.add(normalized);
    names.push(name);
  }
  for (let start = n; start < wanted; start += 5_000) {
    const rows: (typeof companies.$inferInsert)[] = [];
    for (let i = start; i < Math.min(wanted, start + 5_000); i++) {
      const name = names[i];
      rows.push({ name, normalizedName: normalizeCompanyName(name), industryId: industryIds[i % industryIds.length], province: null, city: cities[i % cities.length], description: scaleCompanyNote });
    }
    await db.transaction(async (tx) => {
      for (let k = 0; k < rows.length; k += 500) await tx.insert(companies).values(rows.slice(k, k + 500));
    });
  }
  return db.select({ id: companies.id, industryId: companies.industryId }).from(companies).where(eq(companies.description, scaleCompanyNote)).orderBy(asc(companies.id));
}

type EventRow = Omit<typeof leadEvents.$inferInsert, "leadId">;

/** One lead and its history, created `ageDays` ago and worked on until it reached `stage`. */
function buildLead(i: number, city: City, companyIds: number[], industryNames: Map<number, string>, now: Date, years: number) {
  const rnd = random(1_000_003 * (i + 1));
  const group = city.groups[i % city.groups.length];
  const owner = rnd.pick(group.members);
  const industry = group.industries.length ? rnd.pick(group.industries) : null;
  const stage = rnd.weighted(finalStages);
  const source = rnd.weighted(sources);
  const ageDays = rnd.int(3, years * 365);
  const createdAt = new Date(+now - ageDays * dayMs - rnd.int(0, 9 * 3600_000));
  const word = rnd.pick(products[industry ? (industryNames.get(industry.id) ?? "装备制造") : "装备制造"] ?? products.装备制造);
  const planned = Math.round(rnd.weighted([[rnd.int(500, 9_900), 55], [rnd.int(10_000, 49_000), 35], [rnd.int(50_000, 300_000), 10]] as const) / 100) * 100;

  // The stages it went through: along the main line up to its stage, or to where it stopped.
  const reached = stage === "on_hold" || stage === "dropped" ? rnd.int(0, 4) : mainLine.indexOf(stage);
  const path: Stage[] = mainLine.slice(1, reached + 1);
  if (stage === "on_hold" || stage === "dropped") path.push(stage);
  const events: EventRow[] = [{ kind: "created", toStage: "contact", body: "新建项目线索。", actorId: owner, occurredAt: createdAt }];
  // Most leads were worked on in the last three weeks; about one in six has gone quiet (stale after
  // the default 30 days, as in the demo city).
  const quiet = rnd.next() < 0.16;
  // The last entry at any time of its day, as people write them (whole days apart, thousands of leads
  // would share each instant, which no city's data does).
  const endMs = (quiet ? +now - rnd.int(31, Math.max(32, ageDays - 1)) * dayMs : +now - rnd.int(0, 20) * dayMs) - rnd.int(0, 10 * 3600_000);
  const span = Math.max(3_600_000, Math.min(+now, endMs) - +createdAt);
  const extras = rnd.int(3, 11);
  const times = Array.from({ length: path.length + extras - 1 }, () => +createdAt + Math.floor(rnd.next() * span)).sort((a, b) => a - b);
  times.push(+createdAt + span);
  let previous: Stage = "contact";
  let signedOn: string | null = null;
  const signedInvestment = mainLine.indexOf(stage) >= 4 ? Math.round((planned * (0.85 + 0.3 * rnd.next())) / 100) * 100 : null;
  let stageEnteredAt = createdAt;
  const stageTimes = new Set<number>();
  // Stage moves spread over the span, the rest of the times are progress entries.
  for (let k = 0; k < path.length; k++) stageTimes.add(Math.floor(((k + 1) * times.length) / (path.length + 1)) - 1);
  let move = 0;
  times.forEach((t, index) => {
    const occurredAt = new Date(Math.max(t, +createdAt + 60_000 * (index + 1)));
    if (stageTimes.has(index) && move < path.length) {
      const to = path[move++];
      const body = to === "on_hold" || to === "dropped" ? rnd.pick(reasons) : null;
      const isSigning = to === "signed";
      if (isSigning) signedOn = isoDate(occurredAt);
      const stageDays = daysInStage(stageEnteredAt, occurredAt);
      events.push({ kind: "stage", fromStage: previous, toStage: to, stageDays, toValue: isSigning ? signedOn : null, body, actorId: owner, occurredAt });
      if (isSigning) {
        events.push({ kind: "amount", field: "signedInvestment", fromValue: null, toValue: String(signedInvestment), actorId: owner, occurredAt });
      }
      previous = to;
      stageEnteredAt = occurredAt;
    } else {
      const kind: LeadEventKind = rnd.weighted([["call", 4], ["visit", 3], ["note", 2], ["follow_up", 2]] as const);
      events.push({ kind, body: rnd.pick(notes), actorId: owner, occurredAt });
    }
  });
  const lastActivityAt = events.reduce((m, e) => (e.occurredAt > m ? e.occurredAt : m), createdAt);
  const working = ["contact", "negotiating", "inspecting", "intent", "on_hold"].includes(stage);
  const nextFollowUpOn = working ? isoDate(new Date(+now + rnd.int(-3, 30) * dayMs)) : stage === "signed" ? isoDate(new Date(+now + rnd.int(3, 40) * dayMs)) : null;
  const lead: typeof leads.$inferInsert = {
    externalId: `scale-${i + 1}`,
    name: `${word}项目（${i + 1}）`,
    companyId: companyIds[i % companyIds.length],
    taskGroupId: group.id,
    ownerId: owner,
    districtId: rnd.pick(city.districts),
    industryId: industry?.id ?? null,
    source,
    stage,
    furthestStage: path.reduce((f, to) => furthestStage(f, to), furthestStage(null, "contact")),
    stageReason: stage === "on_hold" || stage === "dropped" ? events.findLast((e) => e.kind === "stage")?.body ?? null : null,
    plannedInvestment: planned,
    signedInvestment,
    signedOn: signedInvestment ? (signedOn ?? isoDate(stageEnteredAt)) : null,
    stageEnteredAt,
    lastActivityAt,
    nextFollowUpOn,
    leaderId: source === "leader_trip" ? group.leaderId : null,
    description: null,
    createdById: owner,
    createdAt,
    updatedAt: lastActivityAt,
    updatedById: owner,
    version: 1 + path.length,
  };
  return { lead, events, reports: signedInvestment ? monthlyFigures(rnd, signedInvestment, lead.signedOn!, stage, now, owner) : [] };
}

type ReportRow = Omit<typeof investmentReports.$inferInsert, "leadId">;

const nextMonth = (month: string) => {
  const [y, m] = month.split("-").map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
};

/**
 * The monthly figures of a signed lead, from the month after signing to last month: small sums
 * before work starts, most of the money while it is built, until 95% of the signed amount is in
 * (at most two years of reports).
 */
function monthlyFigures(rnd: ReturnType<typeof random>, signed: number, signedOn: string, stage: Stage, now: Date, reporter: number): ReportRow[] {
  const building = stage === "started" || stage === "operating";
  const lastMonth = isoDate(new Date(+now - 31 * dayMs)).slice(0, 7);
  const rows: ReportRow[] = [];
  let fixedTotal = 0;
  let fundsTotal = 0;
  for (let month = nextMonth(signedOn.slice(0, 7)), k = 0; month <= lastMonth && k < 24; month = nextMonth(month), k++) {
    const [lo, hi] = building && k >= 2 ? [0.06, 0.14] : [0, 0.02];
    const fixedAsset = Math.max(0, Math.min(Math.round(signed * (lo + (hi - lo) * rnd.next())), Math.round(signed * 0.95) - fixedTotal));
    const fundsInPlace = Math.max(0, Math.min(Math.round(signed * (lo + (hi - lo) * rnd.next())), Math.round(signed * 0.9) - fundsTotal));
    if (fixedAsset === 0 && fundsInPlace === 0 && k >= 2) break;
    fixedTotal += fixedAsset;
    fundsTotal += fundsInPlace;
    const reportedAt = new Date(Math.min(+now, Date.parse(`${nextMonth(month)}-05T10:00:00+08:00`)));
    rows.push({ monthOn: `${month}-01`, fixedAsset, fundsInPlace, reportedById: reporter, createdAt: reportedAt, updatedAt: reportedAt });
  }
  return rows;
}

const taskTitles = ["补充项目可研材料", "约企业负责人再次面谈", "对接自然资源局落实用地", "整理企业诉求清单报分管领导", "陪同企业实地踏勘园区", "起草投资协议初稿", "核实企业投资能力", "协调环评预审"];

/**
 * The earlier steps of the scale leads (their follow-up tasks come with them): two and a half each,
 * most of them done, a few still open or overdue, 300,000 tasks in all at 100,000 leads with the
 * follow-ups; and about three notifications each to the owner, most read. Added once, after the leads.
 */
async function ensureFollowUps(now: Date) {
  // Every scale lead gets at least one earlier step: the first one having it means they were added.
  const [present] = await db
    .select({ id: tasks.id })
    .from(tasks)
    .innerJoin(leads, eq(leads.id, tasks.leadId))
    .where(sql`${leads.externalId} = 'scale-1' and ${tasks.source} <> 'follow_up'`)
    .limit(1);
  if (present) return { tasks: 0, notifications: 0 };
  const today = isoDate(now);
  let lastId = 0;
  let taskCount = 0;
  let notificationCount = 0;
  for (;;) {
    const batch = await db
      .select({ id: leads.id, name: leads.name, ownerId: leads.ownerId, taskGroupId: leads.taskGroupId, createdAt: leads.createdAt })
      .from(leads)
      .where(sql`${leads.id} > ${lastId} and ${leads.externalId} like 'scale-%'`)
      .orderBy(asc(leads.id))
      .limit(2_000);
    if (!batch.length) break;
    lastId = batch[batch.length - 1].id;
    const taskRows: (typeof tasks.$inferInsert)[] = [];
    const notificationRows: (typeof notifications.$inferInsert)[] = [];
    for (const lead of batch) {
      const rnd = random(7_000_003 * lead.id);
      const base = { ownerId: lead.ownerId, leadId: lead.id, taskGroupId: lead.taskGroupId, createdById: lead.ownerId };
      const steps = rnd.int(1, 4);
      for (let k = 0; k < steps; k++) {
        const dueOn = isoDate(new Date(+now - rnd.int(-20, 400) * dayMs));
        const open = dueOn >= today ? rnd.next() < 0.7 : rnd.next() < 0.04;
        const createdAt = new Date(Math.max(+lead.createdAt, Date.parse(dueOn) - rnd.int(3, 30) * dayMs));
        taskRows.push({
          ...base,
          title: rnd.pick(taskTitles),
          dueOn,
          status: open ? "open" : "done",
          source: rnd.pick(["manual", "supervision", "manual"] as const),
          doneAt: open ? null : new Date(Date.parse(dueOn) - rnd.int(0, 3) * dayMs),
          createdAt,
          updatedAt: createdAt,
        });
      }
      for (let k = rnd.int(2, 4); k > 0; k--) {
        const createdAt = new Date(+now - rnd.int(0, 300) * dayMs - rnd.int(0, 86_000_000));
        const kind = rnd.pick(["lead_changed", "task_assigned", "task_overdue", "task_due"] as const);
        const params = kind === "lead_changed" ? { leadName: lead.name, what: "fields" } : { title: rnd.pick(taskTitles), dueOn: isoDate(createdAt) };
        notificationRows.push({
          userId: lead.ownerId,
          kind,
          leadId: lead.id,
          params: JSON.stringify(params),
          readAt: +now - +createdAt > 7 * dayMs || rnd.next() < 0.5 ? createdAt : null,
          createdAt,
        });
      }
    }
    await db.transaction(async (tx) => {
      for (let k = 0; k < taskRows.length; k += 500) await tx.insert(tasks).values(taskRows.slice(k, k + 500));
      for (let k = 0; k < notificationRows.length; k += 500) await tx.insert(notifications).values(notificationRows.slice(k, k + 500));
    });
    taskCount += taskRows.length;
    notificationCount += notificationRows.length;
  }
  return { tasks: taskCount, notifications: notificationCount };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const { dialect } = resolveDatabaseConfig();
  await ensureDatabaseReady({ demo: true });
  const city = await loadCity();
  if (city.groups.some((g) => g.members.length === 0)) throw new Error("every task group needs members (run npm run db:seed first)");
  const industryNames = new Map((await db.select({ id: industries.id, name: industries.name }).from(industries)).map((r) => [r.id, r.name]));
  const companyRows = await ensureCompanies(Math.ceil(args.leads / 4), industryNames);
  const companyIds = companyRows.map((c) => c.id);

  const now = new Date();
  const [{ n: existing }] = await db.select({ n: count() }).from(leads).where(like(leads.externalId, "scale-%"));
  if (existing >= args.leads) {
    const added = await ensureFollowUps(now);
    if (added.tasks) await refreshPlannerStatistics(db);
    console.log(`已有 ${existing} 个批量项目 / ${existing} scale leads present (${dialect}); added ${added.tasks} tasks, ${added.notifications} notifications`);
    return;
  }
  const batch = 2_000;
  let events = 0;
  let reports = 0;
  for (let start = existing; start < args.leads; start += batch) {
    const built: ReturnType<typeof buildLead>[] = [];
    for (let i = start; i < Math.min(args.leads, start + batch); i++) built.push(buildLead(i, city, companyIds, industryNames, now, args.years));
    await db.transaction(async (tx) => {
      const ids: number[] = [];
      for (let k = 0; k < built.length; k += 500) {
        const returned = await tx.insert(leads).values(built.slice(k, k + 500).map((b) => b.lead)).returning({ id: leads.id });
        ids.push(...returned.map((r) => r.id).sort((a, b) => a - b));
      }
      const rows = built.flatMap((b, k) => b.events.map((e) => ({ ...e, leadId: ids[k], createdAt: e.occurredAt })));
      for (let k = 0; k < rows.length; k += 1_000) await tx.insert(leadEvents).values(rows.slice(k, k + 1_000));
      events += rows.length;
      const figures = built.flatMap((b, k) => b.reports.map((r) => ({ ...r, leadId: ids[k] })));
      for (let k = 0; k < figures.length; k += 1_000) await tx.insert(investmentReports).values(figures.slice(k, k + 1_000));
      reports += figures.length;
      // Each lead's 下次跟进日期 is its owner's task, as the app keeps it.
      const followUps = followUpTaskRows(built.map((b) => b.lead), ids);
      for (let k = 0; k < followUps.length; k += 1_000) await tx.insert(tasks).values(followUps.slice(k, k + 1_000));
    });
    const done = Math.min(args.leads, start + batch);
    if (done % 10_000 === 0 || done === args.leads) {
      console.log(`  ${done} / ${args.leads} leads, ${events} events, ${reports} monthly figures (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
  }
  const followUps = await ensureFollowUps(now);
  console.log(`  ${followUps.tasks} tasks, ${followUps.notifications} notifications`);
  await refreshPlannerStatistics(db);
  // As autovacuum soon would after a bulk load: the visibility map that lets PostgreSQL answer
  // counts from an index alone (the board's totals read 100,000 rows without it).
  if (dialect === "postgres") await (db as unknown as { execute: (query: SQL) => Promise<unknown> }).execute(sql`vacuum`);
  const [{ n: total }] = await db.select({ n: count() }).from(leads);
  const [{ n: totalEvents }] = await db.select({ n: count() }).from(leadEvents);
  const [{ n: totalTasks }] = await db.select({ n: count() }).from(tasks);
  console.log(
    `批量数据已写入 / scale data written (${dialect}): ${total} leads, ${totalEvents} events, ${totalTasks} tasks in all, ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  })
  .finally(() => closeDatabase());
