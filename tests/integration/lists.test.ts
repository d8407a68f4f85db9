// Every list the areas show runs on this database and returns the demo city's records.
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDatabase, db } from "@/db/client";
import { listDistricts, listIndustries, recentAudit } from "@/db/queries/admin";
import { listChains } from "@/db/queries/chains";
import { companySortable, listCompanies } from "@/db/queries/companies";
import { recentEvents, upcomingTrips } from "@/db/queries/dashboard";
import { boardData } from "@/db/queries/leads/board";
import { leadSortable, listLeads } from "@/db/queries/leads/table";
import { noLeadFilters } from "@/lib/lead-filters";
import type { ListParams } from "@/lib/list-params";
import { listMeetings, meetingSortable } from "@/db/queries/meetings";
import { listPartners } from "@/db/queries/partners";
import { listTaskGroups } from "@/db/queries/task-groups";
import { listTrips, tripSortable } from "@/db/queries/trips";
import { listUsers, loadCurrentUser, userSortable } from "@/db/queries/users";
import { companies, users } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { toIsoDate } from "@/lib/format";

const page = { page: 1, pageSize: 20, sort: null, dir: "asc" as const, q: "" };

async function userNamed(username: string): Promise<CurrentUser> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return (await loadCurrentUser(row.id))!;
}

afterAll(async () => {
  await closeDatabase();
});

describe("area lists", () => {
  it("pages and sorts every table by each sortable column", async () => {
    const admin = await userNamed("admin");
    type AnyList = (u: CurrentUser, p: ListParams) => Promise<{ rows: unknown[]; total: number }>;
    // Trips are read in full by every role: their list takes no user (meetings take one for their 逾期 mark).
    for (const [list, sortable] of [
      [((_u, p) => listTrips(p as never)) as AnyList, tripSortable],
      [((u, p) => listMeetings(u, p as never)) as AnyList, meetingSortable],
      [listCompanies, companySortable],
      [listUsers, userSortable],
    ] as const) {
      for (const sort of Object.keys(sortable)) {
        for (const dir of ["asc", "desc"] as const) {
          const anyList = list as unknown as AnyList;
          const result = await anyList(admin, { ...page, sort, dir });
          expect(result.total).toBeGreaterThan(0);
          expect(result.rows.length).toBe(Math.min(20, result.total));
        }
      }
    }
    for (const sort of Object.keys(leadSortable) as (keyof typeof leadSortable)[]) {
      const result = await listLeads(admin, { ...page, sort, dir: "desc" }, noLeadFilters);
      expect(result.rows).toHaveLength(20);
    }
  });

  it("sorts trips by start date, newest first", async () => {
    const { rows } = await listTrips({ ...page, sort: "startOn", dir: "desc" });
    const dates = rows.map((r) => r.startOn);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(rows.every((r) => r.meetings >= 0)).toBe(true);
    expect(rows.some((r) => r.meetings > 0)).toBe(true);
  });

  it("finds companies by part of the Chinese name", async () => {
    const admin = await userNamed("admin");
    const [company] = await db.select({ name: companies.name }).from(companies).limit(1);
    const part = company.name.slice(2, 4);
    const { rows, total } = await listCompanies(admin, { ...page, q: part });
    expect(total).toBeGreaterThan(0);
    expect(rows.every((r) => r.name.includes(part))).toBe(true);
  });

  it("lists task groups, chains, partners, the board and the dashboard figures", async () => {
    const leader = await userNamed("shuji");
    const groups = await listTaskGroups();
    expect(groups).toHaveLength(17);
    expect(groups.every((g) => g.leaderName && g.groupLeads.length === 1)).toBe(true);
    const chains = await listChains(leader);
    const huaying = chains.find((c) => c.name === "华蓥电子信息产业链");
    expect(huaying?.missing).toEqual(expect.arrayContaining(["芯片", "IC驱动", "柔性线路板"]));
    expect(huaying?.rate).toBeGreaterThan(0.6);
    const partners = await listPartners(leader);
    expect(partners.find((p) => p.name === "天津滨海高新区")?.agreements).toBeGreaterThan(0);
    const board = await boardData(leader, noLeadFilters);
    expect(board).toHaveLength(9);
    expect(board.every((c) => c.count > 0)).toBe(true);
    const today = toIsoDate(new Date());
    expect((await recentEvents(leader)).length).toBeGreaterThan(0);
    expect(Array.isArray(await upcomingTrips(today))).toBe(true);
  });

  it("gives the admin lists to admins only", async () => {
    const admin = await userNamed("admin");
    expect((await listDistricts(admin)).map((d) => d.name)).toEqual(
      expect.arrayContaining(["广安区", "前锋区", "华蓥市", "岳池县", "武胜县", "邻水县", "广安经开区"]),
    );
    expect((await listIndustries(admin)).length).toBeGreaterThan(10);
    expect((await recentAudit(admin)).length).toBeGreaterThan(0);
    const member = await userNamed("zuyuan");
    await expect(listDistricts(member)).rejects.toThrow();
    await expect(recentAudit(member)).rejects.toThrow();
    expect(await listUsers(member, page)).toEqual({ rows: [], total: 0 });
  });
});
