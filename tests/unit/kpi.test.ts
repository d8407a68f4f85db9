import { describe, expect, it } from "vitest";
import { medianOfCounts, percentOfTarget } from "@/lib/domain/kpi";
import { bandOf } from "@/lib/domain/size-bands";

describe("report-card arithmetic", () => {
  it("puts amounts into the document's size bands (5亿 itself is 5亿 and over)", () => {
    expect(bandOf(9_999)).toBe("lt1");
    expect(bandOf(10_000)).toBe("1to5");
    expect(bandOf(49_999)).toBe("1to5");
    expect(bandOf(50_000)).toBe("5plus");
  });

  it("gives percent of target with one decimal, none without a target", () => {
    expect(percentOfTarget(309, 400)).toBe(77.3);
    expect(percentOfTarget(5, 0)).toBeNull();
    expect(percentOfTarget(5, null)).toBeNull();
  });

  it("takes the median of a histogram as of the values listed out", () => {
    expect(medianOfCounts([])).toBeNull();
    expect(medianOfCounts([{ value: 4, count: 0 }])).toBeNull();
    // 1, 3, 7
    expect(medianOfCounts([{ value: 7, count: 1 }, { value: 1, count: 1 }, { value: 3, count: 1 }])).toBe(3);
    // 1, 2, 3, 4
    expect(medianOfCounts([{ value: 4, count: 1 }, { value: 1, count: 1 }, { value: 3, count: 1 }, { value: 2, count: 1 }])).toBe(2.5);
    // 2, 2, 2, 9, 9: the middle falls inside the first bar
    expect(medianOfCounts([{ value: 9, count: 2 }, { value: 2, count: 3 }])).toBe(2);
    // 2, 2, 9, 9: the two middle values straddle two bars
    expect(medianOfCounts([{ value: 9, count: 2 }, { value: 2, count: 2 }])).toBe(5.5);
  });
});
