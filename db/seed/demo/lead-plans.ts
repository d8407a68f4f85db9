// Which leads (项目线索) the demo holds: who, what, where, from which source. Dates come later.
import type { LeadSource, Stage } from "../../schema/enums";
import { demoGroups } from "../demo-accounts";
import {
  int,
  need,
  roundTo,
  type AgreementRef,
  type ChainNodeRef,
  type CompanyRef,
  type SeedContext,
} from "./context";
import { groupDistricts, leadsPerGroup, projectNames } from "./lead-names";

const g = demoGroups;

export type LeadPlan = {
  name: string;
  company: CompanyRef;
  group: string;
  industry: string;
  district: string;
  source: LeadSource;
  fixedStage: Stage | null;
  owner: string;
  leader: string | null;
  createdBy: string;
  tripId: number | null;
  meetingId: number | null;
  chainNode: ChainNodeRef | null;
  agreement: AgreementRef | null;
  /** The lead cannot exist before this day (the meeting it came from). */
  earliest: string | null;
  signedOn: string | null;
  signedWindow: [string, string] | null;
  planned: number;
  reason: string | null;
  origin: string;
};

type Special = {
  name: string;
  company: string;
  district: string;
  source: LeadSource;
  stage: Stage;
  planned: number;
  window: [string, string];
  node?: string;
};

// Projects named in the source document (with fictional companies), all signed in 1–7月.
const specials: Special[] = [
  { name: "新型建材及装配式集成建筑项目", company: "zhuoyuan", district: "广安经开区", source: "leader_trip", stage: "started", planned: 120000, window: ["03-01", "07-31"] },
  { name: "北斗数字化城市综合服务平台系统", company: "xingdou", district: "广安区", source: "leader_trip", stage: "operating", planned: 20000, window: ["02-15", "05-31"] },
  { name: "汽车内饰件生产项目", company: "yicheng", district: "前锋区", source: "leader_trip", stage: "started", planned: 35000, window: ["05-01", "07-31"] },
  { name: "电子视窗防护镜片项目", company: "xusheng", district: "华蓥市", source: "chain", stage: "operating", planned: 30000, window: ["01-10", "05-31"], node: "电子视窗防护镜片" },
  { name: "锂电池项目", company: "ruineng", district: "华蓥市", source: "chain", stage: "operating", planned: 50000, window: ["01-10", "06-30"], node: "锂电池" },
  { name: "知觉超验孵化园项目", company: "zhiwei", district: "华蓥市", source: "chain", stage: "started", planned: 8000, window: ["02-01", "07-31"], node: "智能终端研发" },
  { name: "汽车线束项目", company: "yuxing", district: "邻水县", source: "task_group", stage: "started", planned: 25000, window: ["01-10", "07-31"] },
  { name: "汽车配件项目", company: "huarui", district: "邻水县", source: "task_group", stage: "operating", planned: 12000, window: ["01-10", "05-31"] },
];

// Chain-based leads on the missing or partly present parts of the 华蓥 chain.
const chainLeads: [string, string, string, Stage | null][] = [
  ["芯片封装测试项目", "huaxin", "芯片", "negotiating"],
  ["功率半导体芯片项目", "zhongke", "芯片", "on_hold"],
  ["IC驱动芯片设计及封测项目", "chuangxian", "IC驱动", "intent"],
  ["显示驱动芯片项目", "weixin", "IC驱动", "inspecting"],
  ["柔性线路板生产项目", "roulian", "柔性线路板", "signed"],
  ["柔性线路板及组件项目", "jingke", "柔性线路板", "negotiating"],
  ["显示模组生产线项目", "pengshi", "显示模组", "signed"],
  ["精密结构件加工项目", "hengli", "精密结构件", "inspecting"],
  ["片式电感电容生产项目", "tianfuzd", "被动元器件", "contact"],
];

const otherSources: LeadSource[] = ["task_group", "chamber", "task_group", "native", "expert", "task_group", "other", "chamber", "native", "task_group"];

export const originText: Record<LeadSource, string> = {
  leader_trip: "市领导率队考察期间会见洽谈形成的项目。",
  task_group: "产业推进工作组专业小分队“一对一”对接。",
  chamber: "经广安在外商(协)会推荐对接。",
  native: "经知名乡友牵线引荐。",
  expert: "经专家院士推荐引进。",
  directed: "区域合作协议落地项目。",
  chain: "链式招商项目，按产业链“缺什么填什么”定向对接。",
  other: "通过投资推介会对接。",
};

/** A planned amount in 万元: about 55% under 1亿, 35% 1–5亿, 10% 5亿 and over. */
export function plannedAmount(ctx: SeedContext): number {
  const r = ctx.rand();
  if (r < 0.6) return roundTo(int(ctx, 800, 9800), 100);
  if (r < 0.92) return roundTo(int(ctx, 10000, 49000), 500);
  return roundTo(int(ctx, 50000, 200000), 5000);
}

export function buildLeadPlans(ctx: SeedContext): LeadPlan[] {
  const plans: LeadPlan[] = [];
  const usedNames = new Set<string>();
  const rotas = new Map<string, number>();
  const companyUse = new Map<string, number>();

  const ownerFor = (group: string): string => {
    const people = need(ctx.groupPeople, group, "task group people");
    const members = people.slice(1);
    const rota = members.length ? [...members, ...members, people[0]] : people;
    const n = rotas.get(group) ?? 0;
    rotas.set(group, n + 1);
    return rota[n % rota.length];
  };
  const add = (p: Omit<LeadPlan, "industry" | "group" | "owner" | "createdBy" | "origin"> & { owner?: string; createdBy?: string }) => {
    const group = p.company.group;
    const owner = p.owner ?? ownerFor(group);
    usedNames.add(p.name);
    companyUse.set(p.company.key, (companyUse.get(p.company.key) ?? 0) + 1);
    plans.push({ ...p, group, industry: p.company.industry, owner, createdBy: p.createdBy ?? owner, origin: originText[p.source] });
  };
  const blank = { tripId: null, meetingId: null, chainNode: null, agreement: null, earliest: null, signedOn: null, signedWindow: null, reason: null };
  const firstMeeting = (key: string) =>
    ctx.meetings.filter((m) => m.companyKey === key && m.tripId !== null && m.heldOn < ctx.today).sort((a, b) => (a.heldOn < b.heldOn ? -1 : 1))[0];
  const tripOf = (id: number | null) => ctx.trips.find((t) => t.id === id);

  for (const s of specials) {
    const company = need(ctx.companyByKey, s.company, "company");
    const meeting = s.source === "leader_trip" ? firstMeeting(s.company) : undefined;
    const trip = tripOf(meeting?.tripId ?? null);
    add({
      ...blank,
      name: s.name,
      company,
      district: s.district,
      source: s.source,
      fixedStage: s.stage,
      leader: trip?.leader ?? ctx.groupLeader.get(company.group) ?? null,
      createdBy: trip?.secretary,
      tripId: trip?.id ?? null,
      meetingId: meeting?.id ?? null,
      earliest: meeting?.heldOn ?? null,
      chainNode: s.node ? need(ctx.chainNodes, s.node, "chain node") : null,
      signedWindow: [`${ctx.anchorYear}-${s.window[0]}`, `${ctx.anchorYear}-${s.window[1]}`],
      planned: s.planned,
    });
  }

  for (const [name, key, node, stage] of chainLeads) {
    const company = need(ctx.companyByKey, key, "company");
    add({
      ...blank,
      name,
      company,
      district: "华蓥市",
      source: "chain",
      fixedStage: stage,
      owner: plans.length % 2 === 0 ? "zy02b" : "zuyuan",
      leader: ctx.groupLeader.get(company.group) ?? null,
      chainNode: need(ctx.chainNodes, node, "chain node"),
      planned: plannedAmount(ctx),
    });
  }

  for (const agreement of ctx.agreements) {
    if (agreement.kind !== "enterprise" || !agreement.companyKey) continue;
    const company = need(ctx.companyByKey, agreement.companyKey, "company");
    const name = agreement.title.replace(/(合作|投资)协议$/, "");
    if (usedNames.has(name)) continue;
    add({
      ...blank,
      name,
      company,
      district: company.district,
      source: "directed",
      fixedStage: null,
      leader: ctx.groupLeader.get(company.group) ?? null,
      agreement,
      signedOn: agreement.signedOn,
      planned: plannedAmount(ctx),
    });
  }

  // Leader trips: one lead per company met on a trip, named after what the company would build.
  const met = ctx.meetings
    .filter((m) => m.tripId !== null && m.heldOn < ctx.today)
    .sort((a, b) => (a.heldOn < b.heldOn ? -1 : a.heldOn > b.heldOn ? 1 : a.id - b.id));
  let tripLeads = 0;
  for (const meeting of met) {
    if (tripLeads >= 28) break;
    const company = need(ctx.companyByKey, meeting.companyKey, "company");
    if (companyUse.has(company.key) || company.city === "广安") continue;
    const trip = tripOf(meeting.tripId);
    if (!trip) continue;
    const groupCount = plans.filter((p) => p.group === company.group).length;
    if (groupCount >= leadsPerGroup[company.group]) continue;
    let name = `${company.project}项目`;
    if (usedNames.has(name)) name = projectNames[company.group].find((n) => !usedNames.has(n)) ?? `${company.project}二期项目`;
    add({
      ...blank,
      name,
      company,
      district: company.district,
      source: "leader_trip",
      fixedStage: null,
      leader: trip.leader,
      createdBy: trip.secretary,
      tripId: trip.id,
      meetingId: meeting.id,
      earliest: meeting.heldOn,
      planned: plannedAmount(ctx),
    });
    tripLeads++;
  }

  // Everything else: the task groups' own work, chambers of commerce, natives, experts, fairs.
  let sourceTurn = 0;
  for (const group of Object.values(g)) {
    const pool = projectNames[group].filter((n) => !usedNames.has(n));
    const districts = groupDistricts[group];
    let candidates = ctx.companies.filter((c) => c.group === group && c.city !== "广安");
    if (candidates.length === 0) candidates = ctx.companies.filter((c) => c.group === group);
    let turn = 0;
    while (plans.filter((p) => p.group === group).length < leadsPerGroup[group]) {
      const company = [...candidates].sort((a, b) => (companyUse.get(a.key) ?? 0) - (companyUse.get(b.key) ?? 0))[0];
      const name = pool.shift() ?? `${company.project}扩能项目${turn + 1}`;
      const planned = plannedAmount(ctx);
      add({
        ...blank,
        name,
        company,
        district: districts[turn % districts.length],
        source: otherSources[sourceTurn++ % otherSources.length],
        fixedStage: null,
        leader: planned >= 50000 ? (ctx.groupLeader.get(group) ?? null) : null,
        planned,
      });
      turn++;
    }
  }
  return plans;
}
