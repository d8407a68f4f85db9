// The size bands of the city's reports (docs/domain.md, "The figures (KPIs) of a period"): under 1亿,
// 1–5亿 (5亿 not included), 5亿 and over. Amounts are integer 万元; a lead is measured by its signed amount once
// signed, by its planned amount before.
export const sizeBands = ["lt1", "1to5", "5plus"] as const;
export type SizeBand = (typeof sizeBands)[number];

/** [from, to) in 万元; null: open. 1亿 = 10,000万. */
export const bandRanges: Record<SizeBand, [number | null, number | null]> = {
  lt1: [null, 10_000],
  "1to5": [10_000, 50_000],
  "5plus": [50_000, null],
};

export function bandOf(wan: number | null | undefined): SizeBand | null {
  if (wan === null || wan === undefined) return null;
  for (const band of sizeBands) {
    const [from, to] = bandRanges[band];
    if ((from === null || wan >= from) && (to === null || wan < to)) return band;
  }
  return null;
}

/** The amount a lead is measured by. */
export const measuredAmount = (lead: { plannedInvestment: number | null; signedInvestment: number | null }) =>
  lead.signedInvestment ?? lead.plannedInvestment;
