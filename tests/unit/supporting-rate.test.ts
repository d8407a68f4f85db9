import { describe, expect, it } from "vitest";
import { formatRate, leafNodes, supportingRate, type ChainNodeForRate } from "@/lib/domain/supporting-rate";

const node = (id: number, parentId: number | null, presence: ChainNodeForRate["presence"]): ChainNodeForRate => ({
  id,
  parentId,
  presence,
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
    expect(formatRate(null)).toBe("—");
  });

  it("is 100% when every part is present and 0% when all are missing", () => {
    expect(supportingRate([node(1, null, "present"), node(2, null, "present")])).toBe(1);
    expect(supportingRate([node(1, null, "missing")])).toBe(0);
  });
});
