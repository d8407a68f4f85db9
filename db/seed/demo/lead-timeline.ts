// When things happened to each lead: its stage, the days it moved along the pipeline, its signing.
import type { Stage } from "../../schema/enums";
import { addDays, daysBetween, int, maxIso, minIso, pick, type SeedContext } from "./context";
import type { LeadPlan } from "./lead-plans";

const pipeline: Stage[] = ["contact", "negotiating", "inspecting", "intent", "signed", "started", "operating"];
const working: Stage[] = ["contact", "negotiating", "inspecting", "intent"];

/** How many leads end at each stage (150 in all). */
const stageTargets: Record<Stage, number> = {
  contact: 14,
  negotiating: 16,
  inspecting: 14,
  intent: 16,
  signed: 22,
  started: 17,
  operating: 14,
  on_hold: 19,
  dropped: 18,
};

/** Days a lead needs from its first contact to reach a stage. */
const minDays: Record<Stage, number> = {
  contact: 0,
  negotiating: 5,
  inspecting: 10,
  intent: 18,
  signed: 35,
  started: 75,
  operating: 165,
  on_hold: 20,
  dropped: 20,
};

export const holdReasons = [
  "企业调整投资计划，项目暂缓推进。",
  "企业融资未落实，待资金到位后再议。",
  "项目用地规划调整，需重新选址。",
  "企业母公司重组，投资决策暂停。",
  "环评要求较高，企业正在论证工艺方案。",
];
export const dropReasons = [
  "企业最终选址重庆，项目终止。",
  "企业经营困难，取消投资计划。",
  "项目不符合园区产业定位，终止洽谈。",
  "企业要求的优惠条件超出政策范围，双方未能达成一致。",
  "项目能耗指标无法落实，终止推进。",
];

export type Timeline = {
  stage: Stage;
  createdOn: string;
  /** Stage moves in order, each with its day. */
  moves: { from: Stage; to: Stage; on: string }[];
  signedOn: string | null;
  reason: string | null;
  stale: boolean;
  /** The day of the latest activity on the lead. */
  lastActiveOn: string;
  nextFollowUpOn: string | null;
};

/** A directed lead follows its agreement: terminated → dropped, under negotiation → intent. */
function stageFromAgreement(ctx: SeedContext, signedOn: string | null, status: string | undefined): Stage {
  if (status === "terminated") return "dropped";
  if (signedOn === null || status === "negotiating") return "intent";
  const age = daysBetween(signedOn, ctx.today);
  if (status === "completed") return age >= 150 ? "operating" : age >= 45 ? "started" : "signed";
  if (status === "implementing") return age >= 45 ? "started" : "signed";
  return "signed";
}

/** Picks each lead's final stage so that the totals match stageTargets and every history is possible. */
export function assignStages(ctx: SeedContext, plans: LeadPlan[], agreementStatus: Map<number, string>): Stage[] {
  const left = { ...stageTargets };
  const stages: (Stage | null)[] = plans.map((p) => {
    let s: Stage | null = p.fixedStage;
    if (!s && p.agreement) s = stageFromAgreement(ctx, p.agreement.signedOn, agreementStatus.get(p.agreement.id));
    if (s) left[s]--;
    return s;
  });
  // Leads tied to a recent meeting first: they have the fewest choices.
  const order = plans.map((_, i) => i).sort((a, b) => (plans[b].earliest ?? "").localeCompare(plans[a].earliest ?? ""));
  for (const i of order) {
    if (stages[i]) continue;
    const age = plans[i].earliest ? daysBetween(plans[i].earliest as string, ctx.today) : 10_000;
    const feasible = (Object.keys(left) as Stage[]).filter((s) => left[s] > 0 && minDays[s] <= age);
    const total = feasible.reduce((sum, s) => sum + left[s], 0);
    let chosen: Stage = "contact";
    if (total > 0) {
      let r = ctx.rand() * total;
      for (const s of feasible) {
        r -= left[s];
        if (r < 0) {
          chosen = s;
          break;
        }
      }
    }
    left[chosen]--;
    stages[i] = chosen;
  }
  return stages as Stage[];
}

/** Days strictly after `from`, ending on `to`, spread evenly (several may share a day when short). */
function spread(from: string, to: string, n: number): string[] {
  const span = daysBetween(from, to);
  return Array.from({ length: n }, (_, k) => addDays(from, Math.max(0, Math.round((span * (k + 1)) / n))));
}

export function planTimeline(ctx: SeedContext, plan: LeadPlan, stage: Stage, staleWanted: boolean): Timeline {
  const yesterday = addDays(ctx.today, -1);
  const earliest = plan.earliest;
  const startFrom = (latest: string) => (earliest ? minIso(addDays(earliest, int(ctx, 0, 2)), latest) : latest);
  let createdOn: string;
  const days: { to: Stage; on: string }[] = [];
  let signedOn: string | null = null;
  let reason: string | null = null;
  let stale = false;
  let lastActiveOn: string;

  if (stage === "signed" || stage === "started" || stage === "operating") {
    const gap = stage === "signed" ? 2 : stage === "started" ? 40 : 130;
    const hi = addDays(ctx.today, -gap);
    const lo = earliest ? addDays(earliest, 30) : null;
    if (plan.signedOn) signedOn = plan.signedOn;
    else {
      // About a fifth of all signings fall in last year: those leads have long since started.
      let [a, b] = plan.signedWindow ?? (!earliest && ctx.rand() < (stage === "signed" ? 0.1 : 0.7)
        ? [`${ctx.thisYear - 1}-01-20`, `${ctx.thisYear - 1}-12-20`]
        : [`${ctx.thisYear}-01-06`, hi]);
      b = minIso(b, hi);
      if (lo) a = maxIso(a, lo);
      if (a > b) [a, b] = [lo ?? addDays(hi, -200), hi];
      signedOn = addDays(a, int(ctx, 0, Math.max(0, daysBetween(a, b))));
    }
    createdOn = earliest ? startFrom(addDays(signedOn, -4)) : addDays(signedOn, -int(ctx, 45, 200));
    spread(createdOn, signedOn, 4).forEach((on, k) => days.push({ to: pipeline[k + 1], on }));
    if (stage !== "signed") {
      const room = daysBetween(signedOn, ctx.today) - (stage === "operating" ? 75 : 3);
      const startedOn = minIso(addDays(signedOn, int(ctx, 20, Math.max(20, Math.min(100, room)))), yesterday);
      days.push({ to: "started", on: startedOn });
      if (stage === "operating") {
        const runRoom = daysBetween(startedOn, ctx.today) - 3;
        const operatingOn = addDays(startedOn, int(ctx, 60, Math.max(60, Math.min(200, runRoom))));
        days.push({ to: "operating", on: minIso(operatingOn, yesterday) });
      }
    }
    const last = days[days.length - 1].on;
    lastActiveOn = minIso(addDays(last, int(ctx, 0, 40)), yesterday);
  } else if (working.includes(stage)) {
    const k = working.indexOf(stage);
    stale = staleWanted && (!earliest || daysBetween(earliest, ctx.today) > 40 + k * 3);
    let entered = addDays(ctx.today, stale ? -int(ctx, 35, 90) : -int(ctx, 2, 28));
    if (earliest) entered = minIso(maxIso(entered, addDays(earliest, k * 3)), yesterday);
    if (k === 0) {
      createdOn = earliest ? startFrom(yesterday) : entered;
    } else {
      createdOn = earliest ? startFrom(addDays(entered, -k)) : addDays(entered, -k * int(ctx, 10, 30));
      spread(createdOn, entered, k).forEach((on, j) => days.push({ to: pipeline[j + 1], on }));
    }
    const lastStage = k === 0 ? createdOn : entered;
    lastActiveOn = stale
      ? minIso(addDays(lastStage, int(ctx, 0, 3)), addDays(ctx.today, -31))
      : maxIso(lastStage, addDays(ctx.today, -int(ctx, 1, 20)));
    lastActiveOn = minIso(maxIso(lastActiveOn, lastStage), yesterday);
  } else {
    // Moves forward before the lead was paused or ended: a signed agreement had reached intent.
    const pre = plan.agreement ? 3 : plan.chainNode ? 1 : int(ctx, 0, 3);
    let entered = addDays(ctx.today, -int(ctx, 15, 240));
    if (earliest) entered = minIso(maxIso(entered, addDays(earliest, (pre + 1) * 4)), yesterday);
    if (plan.agreement?.signedOn) entered = maxIso(entered, addDays(plan.agreement.signedOn, 20));
    entered = minIso(entered, yesterday);
    createdOn = earliest ? startFrom(addDays(entered, -(pre + 1))) : addDays(entered, -(pre + 1) * int(ctx, 12, 35));
    spread(createdOn, entered, pre + 1).forEach((on, j) => days.push({ to: j < pre ? pipeline[j + 1] : stage, on }));
    reason = pick(ctx, stage === "on_hold" ? holdReasons : dropReasons);
    if (plan.agreement && stage === "dropped") reason = "企业调整投资方向，双方协商终止合作协议，项目终止。";
    lastActiveOn = stage === "on_hold" && ctx.rand() < 0.7 ? maxIso(entered, addDays(ctx.today, -int(ctx, 2, 28))) : entered;
    lastActiveOn = minIso(lastActiveOn, yesterday);
  }

  const moves = days.map((d, j) => ({ from: j === 0 ? ("contact" as Stage) : days[j - 1].to, to: d.to, on: d.on }));
  let nextFollowUpOn: string | null = null;
  if (working.includes(stage) || stage === "on_hold") {
    nextFollowUpOn =
      stale || ctx.rand() < 0.12 ? addDays(ctx.today, -int(ctx, 1, 20)) : addDays(ctx.today, int(ctx, 1, 28));
  } else if (stage === "signed") nextFollowUpOn = addDays(ctx.today, int(ctx, 5, 40));
  else if (stage === "started" && ctx.rand() < 0.5) nextFollowUpOn = addDays(ctx.today, int(ctx, 7, 45));
  return { stage, createdOn, moves, signedOn, reason, stale, lastActiveOn, nextFollowUpOn };
}
