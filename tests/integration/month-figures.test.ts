// The monthly grid: group leads save their own group's month; members only their own leads' rows
// (tests/integration/figures-scope.test.ts); one transaction; conflicts refused.
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, db } from "@/db/client";
import { saveMonthFigures } from "@/db/mutations/reports";
import { monthGrid } from "@/db/queries/reports";
import { investmentReports } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { groupNamed, userNamed } from "./helpers";

const month = "2026-10-01";
let lead: CurrentUser;
let member: CurrentUser;
let otherLead: CurrentUser;
let groupId: number;

beforeAll(async () => {
  lead = await userNamed("zuzhang");
  member = await userNamed("zuyuan");
  otherLead = await userNamed("zuzhang2");
  groupId = await groupNamed("电子信息产业推进工作组");
});

afterAll(async () => {
  await closeDatabase();
});

type FigureRow = Parameters<typeof saveMonthFigures>[2]["rows"][number];

/** Saves figures for the month in one transaction, as the grid page does (into the electronics group unless told). */
const saveFigures = (user: CurrentUser, rows: FigureRow[], taskGroupId = groupId) =>
  db.transaction((tx) => saveMonthFigures(tx, user, { taskGroupId, monthOn: month, rows }));

describe("monthly figures grid", () => {
  it("lists the group's signed leads and saves typed figures with an audit entry each", async () => {
    const grid = (await monthGrid(lead, groupId, month))!;
    expect(grid.canEdit).toBe(true);
    expect(grid.rows.length).toBeGreaterThan(1);
    const [a, b] = grid.rows;
    const changes = await saveFigures(lead, [
      { leadId: a.leadId, fixedAsset: 1234, fundsInPlace: 567, version: a.version },
      { leadId: b.leadId, fixedAsset: 89, fundsInPlace: 0, version: b.version },
    ]);
    expect(changes).toHaveLength(2);
    const stored = await db
      .select({ leadId: investmentReports.leadId, fixedAsset: investmentReports.fixedAsset, fundsInPlace: investmentReports.fundsInPlace })
      .from(investmentReports)
      .where(and(eq(investmentReports.monthOn, month), inArray(investmentReports.leadId, [a.leadId, b.leadId])));
    expect(stored.find((s) => s.leadId === a.leadId)).toMatchObject({ fixedAsset: 1234, fundsInPlace: 567 });
    expect(stored.find((s) => s.leadId === b.leadId)).toMatchObject({ fixedAsset: 89, fundsInPlace: 0 });
  });

  it("refuses a save based on figures someone else changed since, and keeps none of it", async () => {
    const stale = (await monthGrid(lead, groupId, month))!;
    const [a, b] = stale.rows;
    await saveFigures(lead, [{ leadId: a.leadId, fixedAsset: 2000, fundsInPlace: 567, version: a.version }]);
    const attempt = await saveFigures(lead, [
      { leadId: b.leadId, fixedAsset: 777, fundsInPlace: 0, version: b.version },
      { leadId: a.leadId, fixedAsset: 9999, fundsInPlace: 0, version: a.version },
    ]).catch((e) => e);
    expect(attempt).toMatchObject({ name: "ConflictError" });
    const [bNow] = await db.select({ fixedAsset: investmentReports.fixedAsset }).from(investmentReports).where(and(eq(investmentReports.leadId, b.leadId), eq(investmentReports.monthOn, month)));
    expect(bNow.fixedAsset).toBe(89);
  });

  it("lets only the group's lead (or the admin) enter figures of leads the member does not own", async () => {
    const grid = (await monthGrid(member, groupId, month))!;
    const row = grid.rows.find((r) => !r.editable)!;
    expect(row).toBeDefined();
    const figures = [{ leadId: row.leadId, fixedAsset: 1, fundsInPlace: 1, version: row.version }];
    for (const user of [member, otherLead]) {
      await expect(saveFigures(user, figures)).rejects.toMatchObject({ name: "ForbiddenError" });
    }
    // Another group's lead cannot smuggle a lead of this group in under their own group either.
    const own = await groupNamed("装备制造产业推进工作组");
    await expect(saveFigures(otherLead, figures, own)).rejects.toMatchObject({ name: "ForbiddenError" });
  });
});
