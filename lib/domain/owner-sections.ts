// How the people offered as an owner (下一步责任人) are grouped: by task group, the picker's own
// colleagues first. A person is listed once, in the first section they belong to:
//   1. the delegation of the trip the form is about (when there is one): the people at the table;
//   2. the signed-in person's own task groups, in the groups' order (their colleagues); someone in
//      no task group (a city leader, a secretary) has the people of their own role there instead;
//   3. every other task group, in the groups' order;
//   4. the people in no task group, by role: city leaders, secretaries, then anyone else.
import type { Role } from "./enums";

export type OwnerPerson = { id: number; name: string; title: string | null; role: Role; groupIds: readonly number[] };

export type OwnerSection<P extends OwnerPerson> =
  | { key: string; kind: "trip"; mine: boolean; people: P[] }
  | { key: string; kind: "group"; groupId: number; name: string; mine: boolean; people: P[] }
  | { key: string; kind: "role"; role: Role | null; mine: boolean; people: P[] };

const roleOrder: readonly (Role | null)[] = ["leader", "secretary", null];

export function ownerSections<P extends OwnerPerson>(
  people: readonly P[],
  groups: readonly { id: number; name: string }[],
  viewer: { role: Role; groupIds: readonly number[] },
  trip: readonly number[] = [],
): OwnerSection<P>[] {
  const placed = new Set<number>();
  const sections: OwnerSection<P>[] = [];
  const take = (wanted: (p: P) => boolean) => {
    const chosen = people.filter((p) => !placed.has(p.id) && wanted(p));
    for (const p of chosen) placed.add(p.id);
    return chosen;
  };
  const roleKey = (role: Role): Role | null => (role === "leader" || role === "secretary" ? role : null);
  const roleSection = (role: Role | null, mine: boolean): OwnerSection<P> => ({
    key: `role:${role ?? "other"}`,
    kind: "role",
    role,
    mine,
    people: take((p) => p.groupIds.length === 0 && roleKey(p.role) === role),
  });
  const groupSection = (group: { id: number; name: string }, mine: boolean): OwnerSection<P> => ({
    key: `group:${group.id}`,
    kind: "group",
    groupId: group.id,
    name: group.name,
    mine,
    people: take((p) => p.groupIds.includes(group.id)),
  });

  if (trip.length > 0) {
    const order = new Map(trip.map((id, i) => [id, i]));
    const delegation = take((p) => order.has(p.id)).sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    sections.push({ key: "trip", kind: "trip", mine: false, people: delegation });
  }
  const own = groups.filter((g) => viewer.groupIds.includes(g.id));
  const ownRole = own.length === 0 ? roleKey(viewer.role) : undefined;
  for (const group of own) sections.push(groupSection(group, true));
  if (ownRole !== undefined) sections.push(roleSection(ownRole, true));
  for (const group of groups) if (!viewer.groupIds.includes(group.id)) sections.push(groupSection(group, false));
  for (const role of roleOrder) if (role !== ownRole) sections.push(roleSection(role, false));
  // Someone in a group that is not listed (never, with the groups of the same read) still has a place.
  const rest = take(() => true);
  if (rest.length > 0) sections.push({ key: "role:rest", kind: "role", role: null, mine: false, people: rest });
  return sections.filter((s) => s.people.length > 0);
}
