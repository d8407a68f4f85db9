// What the cockpit's month-by-month chart draws. A month not reported yet is not a zero: a month
// after today's month has no figures at all, and a month whose monthly figures (fixed-asset
// investment, funds in place) nobody has reported has none of those. Both are null, drawn as a gap.

export type TrendMonth = {
  /** YYYY-MM */
  month: string;
  introduced: number;
  signedInvestment: number;
  fixedAsset: number;
  fundsInPlace: number;
  /** Whether any monthly figures were reported for the month (within the viewer's scope). */
  reported: boolean;
};

export type TrendPoints = {
  introduced: (number | null)[];
  signedInvestment: (number | null)[];
  fixedAsset: (number | null)[];
  fundsInPlace: (number | null)[];
};

/** The chart's values per month, null where nothing can be said yet; `today` is YYYY-MM-DD. */
export function trendPoints(months: readonly TrendMonth[], today: string): TrendPoints {
  const current = today.slice(0, 7);
  const points: TrendPoints = { introduced: [], signedInvestment: [], fixedAsset: [], fundsInPlace: [] };
  for (const m of months) {
    const future = m.month > current;
    points.introduced.push(future ? null : m.introduced);
    points.signedInvestment.push(future ? null : m.signedInvestment);
    points.fixedAsset.push(future || !m.reported ? null : m.fixedAsset);
    points.fundsInPlace.push(future || !m.reported ? null : m.fundsInPlace);
  }
  return points;
}
