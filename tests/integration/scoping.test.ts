// Which leads each role reads, checked in the data-access layer's SQL with the demo city.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, db } from "@/db/client";
import { boardData } from "@/db/queries/leads/board";
import { countLeads, stageTotals } from "@/db/queries/leads/counts";
import { listLeads } from "@/db/queries/leads/table";
import { noLeadFilters } from "@/lib/lead-filters";
import { loadCurrentUser } from "@/db/queries/users";
import { leads, taskGroupMembers, users } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";

const allRows = { page: 1, pageSize: 100, sort: null, dir: "asc" as const, q: "" };

async function userNamed(username: string): Promise<CurrentUser> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  const user = await loadCurrentUser(row.id);
  if (!user) throw new Error(`no active user ${username}`);
  return user;
}

let totalLeads = 0;

beforeAll(async () => {
  totalLeads = (await db.select({ id: leads.id }).from(leads)).length;
});

afterAll(async () => {
  await closeDatabase();
});

describe("lead scoping", () => {
  it.each(["shuji", "mishu", "admin"])("%s reads every lead", async (username) => {
    const viewer = await userNamed(username);
    expect((await countLeads(viewer, {})).count).toBe(totalLeads);
    expect((await listLeads(viewer, allRows, noLeadFilters)).total).toBe(totalLeads);
  });

  it.each(["zuzhang2", "zuyuan2", "zuzhang", "zuyuan"])("%s reads only the leads of their own task group", async (username) => {
    const viewer = await userNamed(username);
    expect(viewer.groupIds.length).toBeGreaterThan(0);
    const own = await db.select({ id: leads.id, taskGroupId: leads.taskGroupId }).from(leads);
    const expected = own.filter((l) => viewer.groupIds.includes(l.taskGroupId)).length;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(totalLeads);

    const listed = await listLeads(viewer, allRows, noLeadFilters);
    expect(listed.total).toBe(expected);
    expect((await countLeads(viewer, {})).count).toBe(expected);
    const totals = await stageTotals(viewer);
    expect(totals.reduce((n, s) => n + s.count, 0)).toBe(expected);
    const board = await boardData(viewer, noLeadFilters, 1000);
    const boardIds = board.flatMap((c) => c.leads.map((l) => l.id));
    const allowed = new Set(own.filter((l) => viewer.groupIds.includes(l.taskGroupId)).map((l) => l.id));
    expect(boardIds.every((id) => allowed.has(id))).toBe(true);
  });

  it("a user in no task group reads no lead", async () => {
    const viewer = await userNamed("zuyuan2");
    const outsider: CurrentUser = { ...viewer, groupIds: [], leadGroupIds: [] };
    expect((await countLeads(outsider, {})).count).toBe(0);
    expect((await listLeads(outsider, allRows, noLeadFilters)).rows).toEqual([]);
  });

  it("group membership is read from the database, not from the session", async () => {
    const viewer = await userNamed("zuyuan2");
    const memberships = await db.select().from(taskGroupMembers).where(eq(taskGroupMembers.userId, viewer.id));
    expect(viewer.groupIds.sort()).toEqual(memberships.map((m) => m.taskGroupId).sort());
  });

  it("a deactivated user is no user at all", async () => {
    const viewer = await userNamed("zy17a");
    await db.update(users).set({ isActive: false }).where(eq(users.id, viewer.id));
    expect(await loadCurrentUser(viewer.id)).toBeNull();
    await db.update(users).set({ isActive: true }).where(eq(users.id, viewer.id));
  });

  it("'mine' narrows to the viewer's own leads", async () => {
    const viewer = await userNamed("zuyuan");
    const mine = await listLeads(viewer, allRows, { ...noLeadFilters, mine: true });
    const owned = await db.select({ id: leads.id }).from(leads).where(eq(leads.ownerId, viewer.id));
    expect(mine.total).toBe(owned.length);
  });
});
