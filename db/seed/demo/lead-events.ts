// Progress logs (跟进记录) of the demo leads and the monthly investment reports of signed ones.
import type { leadEvents, investmentReports } from "../../schema";
import type { Stage } from "../../schema/enums";
import { daysInStage } from "../../../lib/domain/pipeline";
import {
  addDays,
  addMonths,
  at,
  daysBetween,
  int,
  monthOf,
  pick,
  type SeedContext,
  userId,
} from "./context";
import type { LeadPlan } from "./lead-plans";
import type { Timeline } from "./lead-timeline";

export type EventDraft = Omit<typeof leadEvents.$inferInsert, "leadId">;
export type ReportDraft = Omit<typeof investmentReports.$inferInsert, "leadId">;

const stageBodies: Partial<Record<Stage, string>> = {
  negotiating: "进入洽谈阶段，双方就投资方案开展实质性洽谈。",
  inspecting: "企业来广安实地考察项目选址。",
  intent: "双方达成投资意向，签署框架协议。",
  started: "项目开工建设。",
  operating: "项目建成投产。",
};

const calls = [
  "电话联系企业投资发展部，了解项目内部决策进度。",
  "与企业负责人电话沟通，企业确认近期来广安洽谈。",
  "电话回访企业，企业表示正在完善项目可行性研究报告。",
  "与企业对接人沟通用地、用电需求，已转{d}研究。",
];
const visits = [
  "赴企业总部拜访，就项目用地、能耗指标等问题进行沟通。",
  "陪同企业考察团实地察看{d}园区地块和标准厂房。",
  "赴企业生产基地考察，了解企业产能和市场情况。",
];
const notes = [
  "已将企业提出的厂房代建需求报{d}研究。",
  "项目已列入市重大项目促进清单，实行周报制度。",
  "整理企业提出的政策诉求，形成书面材料报工作组。",
  "与{d}投促局会商项目选址方案。",
];
const buildingNotes = [
  "项目施工进展顺利，厂房主体结构已封顶。",
  "协调解决项目施工临时用电问题。",
  "督促企业加快设备采购和安装进度。",
];
const runningNotes = ["项目投产运行正常，企业计划追加投资扩大产能。", "走访企业，了解达产达效情况和用工需求。"];
const holdCall = "电话回访企业，企业表示待投资计划确定后再推进，将保持联系。";

export const instructions = [
  "请经信委牵头，加快推进项目签约落地。",
  "请工作组主动对接，解决企业反映的用地问题，每周报告进展。",
  "该项目前景好、带动强，请{d}全力做好服务保障。",
  "请市投促委会同相关部门研究企业提出的政策诉求，一周内提出意见。",
  "请抓紧推进，力争年内开工。",
  "请加强与企业高层沟通，务必把项目留在广安。",
];

const fill = (text: string, plan: LeadPlan) => text.replaceAll("{d}", plan.district);

const minute = 60_000;

export type LeadHistory = { events: EventDraft[]; createdAt: Date; stageEnteredAt: Date; lastActivityAt: Date };

export function buildHistory(
  ctx: SeedContext,
  plan: LeadPlan,
  tl: Timeline,
  signedInvestment: number | null,
  instructedBy: string | null,
): LeadHistory {
  const owner = userId(ctx, plan.owner);
  const createdAt = at(tl.createdOn, int(ctx, 8, 9), int(ctx, 0, 59));
  const events: EventDraft[] = [
    {
      kind: "created",
      // The stage it was created at, as the app's own "created" event records it.
      toStage: tl.moves[0]?.from ?? tl.stage,
      body: plan.source === "leader_trip" ? "根据会见洽谈情况，由会见记录转为项目线索。" : `新建项目线索。${plan.origin}`,
      actorId: userId(ctx, plan.createdBy),
      occurredAt: createdAt,
    },
  ];
  let previous = createdAt;
  for (const move of tl.moves) {
    let when = at(move.on, int(ctx, 9, 17), int(ctx, 0, 59));
    if (when <= previous) when = new Date(previous.getTime() + 30 * minute);
    const stageDays = daysInStage(previous, when);
    previous = when;
    const body =
      move.to === "signed"
        ? `项目签约，签约金额${signedInvestment}万元。`
        : move.to === "on_hold" || move.to === "dropped"
          ? tl.reason
          : (stageBodies[move.to] ?? null);
    events.push({ kind: "stage", fromStage: move.from, toStage: move.to, stageDays, body, actorId: owner, occurredAt: when });
  }
  const stageEnteredAt = previous;
  const lastStageDay = tl.moves.length ? tl.moves[tl.moves.length - 1].on : tl.createdOn;
  const startedOn = tl.moves.find((m) => m.to === "started")?.on ?? null;
  const operatingOn = tl.moves.find((m) => m.to === "operating")?.on ?? null;

  // A body not used yet on this lead, when there is one.
  const usedBodies = new Set<string>();
  const fresh = (list: string[]) => {
    const unused = list.filter((b) => !usedBodies.has(b));
    const body = pick(ctx, unused.length ? unused : list);
    usedBodies.add(body);
    return body;
  };
  const extra = (day: string, last: boolean) => {
    let when = at(day, int(ctx, 9, 17), int(ctx, 0, 59));
    if (when <= createdAt) when = new Date(createdAt.getTime() + 20 * minute);
    if (last && when <= stageEnteredAt) when = new Date(stageEnteredAt.getTime() + 20 * minute);
    let kind: "note" | "visit" | "call" = pick(ctx, ["note", "visit", "call", "call"] as const);
    let body: string;
    if (startedOn && day >= startedOn) {
      kind = pick(ctx, ["note", "visit"] as const);
      body = fresh(operatingOn && day >= operatingOn ? runningNotes : buildingNotes);
    } else if (last && tl.stage === "on_hold") {
      kind = "call";
      body = holdCall;
    } else body = fresh(kind === "call" ? calls : kind === "visit" ? visits : notes);
    events.push({ kind, body: fill(body, plan), actorId: owner, occurredAt: when });
  };
  const span = daysBetween(tl.createdOn, tl.lastActiveOn);
  for (let i = int(ctx, 1, 3); i > 0; i--) extra(addDays(tl.createdOn, int(ctx, 0, span)), false);
  if (tl.lastActiveOn > lastStageDay) extra(tl.lastActiveOn, true);

  if (instructedBy) {
    const day = addDays(tl.createdOn, int(ctx, Math.min(1, span), span));
    let when = at(day, int(ctx, 8, 18), int(ctx, 0, 59));
    if (when <= createdAt) when = new Date(createdAt.getTime() + 45 * minute);
    events.push({ kind: "instruction", body: fill(pick(ctx, instructions), plan), actorId: userId(ctx, instructedBy), occurredAt: when });
  }

  events.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  const lastActivityAt = events[events.length - 1].occurredAt;
  for (const e of events) e.createdAt = e.occurredAt;
  return { events, createdAt, stageEnteredAt, lastActivityAt };
}

/** Monthly figures from the month after signing to last month, growing with construction. */
export function buildReports(ctx: SeedContext, plan: LeadPlan, tl: Timeline, signed: number): ReportDraft[] {
  if (!tl.signedOn) return [];
  const startedMonth = monthOf(tl.moves.find((m) => m.to === "started")?.on ?? "9999-12-31");
  const operatingMonth = monthOf(tl.moves.find((m) => m.to === "operating")?.on ?? "9999-12-31");
  const lastMonth = addMonths(monthOf(ctx.today), -1);
  const rows: ReportDraft[] = [];
  let fixedTotal = 0;
  let fundsTotal = 0;
  const share = (lo: number, hi: number) => signed * (lo + (hi - lo) * ctx.rand());
  for (let month = addMonths(monthOf(tl.signedOn), 1); month <= lastMonth; month = addMonths(month, 1)) {
    let fixed: number;
    let funds: number;
    if (month < startedMonth) {
      fixed = share(0, 0.015);
      funds = share(0.01, 0.04);
    } else if (month < operatingMonth) {
      fixed = share(0.07, 0.14);
      funds = share(0.05, 0.11);
    } else {
      fixed = share(0.005, 0.02);
      funds = share(0.005, 0.02);
    }
    const fixedAsset = Math.max(0, Math.min(Math.round(fixed), Math.round(signed * 0.95) - fixedTotal));
    const fundsInPlace = Math.max(0, Math.min(Math.round(funds), Math.round(signed * 0.9) - fundsTotal));
    fixedTotal += fixedAsset;
    fundsTotal += fundsInPlace;
    const reported = at(addDays(addMonths(month, 1), int(ctx, 2, 8)), 10);
    const when = reported < ctx.now ? reported : new Date(ctx.now.getTime() - 60 * minute);
    rows.push({
      monthOn: month,
      fixedAsset,
      fundsInPlace,
      reportedById: userId(ctx, plan.owner),
      createdAt: when,
      updatedAt: when,
    });
  }
  return rows;
}
