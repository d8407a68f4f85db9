// Leads (项目线索) at every stage, their progress logs and monthly investment reports.
import { agreements, investmentReports, leadEvents, leads, tasks } from "../../schema";
import { followUpTaskRows } from "../follow-up-tasks";
import type { Stage } from "../../schema/enums";
import { furthestStage } from "../../../lib/domain/pipeline";
import { count, insertAll, insertWithIds, need, roundTo, type SeedContext, type Tx, userId } from "./context";
import { buildHistory, buildReports, type EventDraft, type ReportDraft } from "./lead-events";
import { buildLeadPlans } from "./lead-plans";
import { assignStages, planTimeline } from "./lead-timeline";

const signedStages: Stage[] = ["signed", "started", "operating"];
const workingStages: Stage[] = ["contact", "negotiating", "inspecting", "intent"];

export async function seedLeads(tx: Tx, ctx: SeedContext): Promise<void> {
  const plans = buildLeadPlans(ctx);
  const statusRows = await tx.select({ id: agreements.id, status: agreements.status }).from(agreements);
  const agreementStatus = new Map(statusRows.map((r) => [r.id, r.status as string]));
  const stages = assignStages(ctx, plans, agreementStatus);

  // About 15% of the leads still being worked on have had no activity for over 30 days.
  let working = 0;
  const timelines = plans.map((plan, i) => {
    const staleWanted = workingStages.includes(stages[i]) && working++ % 7 === 3;
    return planTimeline(ctx, plan, stages[i], staleWanted);
  });

  // Instructions (批示) from city leaders on about 15 larger leads past first contact.
  const instructed = new Set(
    plans
      .map((p, i) => ({ p, i }))
      .filter(({ i }) => stages[i] !== "contact")
      .sort((a, b) => b.p.planned - a.p.planned || a.i - b.i)
      .filter((_, k) => k % 2 === 0)
      .slice(0, 15)
      .map(({ i }) => i),
  );

  const drafts = plans.map((plan, i) => {
    const tl = timelines[i];
    const signed = signedStages.includes(tl.stage);
    const factor = 0.85 + 0.3 * ctx.rand();
    const signedInvestment = signed ? roundTo(plan.planned * factor, plan.planned < 10000 ? 50 : 100) : null;
    const leader = plan.leader ?? ctx.groupLeader.get(plan.group) ?? "shizhang";
    const history = buildHistory(ctx, plan, tl, signedInvestment, instructed.has(i) ? leader : null);
    const reports = signedInvestment ? buildReports(ctx, plan, tl, signedInvestment) : [];
    const row: typeof leads.$inferInsert = {
      name: plan.name,
      companyId: plan.company.id,
      taskGroupId: need(ctx.groups, plan.group, "task group"),
      ownerId: userId(ctx, plan.owner),
      districtId: need(ctx.districts, plan.district, "district"),
      industryId: need(ctx.industries, plan.industry, "industry").id,
      source: plan.source,
      stage: tl.stage,
      furthestStage: tl.moves.reduce((reached, move) => furthestStage(reached, move.to), furthestStage(null, tl.moves[0]?.from ?? tl.stage)),
      stageReason: tl.reason,
      plannedInvestment: plan.planned,
      signedInvestment,
      signedOn: signed ? tl.signedOn : null,
      stageEnteredAt: history.stageEnteredAt,
      lastActivityAt: history.lastActivityAt,
      nextFollowUpOn: tl.nextFollowUpOn,
      leaderId: plan.leader ? userId(ctx, plan.leader) : null,
      originTripId: plan.tripId,
      originMeetingId: plan.meetingId,
      chainNodeId: plan.chainNode?.id ?? null,
      agreementId: plan.agreement?.id ?? null,
      description: `${plan.company.name}拟在${plan.district}投资建设${plan.name}，计划总投资${plan.planned}万元。${plan.origin}`,
      createdById: userId(ctx, plan.createdBy),
      createdAt: history.createdAt,
      updatedAt: history.lastActivityAt,
      version: 1 + tl.moves.length,
    };
    return { row, events: history.events, reports };
  });

  const ids = await insertWithIds(
    drafts.map((d) => d.row),
    (chunk) => tx.insert(leads).values(chunk).returning({ id: leads.id }),
  );
  count(ctx, "leads", ids.length);

  const followUps = followUpTaskRows(drafts.map((d) => d.row), ids);
  await insertAll(followUps, (chunk) => tx.insert(tasks).values(chunk));
  count(ctx, "followUpTasks", followUps.length);

  const eventRows = drafts.flatMap((d, i) => d.events.map((e: EventDraft) => ({ ...e, leadId: ids[i] })));
  await insertAll(eventRows, (chunk) => tx.insert(leadEvents).values(chunk));
  count(ctx, "leadEvents", eventRows.length);

  const reportRows = drafts.flatMap((d, i) => d.reports.map((r: ReportDraft) => ({ ...r, leadId: ids[i] })));
  await insertAll(reportRows, (chunk) => tx.insert(investmentReports).values(chunk));
  count(ctx, "investmentReports", reportRows.length);

  const perStage = new Map<string, number>();
  for (const d of drafts) perStage.set(d.row.stage, (perStage.get(d.row.stage) ?? 0) + 1);
  ctx.log(`leads per stage: ${[...perStage].map(([s, n]) => `${s} ${n}`).join(", ")}`);
}
