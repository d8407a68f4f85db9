// Demo annual targets (年度目标) of this year, sized to the demo city's leads so that the cockpit reads
// like a year on track: the city total (48 projects, 110亿元 signed, 40亿元 fixed-asset investment,
// 38亿元 funds in place) split over the task groups, and the same totals split over the districts. Deterministic: weights by position, no random numbers.
import { targets } from "../../schema";
import { count, type SeedContext, type Tx } from "./context";

const city = { projects: 48, signedInvestment: 1_100_000, fixedAsset: 400_000, fundsInPlace: 380_000 };

/** Splits a whole number over weights, the rounding remainder going to the first rows. */
export function splitByWeights(total: number, weights: readonly number[], step = 1): number[] {
  const sum = weights.reduce((n, w) => n + w, 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum / step) * step);
  let rest = total - parts.reduce((n, p) => n + p, 0);
  for (let i = 0; rest >= step; i = (i + 1) % parts.length, rest -= step) parts[i] += step;
  return parts;
}

function rows(ids: number[], key: "taskGroupId" | "districtId", year: number, now: Date) {
  // Earlier groups and districts (the leading industries, the urban districts) carry more weight.
  const weights = ids.map((_, i) => 3 + ((ids.length - i) % 4));
  const projects = splitByWeights(city.projects, weights);
  const signed = splitByWeights(city.signedInvestment, weights, 100);
  const fixed = splitByWeights(city.fixedAsset, weights, 100);
  const funds = splitByWeights(city.fundsInPlace, weights, 100);
  return ids.map((id, i) => ({
    year,
    [key]: id,
    projects: projects[i],
    signedInvestment: signed[i],
    fixedAsset: fixed[i],
    fundsInPlace: funds[i],
    createdAt: now,
    updatedAt: now,
  }));
}

export async function seedTargets(tx: Tx, ctx: SeedContext): Promise<void> {
  const groupRows = rows(Array.from(ctx.groups, ([, id]) => id), "taskGroupId", ctx.thisYear, ctx.now);
  const districtRows = rows(Array.from(ctx.districts, ([, id]) => id), "districtId", ctx.thisYear, ctx.now);
  await tx.insert(targets).values([...groupRows, ...districtRows]);
  count(ctx, "targets", groupRows.length + districtRows.length);
}
