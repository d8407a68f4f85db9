import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { districts, targets, taskGroups } from "@/db/schema";

/** Every task group and district with its target for the year (zeros where none is set yet), for the admin's grid. */
export async function targetGrid(year: number) {
  const [groupRows, districtRows, rows] = await Promise.all([
    db.select({ id: taskGroups.id, name: taskGroups.name }).from(taskGroups).orderBy(asc(taskGroups.sortOrder), asc(taskGroups.id)),
    db.select({ id: districts.id, name: districts.name }).from(districts).orderBy(asc(districts.sortOrder), asc(districts.id)),
    db.select().from(targets).where(eq(targets.year, year)),
  ]);
  const empty = { projects: 0, signedInvestment: 0, fixedAsset: 0, fundsInPlace: 0, version: null as number | null };
  const figures = (row: (typeof rows)[number] | undefined) =>
    row
      ? { projects: row.projects, signedInvestment: row.signedInvestment, fixedAsset: row.fixedAsset, fundsInPlace: row.fundsInPlace, version: row.version as number | null }
      : empty;
  return [
    ...groupRows.map((g) => ({ scope: "group" as const, scopeId: g.id, name: g.name, ...figures(rows.find((r) => r.taskGroupId === g.id && r.districtId === null)) })),
    ...districtRows.map((d) => ({ scope: "district" as const, scopeId: d.id, name: d.name, ...figures(rows.find((r) => r.districtId === d.id && r.taskGroupId === null)) })),
  ];
}

