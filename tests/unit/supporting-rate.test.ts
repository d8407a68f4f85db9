import { describe, expect, it } from "vitest";
import { stages } from "@/lib/domain/enums";
import {
  coversNode,
  effectivePresence,
  formatRate,
  leafNodes,
  rateBreakdown,
  segmentBreakdowns,
  subtreeIds,
  supportingRate,
  type ChainNodeForRate,
} from "@/lib/domain/supporting-rate";

const node = (id: number, parentId: number | null, presence: ChainNodeForRate["presence"], covered = false): ChainNodeForRate => ({
  id,
  parentId,
  presence,
  covered,
});

describe("supporting rate (配套率)", () => {
  it("counts only leaf parts, partly present as half", () => {
    const chain = [
      node(1, null, "partial"), // segment: not counted itself
      node(2, 1, "present"),
      node(3, 1, "partial"),
      node(4, 1, "missing"),
      node(5, null, "missing"), // segment without parts is a leaf
    ];
    expect(leafNodes(chain).map((n) => n.id)).toEqual([2, 3, 4, 5]);
    expect(supportingRate(chain)).toBe((1 + 0.5) / 4);
    expect(formatRate(supportingRate(chain))).toBe("37.5%");
  });

  it("has no rate for an empty chain, rather than 0%", () => {
    expect(supportingRate([])).toBeNull();
    expect(rateBreakdown([])).toEqual({ leaves: 0, present: 0, partial: 0, missing: 0, covered: 0, rate: null });
    expect(formatRate(null)).toBe("—");
  });

  it("is 100% when every part is present and 0% when all are missing", () => {
    expect(supportingRate([node(1, null, "present"), node(2, null, "present")])).toBe(1);
    expect(supportingRate([node(1, null, "missing")])).toBe(0);
  });

  it("counts a part with a lead at 签约 or later as present", () => {
    const before = [node(1, null, "present"), node(2, 1, "missing"), node(3, 1, "partial"), node(4, 1, "present")];
    expect(supportingRate(before)).toBe((1 + 0.5) / 3);
    const missingFilled = before.map((n) => (n.id === 2 ? { ...n, covered: true } : n));
    expect(supportingRate(missingFilled)).toBe((2 + 0.5) / 3);
    const partialFilled = before.map((n) => (n.id === 3 ? { ...n, covered: true } : n));
    expect(supportingRate(partialFilled)).toBe(2 / 3);
    expect(rateBreakdown(missingFilled)).toEqual({ leaves: 3, present: 2, partial: 1, missing: 0, covered: 1, rate: 2.5 / 3 });
    // A present part stays present and is not counted as filled by a lead.
    const presentCovered = before.map((n) => (n.id === 4 ? { ...n, covered: true } : n));
    expect(rateBreakdown(presentCovered).covered).toBe(0);
    expect(supportingRate(presentCovered)).toBe(supportingRate(before));
  });

  it("marks a part covered only from 签约 on", () => {
    expect(stages.filter(coversNode)).toEqual(["signed", "started", "operating"]);
    expect(effectivePresence({ presence: "missing", covered: true })).toBe("present");
    expect(effectivePresence({ presence: "partial" })).toBe("partial");
  });

  it("gives each segment the rate of the parts under it", () => {
    const chain = [
      node(1, null, "partial"),
      node(11, 1, "present"),
      node(12, 1, "missing", true),
      node(13, 1, "missing"),
      node(14, 1, "partial"),
      node(2, null, "present"),
      node(21, 2, "present"),
      node(3, null, "missing"), // no parts yet: the segment is its own leaf
    ];
    const segments = segmentBreakdowns(chain);
    expect([...segments.keys()]).toEqual([1, 2, 3]);
    expect(segments.get(1)).toEqual({ leaves: 4, present: 2, partial: 1, missing: 1, covered: 1, rate: 2.5 / 4 });
    expect(segments.get(2)?.rate).toBe(1);
    expect(segments.get(3)).toMatchObject({ leaves: 1, missing: 1, rate: 0 });
    // The chain's rate is over all leaves, not the mean of the segment rates.
    expect(supportingRate(chain)).toBe(3.5 / 6);
    expect(formatRate(supportingRate(chain))).toBe("58.3%");
  });

  it("finds every node under a segment, however deep", () => {
    const chain = [node(1, null, "present"), node(2, 1, "present"), node(3, 2, "missing"), node(4, null, "present")];
    expect([...subtreeIds(chain, 1)].sort()).toEqual([1, 2, 3]);
    expect(segmentBreakdowns(chain).get(1)?.leaves).toBe(1);
  });
});
