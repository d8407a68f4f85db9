// Which role may use which area of the product. Pure: used by the navigation, by page guards and by
// tests. Row-level scoping (which leads a user sees) lives in the data-access layer.
import type { Role } from "@/db/schema/enums";

export const areas = [
  "dashboard",
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

export function canUseArea(role: Role, area: Area): boolean {
  return areaRoles[area].includes(role);
}

export function areasFor(role: Role): Area[] {
  return areas.filter((area) => canUseArea(role, area));
}

/** Roles that read every lead; the others read only their task groups' leads. */
export const readsAllLeads = (role: Role) => role === "admin" || role === "leader" || role === "secretary";

/** Roles that log trips, meetings, companies and contacts. */
export const writesTrips = (role: Role) => role === "admin" || role === "secretary";

/** Roles that see the leadership cockpit and the report card (答卷). */
export const readsCockpit = (role: Role) => role === "admin" || role === "leader";

/** Who manages user accounts: creates them, resets passwords, sees and ends anyone's sessions. */
export const managesAccounts = (role: Role) => role === "admin";

/** A user sees and ends their own sessions; the account manager sees and ends everyone's. */
export const managesSessionsOf = (viewer: { id: number; role: Role }, userId: number): boolean =>
  viewer.id === userId || managesAccounts(viewer.role);
