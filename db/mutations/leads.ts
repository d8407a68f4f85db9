// Every write to a lead. The one way a lead enters the database (createLead: the lead form, a
// meeting, a chain target and the importer call it inside their action's transaction), and every
// later change: stage, owner, fields, progress entries. Each runs inside the action's transaction,
// reads the lead through the viewer's scope (outside it: NotFoundError, as if it did not exist),
// checks the row-level rule, refuses a save based on a stale version, and writes its leadEvent.
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { leadScope } from "@/db/queries/scope";
import { assertLeadReferences, leadReferenceChecker } from "@/db/rules/lead-references";
import { leadEvents, leads, stageSettings, stages, tableAlias, taskGroupMembers, tasks, users, type Stage } from "@/db/schema";
import { ConflictError, FieldError, ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import type { CurrentUser } from "@/lib/auth/current-user";
import { canChangeLead, canInstruct, canReassignLead, mayCreateLeadIn, ownsOwnLeadsOnly } from "@/lib/auth/policy";
import { checkStageMove, daysInStage, furthestStage, isSignedStage, needsReason, requirementsFor } from "@/lib/domain/pipeline";
import { toIsoDate } from "@/lib/format";
import { addIsoDays } from "@/lib/domain/trip-context";
import type { NotificationParams } from "@/lib/notifications/kinds";
import { instructionChatMessage, signedChatMessage } from "@/lib/notifications/chat-text";
import { queueChatMessage } from "./chat-outbox";
import { notify } from "./notifications";
import { cut, instructionTask, syncFollowUpTask } from "./tasks";
import type {
  LeadCreateInput,
  LeadLogInput,
  LeadOwnerInput,
  LeadReassignInput,
  LeadStageMoveInput,
  LeadUpdateInput,
  StaleLimitsInput,
} from "@/lib/validation/lead";


async function groupLeadOf(tx: Executor, taskGroupId: number): Promise<number | null> {
  const [row] = await tx
    .select({ userId: taskGroupMembers.userId })
    .from(taskGroupMembers)
    .where(and(eq(taskGroupMembers.taskGroupId, taskGroupId), eq(taskGroupMembers.role, "lead")))
    .limit(1);
  return row?.userId ?? null;
}

async function isGroupMember(tx: Executor, taskGroupId: number, userId: number): Promise<boolean> {
  const [row] = await tx
    .select({ userId: taskGroupMembers.userId })
    .from(taskGroupMembers)
    .innerJoin(users, eq(users.id, taskGroupMembers.userId))
    .where(and(eq(taskGroupMembers.taskGroupId, taskGroupId), eq(taskGroupMembers.userId, userId), eq(users.isActive, true)))
    .limit(1);
  return Boolean(row);
}

const pipelineField = (field: string) => (field === "to" ? "toStage" : field);

async function userName(tx: Executor, userId: number): Promise<string> {
  const [row] = await tx.select({ name: users.name }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.name ?? "";
}

/** The owner hears of a change to their lead made by someone else (notify skips the owner's own). */
async function tellOwnerOfChange(tx: Executor, user: CurrentUser, lead: { id: number; ownerId: number; name: string }, change: Omit<NotificationParams["lead_changed"], "leadName">, now: Date) {
  await notify(tx, { userId: lead.ownerId, kind: "lead_changed", actorId: user.id, leadId: lead.id, params: { leadName: lead.name, ...change } }, now);
}

/** A new lead's own columns as the form or a file row gives them (the importer adds its company later). */
export const leadColumnsOf = (input: Omit<LeadCreateInput, "companyId">, ownerId: number) => ({
  externalId: input.externalId,
  name: input.name,
  taskGroupId: input.taskGroupId,
  ownerId,
  districtId: input.districtId,
  industryId: input.industryId,
  source: input.source,
  stage: input.stage,
  furthestStage: furthestStage(null, input.stage),
  stageReason: input.stageReason,
  plannedInvestment: input.plannedInvestment,
  signedInvestment: input.signedInvestment,
  signedOn: input.signedOn,
});

export async function createLead(
  tx: Executor,
  user: CurrentUser,
  input: LeadCreateInput,
  now = new Date(),
): Promise<{ id: number; ownerId: number }> {
  if (!mayCreateLeadIn(user, input.taskGroupId)) throw new ForbiddenError();
  // Everything the lead points at (group, owner, leader, company, chain part, origin…) passes the
  // one rule set the importer uses too; the group first, since the default owner comes from it.
  const checkReferences = await leadReferenceChecker(tx, user);
  const groupProblem = await checkReferences({ taskGroupId: input.taskGroupId });
  if (groupProblem) throw groupProblem;
  // A member creates leads for themselves; everyone else may name the owner (default: the group's leader).
  const ownerId = ownsOwnLeadsOnly(user) ? user.id : (input.ownerId ?? (await groupLeadOf(tx, input.taskGroupId)));
  if (ownsOwnLeadsOnly(user) && input.ownerId && input.ownerId !== user.id) throw new ForbiddenError();
  if (!ownerId) throw new FieldError("ownerId", "leads.ownerRequired");
  const problem = await checkReferences({ ...input, ownerId });
  if (problem) throw problem;

  if (input.stage !== "contact") {
    const problem = checkStageMove({
      from: "contact",
      to: input.stage,
      reason: input.stageReason,
      signedOn: input.signedOn,
      signedInvestment: input.signedInvestment,
    })[0];
    if (problem) throw new FieldError(problem.field === "to" ? "stage" : problem.field, `pipeline.${problem.messageKey}`);
  }

  const [lead] = await tx
    .insert(leads)
    .values({
      ...leadColumnsOf(input, ownerId),
      companyId: input.companyId,
      stageEnteredAt: now,
      lastActivityAt: now,
      nextFollowUpOn: input.nextFollowUpOn,
      leaderId: input.leaderId,
      originTripId: input.originTripId,
      originMeetingId: input.originMeetingId,
      chainNodeId: input.chainNodeId,
      agreementId: input.agreementId,
      description: input.description,
      createdById: user.id,
      createdAt: now,
      updatedAt: now,
      updatedById: user.id,
    })
    .returning({ id: leads.id });
  await tx.insert(leadEvents).values({
    leadId: lead.id,
    kind: "created",
    toStage: input.stage,
    body: input.description,
    actorId: user.id,
    occurredAt: now,
  });
  if (input.nextFollowUpOn) await syncFollowUpTask(tx, lead.id, user.id, now);
  return { id: lead.id, ownerId };
}

// ---------------------------------------------------------------------------------------------
// Changes to an existing lead

/** What the pipeline rules look at when a lead changes (also read by the importer for updated rows). */
export const leadRuleColumns = {
  id: leads.id,
  name: leads.name,
  taskGroupId: leads.taskGroupId,
  ownerId: leads.ownerId,
  stage: leads.stage,
  furthestStage: leads.furthestStage,
  stageEnteredAt: leads.stageEnteredAt,
  districtId: leads.districtId,
  industryId: leads.industryId,
  source: leads.source,
  plannedInvestment: leads.plannedInvestment,
  signedInvestment: leads.signedInvestment,
  signedOn: leads.signedOn,
  version: leads.version,
};
const lockedLeadColumns = {
  ...leadRuleColumns,
  leaderId: leads.leaderId,
  agreementId: leads.agreementId,
  description: leads.description,
  nextFollowUpOn: leads.nextFollowUpOn,
};
type LockedLead = { [K in keyof typeof lockedLeadColumns]: (typeof leads.$inferSelect)[K] };

/** The lead, read through the user's scope: a lead of another group is "not found", never "forbidden". */
async function loadLead(tx: Executor, user: CurrentUser, leadId: number): Promise<LockedLead> {
  const [lead] = await tx
    .select(lockedLeadColumns)
    .from(leads)
    .where(and(eq(leads.id, leadId), leadScope(user)))
    .limit(1);
  if (!lead) throw new NotFoundError();
  return lead;
}

const editor = tableAlias(users, "editor");

/** Refuses a save based on another version, naming who changed the lead last and when. */
async function refuseStale(tx: Executor, leadId: number): Promise<never> {
  const [current] = await tx
    .select({ version: leads.version, updatedAt: leads.updatedAt, editorName: editor.name })
    .from(leads)
    .leftJoin(editor, eq(editor.id, leads.updatedById))
    .where(eq(leads.id, leadId))
    .limit(1);
  throw new ConflictError(current?.editorName ?? null, current?.updatedAt ?? null, current?.version ?? 0);
}

/**
 * Writes the change only if the lead is still at the version the form was filled in on (checked in
 * the UPDATE itself, so two saves racing each other cannot both pass), and moves the version on.
 */
async function saveVersioned(
  tx: Executor,
  user: CurrentUser,
  lead: LockedLead,
  expectedVersion: number,
  changes: Partial<typeof leads.$inferInsert>,
  now: Date,
): Promise<number> {
  if (lead.version !== expectedVersion) await refuseStale(tx, lead.id);
  const [saved] = await tx
    .update(leads)
    .set({ ...changes, version: sql`${leads.version} + 1`, updatedAt: now, updatedById: user.id })
    .where(and(eq(leads.id, lead.id), eq(leads.version, expectedVersion)))
    .returning({ version: leads.version });
  if (!saved) await refuseStale(tx, lead.id);
  return saved.version;
}

type Changed = { id: number; version: number };

export async function moveLeadStage(
  tx: Executor,
  user: CurrentUser,
  input: LeadStageMoveInput,
  now = new Date(),
): Promise<Changed & { stage: Stage }> {
  const lead = await loadLead(tx, user, input.leadId);
  if (!canChangeLead(user, lead)) throw new ForbiddenError();
  if (lead.version !== input.version) await refuseStale(tx, lead.id);

  const needs = requirementsFor(lead, input.toStage);
  // A lead already signed keeps its signing data when it moves on; one reaching 签约 states it now.
  const signedOn = needs.signing ? input.signedOn : isSignedStage(input.toStage) ? lead.signedOn : null;
  const signedInvestment = needs.signing ? input.signedInvestment : isSignedStage(input.toStage) ? lead.signedInvestment : null;
  const problems = checkStageMove({
    from: lead.stage,
    to: input.toStage,
    reason: input.reason,
    signedOn,
    signedInvestment,
    today: toIsoDate(now),
  });
  if (problems.length > 0) {
    const [problem] = problems;
    throw new FieldError(pipelineField(problem.field), `pipeline.${problem.messageKey}`);
  }

  const changes: Partial<typeof leads.$inferInsert> = {
    stage: input.toStage,
    furthestStage: furthestStage(lead.furthestStage, input.toStage),
    stageReason: needsReason(lead.stage, input.toStage) ? input.reason : null,
    stageEnteredAt: now,
    // A stage change is not a follow-up: lastActivityAt (最近跟进, and with it 滞后 and the leads
    // table's sort by last activity) moves only with news of the lead (a progress entry, a new
    // owner, a changed amount). The event below still records the move, and the kept stage
    // totals follow the stage column (migration 0016's triggers).
  };
  if (needs.signing) {
    changes.signedOn = input.signedOn;
    changes.signedInvestment = input.signedInvestment;
  }
  // A dropped lead is followed up no more.
  if (input.toStage === "dropped") changes.nextFollowUpOn = null;
  const version = await saveVersioned(tx, user, lead, input.version, changes, now);

  await tx.insert(leadEvents).values({
    leadId: lead.id,
    kind: "stage",
    fromStage: lead.stage,
    toStage: input.toStage,
    stageDays: daysInStage(lead.stageEnteredAt, now),
    // The signing date travels with the move to 签约; the amount has an event of its own.
    toValue: needs.signing ? input.signedOn : null,
    body: input.reason,
    actorId: user.id,
    occurredAt: now,
  });
  if (needs.signing && input.signedInvestment !== lead.signedInvestment) {
    await tx.insert(leadEvents).values({
      leadId: lead.id,
      kind: "amount",
      field: "signedInvestment",
      fromValue: lead.signedInvestment === null ? null : String(lead.signedInvestment),
      toValue: String(input.signedInvestment),
      actorId: user.id,
      occurredAt: now,
    });
  }
  if (input.toStage === "dropped") await syncFollowUpTask(tx, lead.id, user.id, now);
  await tellOwnerOfChange(tx, user, lead, { what: "stage", stage: input.toStage }, now);
  if (input.toStage === "signed") {
    const message = signedChatMessage({ name: lead.name, stage: input.toStage, ownerName: await userName(tx, lead.ownerId) });
    await queueChatMessage(tx, { kind: "signed", taskGroupId: lead.taskGroupId, leadership: true, ...message, dedupeKey: `signed:${lead.id}:${version}` }, now);
  }
  return { id: lead.id, version, stage: input.toStage };
}

/** Gives the lead to another owner, with the owner event on its timeline; returns the new version. */
async function handOver(tx: Executor, user: CurrentUser, lead: LockedLead, expectedVersion: number, ownerId: number, now: Date, note?: string | null) {
  const version = await saveVersioned(tx, user, lead, expectedVersion, { ownerId, lastActivityAt: now }, now);
  await tx.insert(leadEvents).values({
    leadId: lead.id,
    kind: "owner",
    field: "ownerId",
    fromValue: String(lead.ownerId),
    toValue: String(ownerId),
    body: note ?? null,
    actorId: user.id,
    occurredAt: now,
  });
  await syncFollowUpTask(tx, lead.id, user.id, now);
  // The 批示 still waiting for the old owner's answer go to the new one.
  await tx
    .update(tasks)
    .set({ ownerId, updatedAt: now, version: sql`${tasks.version} + 1` })
    .where(and(eq(tasks.leadId, lead.id), eq(tasks.source, "instruction"), eq(tasks.status, "open"), eq(tasks.ownerId, lead.ownerId)));
  await notify(tx, { userId: ownerId, kind: "lead_reassigned", actorId: user.id, leadId: lead.id, params: { leadName: lead.name } }, now);
  return version;
}

export async function changeLeadOwner(tx: Executor, user: CurrentUser, input: LeadOwnerInput, now = new Date()): Promise<Changed> {
  const lead = await loadLead(tx, user, input.leadId);
  if (!canReassignLead(user, lead)) throw new ForbiddenError();
  if (lead.version !== input.version) await refuseStale(tx, lead.id);
  if (input.ownerId === lead.ownerId) throw new FieldError("ownerId", "leads.ownerUnchanged");
  if (!(await isGroupMember(tx, lead.taskGroupId, input.ownerId))) throw new FieldError("ownerId", "leads.ownerNotInGroup");
  const version = await handOver(tx, user, lead, input.version, input.ownerId, now, input.note);
  return { id: lead.id, version };
}

/** Hands several leads to one person; all or nothing (one refused lead refuses the batch). */
export async function reassignLeads(tx: Executor, user: CurrentUser, input: LeadReassignInput, now = new Date()) {
  const ids = [...new Set(input.leads.map((l) => l.id))];
  const rows = await tx
    .select(lockedLeadColumns)
    .from(leads)
    .where(and(inArray(leads.id, ids), leadScope(user)));
  if (rows.length !== ids.length) throw new NotFoundError();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const memberOf = new Map<number, boolean>();
  let changed = 0;
  for (const wanted of input.leads) {
    const lead = byId.get(wanted.id)!;
    if (!canReassignLead(user, lead)) throw new ForbiddenError();
    if (lead.version !== wanted.version) await refuseStale(tx, lead.id);
    if (!memberOf.has(lead.taskGroupId)) memberOf.set(lead.taskGroupId, await isGroupMember(tx, lead.taskGroupId, input.ownerId));
    if (!memberOf.get(lead.taskGroupId)) throw new FieldError("ownerId", "leads.ownerNotInGroup");
  }
  for (const lead of rows) {
    if (lead.ownerId === input.ownerId) continue;
    const expected = input.leads.find((l) => l.id === lead.id)!.version;
    await handOver(tx, user, lead, expected, input.ownerId, now);
    changed += 1;
  }
  return { changed, ids };
}

/** The lead's own fields. Changed amounts get an event each; the rest is in the audit log. */
export async function updateLead(tx: Executor, user: CurrentUser, input: LeadUpdateInput, now = new Date()) {
  const lead = await loadLead(tx, user, input.leadId);
  if (!canChangeLead(user, lead)) throw new ForbiddenError();
  if (lead.version !== input.version) await refuseStale(tx, lead.id);

  const signed = isSignedStage(lead.stage);
  if (signed) {
    if (!input.signedOn) throw new FieldError("signedOn", "pipeline.signedOnRequired");
    if (input.signedOn > toIsoDate(now)) throw new FieldError("signedOn", "pipeline.signedOnFuture");
    if (!input.signedInvestment) throw new FieldError("signedInvestment", "pipeline.signedInvestmentRequired");
  }
  const next = {
    name: input.name,
    districtId: input.districtId,
    industryId: input.industryId,
    source: input.source,
    plannedInvestment: input.plannedInvestment,
    // Signing data belongs to signed leads only; it is set by the move to 签约.
    signedInvestment: signed ? input.signedInvestment : lead.signedInvestment,
    signedOn: signed ? input.signedOn : lead.signedOn,
    leaderId: input.leaderId,
    agreementId: input.agreementId,
    description: input.description,
  };
  const changedFields = (Object.keys(next) as (keyof typeof next)[]).filter((key) => next[key] !== lead[key]);
  if (changedFields.length === 0) return { id: lead.id, version: lead.version, changedFields };
  // The references that change are checked; one kept as it was is not refused (a leader since retired).
  const changedRef = (key: "districtId" | "industryId" | "leaderId" | "agreementId") => (changedFields.includes(key) ? next[key] : null);
  await assertLeadReferences(tx, user, {
    districtId: changedRef("districtId"),
    industryId: changedRef("industryId"),
    leaderId: changedRef("leaderId"),
    agreementId: changedRef("agreementId"),
  });

  const amountFields = (["plannedInvestment", "signedInvestment"] as const).filter((f) => changedFields.includes(f));
  const version = await saveVersioned(
    tx,
    user,
    lead,
    input.version,
    { ...next, ...(amountFields.length ? { lastActivityAt: now } : {}) },
    now,
  );
  for (const field of amountFields) {
    await tx.insert(leadEvents).values({
      leadId: lead.id,
      kind: "amount",
      field,
      fromValue: lead[field] === null ? null : String(lead[field]),
      toValue: next[field] === null ? null : String(next[field]),
      actorId: user.id,
      occurredAt: now,
    });
  }
  if (changedFields.includes("name")) await syncFollowUpTask(tx, lead.id, user.id, now);
  // One notification per save: its amounts when they changed (the weightier news), else its fields.
  await tellOwnerOfChange(tx, user, { ...lead, name: next.name }, { what: amountFields.length ? "amount" : "fields" }, now);
  return { id: lead.id, version, changedFields };
}

/**
 * A progress entry (跟进、走访、电话联系、备注) by someone who may change the lead, with the next
 * follow-up date; or an instruction (批示) by a city leader. Entries do not move the version: they
 * cannot collide with an edit of the lead's fields.
 */
export async function addLeadLog(tx: Executor, user: CurrentUser, input: LeadLogInput, now = new Date()) {
  const lead = await loadLead(tx, user, input.leadId);
  const isInstruction = input.kind === "instruction";
  if (isInstruction ? !canInstruct(user) : !canChangeLead(user, lead)) throw new ForbiddenError();
  const today = toIsoDate(now);
  if (!isInstruction && input.nextFollowUpOn && input.nextFollowUpOn < today) {
    throw new FieldError("nextFollowUpOn", "leads.followUpPast");
  }
  const answerBy = isInstruction ? answerDueOn(input, today) : null;
  const [event] = await tx
    .insert(leadEvents)
    .values({ leadId: lead.id, kind: input.kind, body: input.body, toValue: isInstruction ? answerBy : input.nextFollowUpOn, actorId: user.id, occurredAt: now })
    .returning({ id: leadEvents.id });
  if (!isInstruction) {
    // The entry is the follow-up: its task is done, or open again for the next date.
    await tx.update(leads).set({ lastActivityAt: now, nextFollowUpOn: input.nextFollowUpOn }).where(eq(leads.id, lead.id));
    await syncFollowUpTask(tx, lead.id, user.id, now, { logged: true });
    return { id: lead.id, eventId: event.id, taskId: null };
  }
  // An instruction is addressed to the team; it does not count as the team following the lead up.
  // With a 办理时限 it is the owner's task; either way the owner and the group's chats hear of it.
  const taskId = answerBy ? await instructionTask(tx, { eventId: event.id, body: input.body, leaderId: user.id, dueOn: answerBy }, lead, now) : null;
  await notify(tx, { userId: lead.ownerId, kind: "instruction_received", actorId: user.id, taskId, leadId: lead.id, params: { leadName: lead.name, body: cut(input.body), dueOn: answerBy } }, now);
  const message = instructionChatMessage({ name: lead.name, stage: lead.stage, ownerName: await userName(tx, lead.ownerId) }, user.name, answerBy);
  await queueChatMessage(tx, { kind: "instruction", taskGroupId: lead.taskGroupId, leadership: false, ...message, dedupeKey: `instruction:${event.id}` }, now);
  return { id: lead.id, eventId: event.id, taskId };
}

/** The date a 批示 is to be answered by: 1, 3 or 7 days from today (China's), or the date given (not past). */
function answerDueOn(input: LeadLogInput, today: string): string | null {
  if (input.answerWithin === "") return null;
  if (input.answerWithin !== "date") return addIsoDays(today, Number(input.answerWithin));
  if (!input.answerBy || input.answerBy < today) throw new FieldError("answerBy", "leads.log.answerByPast");
  return input.answerBy;
}

/** The admin's stale limits per stage (empty: a stage is never stale). */
export async function setStaleLimits(tx: Executor, user: CurrentUser, input: StaleLimitsInput, now = new Date()) {
  for (const stage of stages) {
    await tx
      .insert(stageSettings)
      .values({ stage, staleDays: input[stage], updatedById: user.id, updatedAt: now })
      .onConflictDoUpdate({ target: stageSettings.stage, set: { staleDays: input[stage], updatedById: user.id, updatedAt: now } });
  }
  return input;
}
