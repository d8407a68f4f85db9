import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { districts, targets, taskGroups } from "@/db/schema";

// The read side of the annual targets (年度目标): per task group, per district, and the city total
// (the sum of the task groups' targets). Amounts in 万元.

export type TargetFigures = { projects: number; signedInvestment: number; fixedAsset: number; fundsInPlace: number };
export type TargetRow = TargetFigures & { id: number; name: string };

const zero: TargetFigures = { projects: 0, signedInvestment: 0, fixedAsset: 0, fundsInPlace: 0 };

const figures = {
  projects: targets.projects,
  signedInvestment: targets.signedInvestment,
  fixedAsset: targets.fixedAsset,
  fundsInPlace: targets.fundsInPlace,
};

export async function targetsFor(year: number): Promise<{ city: TargetFigures; hasTargets: boolean; groups: TargetRow[]; districts: TargetRow[] }> {
  const [groupRows, districtRows] = await Promise.all([
    db
      .select({ id: taskGroups.id, name: taskGroups.name, year: targets.year, ...figures })
      .from(targets)
      .innerJoin(taskGroups, eq(taskGroups.id, targets.taskGroupId))
      .where(eq(targets.year, year))
      .orderBy(asc(taskGroups.sortOrder), asc(taskGroups.id)),
    db
      .select({ id: districts.id, name: districts.name, year: targets.year, ...figures })
      .from(targets)
      .innerJoin(districts, eq(districts.id, targets.districtId))
      .where(eq(targets.year, year))
      .orderBy(asc(districts.sortOrder), asc(districts.id)),
  ]);
  const strip = ({ year: _year, ...row }: TargetRow & { year: number }): TargetRow => row;
  const groups = groupRows.map(strip);
  const city = groups.reduce<TargetFigures>(
    (sum, g) => ({
      projects: sum.projects + g.projects,
      signedInvestment: sum.signedInvestment + g.signedInvestment,
      fixedAsset: sum.fixedAsset + g.fixedAsset,
      fundsInPlace: sum.fundsInPlace + g.fundsInPlace,
    }),
    zero,
  );
  return { city, hasTargets: groups.length > 0, groups, districts: districtRows.map(strip) };
}

