// The arithmetic of the report card (docs/domain.md, "The figures (KPIs) of a period"). Pure, unit-tested.
// Size bands live in lib/domain/size-bands.ts; periods and months in lib/domain/period.ts.

/** Share of a target reached, in percent with one decimal, or null when there is no target. */
export function percentOfTarget(actual: number, target: number | null | undefined): number | null {
  if (!target || target <= 0) return null;
  return Math.round((actual / target) * 1000) / 10;
}

/** Median of a list of numbers (the mean of the middle two for an even count), null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
