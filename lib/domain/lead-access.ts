// Who may read and change which lead (docs/domain.md, "Roles"). Pure: the data-access layer applies the
// same rules in SQL (db/queries/scope.ts) and every lead action checks them on the row it loaded.
import type { Role } from "@/lib/domain/enums";

export type Actor = { id: number; role: Role; groupIds: readonly number[] };
export type LeadRef = { taskGroupId: number; ownerId: number };

/** Whether the user may create leads in this task group at all (the admin, leaders and secretaries: any). */
export function canWriteGroup(actor: Pick<Actor, "role" | "groupIds">, taskGroupId: number): boolean {
  if (actor.role === "admin" || actor.role === "secretary" || actor.role === "leader") return true;
  return actor.groupIds.includes(taskGroupId);
}

/**
 * Moving stages, editing, logging follow-ups: secretaries and admins on any lead, a group lead on
 * their groups' leads, a member only on leads they own. City leaders give instructions (批示) instead.
 */
export function canChangeLead(actor: Actor, lead: LeadRef): boolean {
  switch (actor.role) {
    case "admin":
    case "secretary":
      return true;
    case "group_lead":
      return actor.groupIds.includes(lead.taskGroupId);
    case "member":
      return actor.groupIds.includes(lead.taskGroupId) && lead.ownerId === actor.id;
    case "leader":
      return false;
  }
}

/** Assigning the one responsible person (一对一) is the group lead's call, or a secretary's or admin's. */
export function canReassignLead(actor: Actor, lead: LeadRef): boolean {
  if (actor.role === "admin" || actor.role === "secretary") return true;
  return actor.role === "group_lead" && actor.groupIds.includes(lead.taskGroupId);
}

/** Instructions (批示) come from city leaders. */
export const canInstruct = (actor: Actor) => actor.role === "leader";

/** Whether the role may ever reassign leads (shows the table's selection column). */
export const mayReassignAny = (role: Role) => role === "admin" || role === "secretary" || role === "group_lead";
