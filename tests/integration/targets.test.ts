import { and, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDatabase, db } from "@/db/client";
import { saveTargets } from "@/db/mutations/targets";
import { targetGrid } from "@/db/queries/target-grid";
import { districts, targets, taskGroups } from "@/db/schema";
import { targetsSaveSchema } from "@/lib/validation/targets";

const year = 2031;

afterAll(async () => {
  await closeDatabase();
});

describe("annual targets", () => {
  it("shows every group and district, saves typed targets once, and refuses a stale save", async () => {
    const grid = await targetGrid(year);
    expect(grid.filter((r) => r.scope === "group")).toHaveLength((await db.select().from(taskGroups)).length);
    expect(grid.filter((r) => r.scope === "district")).toHaveLength((await db.select().from(districts)).length);
    const [group] = grid;
    const district = grid.find((r) => r.scope === "district")!;
    const input = targetsSaveSchema.parse({
      year,
      rows: [
        { ...group, projects: 25, signedInvestment: 600_000, fixedAsset: 300_000, fundsInPlace: 200_000 },
        { ...district, projects: 40, signedInvestment: 900_000, fixedAsset: 0, fundsInPlace: 0 },
      ],
    });
    expect(await db.transaction((tx) => saveTargets(tx, input))).toHaveLength(2);
    const [stored] = await db.select().from(targets).where(and(eq(targets.year, year), eq(targets.taskGroupId, group.scopeId)));
    expect(stored).toMatchObject({ projects: 25, signedInvestment: 600_000, districtId: null });
    // Saving the same page again (its versions are now old) is refused, and nothing changes.
    const stale = { ...input, rows: [{ ...input.rows[0], projects: 99 }] };
    await expect(db.transaction((tx) => saveTargets(tx, stale))).rejects.toMatchObject({ name: "ConflictError" });
    const [after] = await db.select().from(targets).where(eq(targets.id, stored.id));
    expect(after.projects).toBe(25);
    const fresh = await targetGrid(year);
    expect(fresh.find((r) => r.scope === "group" && r.scopeId === group.scopeId)).toMatchObject({ projects: 25, version: 1 });
  });
});
