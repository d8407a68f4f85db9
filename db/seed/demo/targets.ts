// Demo annual targets (年度目标) of this year: the city total (about 400 projects, 1,000亿元 signed,
// 560亿元 fixed-asset investment, 420亿元 funds in place) split over the task groups, and the same
// totals split over the districts. Deterministic: weights by position, no random numbers.
import { targets } from "../../schema";
import { count, type SeedContext, type Tx } from "./context";

const city = { projects: 400, signedInvestment: 10_000_000, fixedAsset: 5_600_000, fundsInPlace: 4_200_000 };

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
