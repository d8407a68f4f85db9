// The one way a lead enters the database: the lead form, a meeting, a chain target and the importer
// all call createLead inside their action's transaction.
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { leadEvents, leads, taskGroupMembers } from "@/db/schema";
import { FieldError, ForbiddenError } from "@/lib/actions/errors";
import type { CurrentUser } from "@/lib/auth/current-user";
import { checkStageMove } from "@/lib/domain/pipeline";
import type { LeadCreateInput } from "@/lib/validation/lead";

/** Whether the user may create or change leads of this task group at all. */
export function canWriteGroup(user: CurrentUser, taskGroupId: number): boolean {
  if (user.role === "admin" || user.role === "secretary" || user.role === "leader") return true;
  return user.groupIds.includes(taskGroupId);
}

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
    .where(and(eq(taskGroupMembers.taskGroupId, taskGroupId), eq(taskGroupMembers.userId, userId)))
    .limit(1);
  return Boolean(row);
}

export async function createLead(
  tx: Executor,
  user: CurrentUser,
  input: LeadCreateInput,
  now = new Date(),
): Promise<{ id: number; ownerId: number }> {
  if (!canWriteGroup(user, input.taskGroupId)) throw new ForbiddenError();
  // A member creates leads for themselves; everyone else may name the owner (default: the group's leader).
  const ownerId = user.role === "member" ? user.id : (input.ownerId ?? (await groupLeadOf(tx, input.taskGroupId)));
  if (user.role === "member" && input.ownerId && input.ownerId !== user.id) throw new ForbiddenError();
  if (!ownerId) throw new FieldError("ownerId", "leads.ownerRequired");
  if (!(await isGroupMember(tx, input.taskGroupId, ownerId))) throw new FieldError("ownerId", "leads.ownerNotInGroup");

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
      externalId: input.externalId,
      name: input.name,
      companyId: input.companyId,
      taskGroupId: input.taskGroupId,
      ownerId,
      districtId: input.districtId,
      industryId: input.industryId,
      source: input.source,
      stage: input.stage,
      stageReason: input.stageReason,
      plannedInvestment: input.plannedInvestment,
      signedInvestment: input.signedInvestment,
      signedOn: input.signedOn,
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
  return { id: lead.id, ownerId };
}

