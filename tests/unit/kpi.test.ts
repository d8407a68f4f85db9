import { describe, expect, it } from "vitest";
import { median, percentOfTarget } from "@/lib/domain/kpi";
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

  it("takes the median", () => {
    expect(median([])).toBeNull();
    expect(median([7, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
