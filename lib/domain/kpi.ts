// The arithmetic of the report card (docs/domain.md, "The figures (KPIs) of a period"). Pure, unit-tested.
// Size bands live in lib/domain/size-bands.ts; periods and months in lib/domain/period.ts.

/** Share of a target reached, in percent with one decimal, or null when there is no target. */
export function percentOfTarget(actual: number, target: number | null | undefined): number | null {
  if (!target || target <= 0) return null;
  return Math.round((actual / target) * 1000) / 10;
}

/** Median of values given with how often each occurs (a histogram), as the median of the values listed out
 * (the mean of the middle two for an even count); null when there are none. */
export function medianOfCounts(histogram: readonly { value: number; count: number }[]): number | null {
  const sorted = histogram.filter((h) => h.count > 0).toSorted((a, b) => a.value - b.value);
  const total = sorted.reduce((n, h) => n + h.count, 0);
  if (total === 0) return null;
  // The value at a 0-based position of the listed-out values.
  const at = (position: number) => {
    let seen = 0;
    for (const h of sorted) {
      seen += h.count;
      if (position < seen) return h.value;
    }
    return sorted[sorted.length - 1].value;
  };
  const mid = Math.floor(total / 2);
  return total % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}
