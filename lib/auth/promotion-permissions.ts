// Who may change chains and partner records. Pure: used by pages to show the buttons and by the
// actions to refuse everyone else (the actions are the guard; the buttons only follow them).
import type { Role } from "@/db/schema/enums";
import type { CurrentUser } from "./current-user";

/**
 * A chain is changed by the admin and by the leads of the task group of the chain's industry.
 * An industry without a task group leaves its chains to the admin.
 */
export function canEditChain(user: Pick<CurrentUser, "role" | "leadGroupIds">, taskGroupId: number | null): boolean {
  if (user.role === "admin") return true;
  return user.role === "group_lead" && taskGroupId !== null && user.leadGroupIds.includes(taskGroupId);
}

/** Whether the user may start a chain at all (for some industry). */
export function mayCreateChains(user: Pick<CurrentUser, "role" | "leadGroupIds">): boolean {
  return user.role === "admin" || (user.role === "group_lead" && user.leadGroupIds.length > 0);
}

/** Partner regions and their agreements are kept by the admin and the leaders' secretaries. */
export const editsPartners = (role: Role): boolean => role === "admin" || role === "secretary";
