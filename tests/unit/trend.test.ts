import { describe, expect, it } from "vitest";
import { trendPoints, type TrendMonth } from "@/lib/domain/trend";

const month = (m: string, values: Partial<TrendMonth> = {}): TrendMonth => ({ month: m, introduced: 0, signedInvestment: 0, fixedAsset: 0, fundsInPlace: 0, reported: false, ...values });

describe("the cockpit's month-by-month points", () => {
  it("draws no zero for a month still to come or, for the monthly figures, not reported yet", () => {
    const points = trendPoints(
      [
        month("2026-01", { introduced: 3, signedInvestment: 12_000, fixedAsset: 500, fundsInPlace: 300, reported: true }),
        // Reported, and every figure a real zero.
        month("2026-02", { reported: true }),
        // Nothing signed (a real zero) and no monthly figures reported (a gap).
        month("2026-03"),
        // The current month: its signings so far; its figures are not in.
        month("2026-04", { introduced: 1, signedInvestment: 800 }),
        month("2026-05"),
      ],
      "2026-04-15",
    );
    expect(points).toEqual({
      introduced: [3, 0, 0, 1, null],
      signedInvestment: [12_000, 0, 0, 800, null],
      fixedAsset: [500, 0, null, null, null],
      fundsInPlace: [300, 0, null, null, null],
    });
  });

  it("reads a period across a new year by its months, not by their number", () => {
    const points = trendPoints([month("2025-12", { reported: true, fixedAsset: 7 }), month("2026-01", { reported: true, fixedAsset: 9 }), month("2026-02", { reported: true })], "2026-01-31");
    expect(points.fixedAsset).toEqual([7, 9, null]);
  });
});
