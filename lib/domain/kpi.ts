// The arithmetic of the report card (DESIGN.md "Money and KPIs"). Pure, unit-tested.

// Size bands live in lib/domain/size-bands.ts (one definition for the filters and the figures).

/** A reporting period: months fromMonth..toMonth (1–12) of one year. */
export type Period = { year: number; fromMonth: number; toMonth: number };

export function periodBounds(period: Period): { from: string; to: string } {
  const pad = (n: number) => String(n).padStart(2, "0");
  const lastDay = new Date(Date.UTC(period.year, period.toMonth, 0)).getUTCDate();
  return {
    from: `${period.year}-${pad(period.fromMonth)}-01`,
    to: `${period.year}-${pad(period.toMonth)}-${pad(lastDay)}`,
  };
}

/** Months of the period as "YYYY-MM", in order. */
export function periodMonths(period: Period): string[] {
  const months: string[] = [];
  for (let m = period.fromMonth; m <= period.toMonth; m++) months.push(`${period.year}-${String(m).padStart(2, "0")}`);
  return months;
}

/** "1-7月" as the document writes it; "7月" for a single month. */
export function periodLabel(period: Period): string {
  return period.fromMonth === period.toMonth ? `${period.toMonth}月` : `${period.fromMonth}-${period.toMonth}月`;
}

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
