// Every access rule of the product, in one place, as named predicates over the signed-in user (and,
// where the answer depends on it, the row). Pure: used by the navigation, page guards, components'
// buttons, the actions (`rule` of defineAction) and the unit tests. Row-level scoping of what a user
// reads lives in the data-access layer's SQL (db/queries/scope.ts), which applies the same rules.
// No other file looks at `user.role` directly: add a predicate here instead.
import type { Role } from "@/db/schema/enums";
import type { CurrentUser } from "./current-user";

/** The part of the user a rule reads. */
export type Who = Pick<CurrentUser, "role">;
export type Member = Pick<CurrentUser, "id" | "role" | "groupIds">;
export type Leader = Pick<CurrentUser, "role" | "leadGroupIds">;
/** Kept for the lead rules' callers: the user as the lead rules see them. */
export type Actor = Member;
export type LeadRef = { taskGroupId: number; ownerId: number };

const is = (who: Who, ...roles: Role[]) => roles.includes(who.role);

// ── Areas ─────────────────────────────────────────────────────────────────────────────────────────

export const areas = [
  "dashboard",
  "tasks",
  "trips",
  "meetings",
  "companies",
  "leads",
  "board",
  "supervision",
  "groups",
  "chains",
  "partners",
  "admin",
] as const;
export type Area = (typeof areas)[number];

export const areaPaths: Record<Area, string> = {
  dashboard: "/",
  tasks: "/tasks",
  trips: "/trips",
  meetings: "/meetings",
  companies: "/companies",
  leads: "/leads",
  board: "/board",
  supervision: "/supervision",
  groups: "/groups",
  chains: "/chains",
  partners: "/partners",
  admin: "/admin",
};

const everyone: readonly Role[] = ["admin", "leader", "secretary", "group_lead", "member"];

const areaRoles: Record<Area, readonly Role[]> = {
  dashboard: everyone,
  tasks: everyone,
  trips: everyone,
  meetings: everyone,
  companies: everyone,
  leads: everyone,
  board: everyone,
  supervision: everyone,
  groups: everyone,
  chains: everyone,
  partners: everyone,
  admin: ["admin"],
};

export function canUseArea(who: Who, area: Area): boolean {
  return areaRoles[area].includes(who.role);
}

export function areasFor(who: Who): Area[] {
  return areas.filter((area) => canUseArea(who, area));
}

// ── Any signed-in user ────────────────────────────────────────────────────────────────────────────

/** Every signed-in user (actions whose row rules decide the rest). */
export const anyone = (who: Who): boolean => everyone.includes(who.role);

// ── Leads ─────────────────────────────────────────────────────────────────────────────────────────

/** Users who read every lead; the others read only their task groups' leads. */
export const readsAllLeads = (who: Who) => is(who, "admin", "leader", "secretary");

/**
 * Who creates leads (the one rule for the lead form, a meeting's "make a lead", a chain target's
 * 生成项目 and the import): the admin and secretaries in any group, a group lead or a member in their
 * own groups. City leaders do not own or create leads: they give instructions (批示).
 */
export function mayCreateLeadIn(user: Pick<CurrentUser, "role" | "groupIds">, taskGroupId: number): boolean {
  if (is(user, "admin", "secretary")) return true;
  if (is(user, "group_lead", "member")) return user.groupIds.includes(taskGroupId);
  return false;
}

/** Whether the user may create leads in some group (shows the buttons; the group is checked on save). */
export function mayCreateLeads(user: Pick<CurrentUser, "role" | "groupIds">): boolean {
  if (is(user, "admin", "secretary")) return true;
  return is(user, "group_lead", "member") && user.groupIds.length > 0;
}

/** A member's leads are their own: they never name another owner. */
export const ownsOwnLeadsOnly = (who: Who) => is(who, "member");

/**
 * Moving stages, editing, logging follow-ups: secretaries and admins on any lead, a group lead on
 * their groups' leads, a member only on leads they own. City leaders give instructions (批示) instead.
 */
export function canChangeLead(actor: Member, lead: LeadRef): boolean {
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

/** Whether the user may ever change a lead (the rule of the lead-changing actions; rows decide the rest). */
export const mayChangeLeads = (who: Who) => is(who, "admin", "secretary", "group_lead", "member");

/** Assigning the one responsible person (一对一) is the group lead's call, or a secretary's or admin's. */
export function canReassignLead(actor: Member, lead: LeadRef): boolean {
  if (is(actor, "admin", "secretary")) return true;
  return is(actor, "group_lead") && actor.groupIds.includes(lead.taskGroupId);
}

/** Whether the user may ever reassign leads (shows the table's selection column). */
export const mayReassignAny = (who: Who) => is(who, "admin", "secretary", "group_lead");

/** City leaders (市领导): they lead task groups and trips and give instructions (批示). */
export const isCityLeader = (who: Who) => is(who, "leader");

/** A secretary works for one city leader (set by the admin): only secretaries have one. */
export const servesALeader = (who: Who) => is(who, "secretary");

/** Instructions (批示) come from city leaders. */
export const canInstruct = isCityLeader;

/** Who owns leads (一对一) and so has a "my leads" figure: group leads and members. */
export const ownsLeads = (who: Who) => is(who, "group_lead", "member");

// ── Trips, meetings, companies, contacts ──────────────────────────────────────────────────────────

/** Users who log trips, meetings, companies and contacts. */
export const writesTrips = (who: Who) => is(who, "admin", "secretary");

/**
 * The admin is the system's account, not a person of the work: never an attendee, a trip member or a
 * lead's owner, and a meeting they record does not list them. Everyone else takes part.
 */
export const takesPartInWork = (who: Who) => !is(who, "admin");

// ── Chains and partners ───────────────────────────────────────────────────────────────────────────

/**
 * A chain is changed by the admin and by the leads of the task group of the chain's industry.
 * An industry without a task group leaves its chains to the admin.
 */
export function canEditChain(user: Leader, taskGroupId: number | null): boolean {
  if (is(user, "admin")) return true;
  return is(user, "group_lead") && taskGroupId !== null && user.leadGroupIds.includes(taskGroupId);
}

/** Whether the user may start a chain at all (for some industry). */
export function mayCreateChains(user: Leader): boolean {
  return is(user, "admin") || (is(user, "group_lead") && user.leadGroupIds.length > 0);
}

/** Whether the user may ever change a chain (the rule of the chain actions; the chain's group decides the rest). */
export const mayEditChains = (who: Who) => is(who, "admin", "group_lead");

/** Partner regions and their agreements are kept by the admin and the leaders' secretaries. */
export const editsPartners = (who: Who): boolean => is(who, "admin", "secretary");

// ── Cockpit, figures, targets, import ─────────────────────────────────────────────────────────────

/** Users who see the leadership cockpit and the report card (答卷). */
export const readsCockpit = (who: Who) => is(who, "admin", "leader");

/**
 * Who reads a task group's monthly figures grid (月报): those who read every lead read every group's;
 * group leads and members only their own groups'. (Every group's totals are for everyone: 工作组.)
 */
export const readsGroupFigures = (user: Pick<CurrentUser, "role" | "groupIds">, taskGroupId: number): boolean =>
  readsAllLeads(user) || (is(user, "group_lead", "member") && user.groupIds.includes(taskGroupId));

/** The admin enters and corrects every lead's month figures. */
export const entersAllFigures = (who: Who) => is(who, "admin");

/** Group leads and members enter month figures of some leads (their groups' or their own; see canEnterFiguresOf). */
export const entersOwnFigures = (who: Who) => is(who, "group_lead", "member");

/**
 * Month figures of one signed lead: the admin any lead's; a group lead every lead of the groups they
 * lead (and corrects them); a group lead or a member the leads they own in their groups.
 * db/queries/reports.ts figureEntryScope is the same rule in SQL.
 */
export function canEnterFiguresOf(user: Pick<CurrentUser, "id" | "role" | "groupIds" | "leadGroupIds">, lead: LeadRef): boolean {
  if (entersAllFigures(user)) return true;
  if (!entersOwnFigures(user)) return false;
  if (is(user, "group_lead") && user.leadGroupIds.includes(lead.taskGroupId)) return true;
  return user.groupIds.includes(lead.taskGroupId) && lead.ownerId === user.id;
}

/** Whether the user may enter some figures in this group's grid (each row is checked on save). */
export const canEnterFigures = (user: Pick<CurrentUser, "role" | "groupIds" | "leadGroupIds">, taskGroupId: number) =>
  entersAllFigures(user) || (entersOwnFigures(user) && user.groupIds.includes(taskGroupId));

/** Whether the user corrects every figure of the group (the group's lead, the admin). */
export const correctsGroupFigures = (user: Leader, taskGroupId: number) =>
  entersAllFigures(user) || (is(user, "group_lead") && user.leadGroupIds.includes(taskGroupId));

/** Whether the user may ever enter month figures (the rule of the figures action; the rows decide the rest). */
export const mayEnterFigures = (who: Who) => is(who, "admin", "group_lead", "member");

/** Imports change many records at once: the admin's work (group leads enter monthly figures in the grid). */
export const canImport = (who: Who): boolean => is(who, "admin");

// ── Administration ────────────────────────────────────────────────────────────────────────────────

/** Who manages user accounts, task groups, targets and settings: creates them, resets passwords, sees and ends anyone's sessions. */
export const managesAccounts = (who: Who) => is(who, "admin");

/** Task groups, yearly targets, the stale limits of the stages and the office's names are the admin's settings. */
export const managesSettings = (who: Who) => is(who, "admin");

/** A user sees and ends their own sessions; the account manager sees and ends everyone's. */
export const managesSessionsOf = (viewer: Pick<CurrentUser, "id" | "role">, userId: number): boolean =>
  viewer.id === userId || managesAccounts(viewer);

export type TaskRef = { ownerId: number; createdById: number | null; taskGroupId: number | null };

/** Who may mark a task done or open it again: its owner, whoever set it, the group's lead, the admin. */
export const canCompleteTask = (actor: Pick<CurrentUser, "id" | "role" | "leadGroupIds">, task: TaskRef): boolean =>
  is(actor, "admin") || task.ownerId === actor.id || task.createdById === actor.id || (task.taskGroupId !== null && actor.leadGroupIds.includes(task.taskGroupId));

/** Leaders, secretaries and the admin set anyone a task; a group lead the people of their groups; the rest themselves. */
export const assignsTasksToAnyone = (who: Who) => is(who, "admin", "leader", "secretary");

/** Everyone writes tasks by hand (for themselves at least; see assignsTasksToAnyone). */
export const mayCreateTasks = anyone;

/** 督办 items (a task about a lead, with a date) are set by city leaders and group leads. */
export const maySupervise = (who: Who) => is(who, "leader", "group_lead");

/** A city leader supervises any lead; a group lead the leads of the groups they lead. */
export const canSuperviseLead = (actor: Leader, lead: { taskGroupId: number }): boolean =>
  is(actor, "leader") || (is(actor, "group_lead") && actor.leadGroupIds.includes(lead.taskGroupId));

/** A 批示 is answered by the task's owner, or by the lead of its group on their behalf. */
export const canAnswerInstruction = (actor: Pick<CurrentUser, "id" | "leadGroupIds">, task: TaskRef): boolean =>
  task.ownerId === actor.id || (task.taskGroupId !== null && actor.leadGroupIds.includes(task.taskGroupId));
