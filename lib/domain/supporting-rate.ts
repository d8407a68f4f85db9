// 配套率 (local supporting rate) of an industry chain:
//   present leaf parts + ½ × partly present leaf parts, over all leaf parts.
// A part that a linked lead has brought to 签约 or later counts as present (the gap is filled),
// whatever was recorded for it. A segment's rate uses the leaves under it. A chain with no leaf
// parts has no rate (null), not 0%.
import type { ChainPresence, Stage } from "@/lib/domain/enums";
import { signedStages } from "./stages";

export type ChainNodeForRate = {
  id: number;
  parentId: number | null;
  presence: ChainPresence;
  /** A lead linked to this part is at 签约 or later. */
  covered?: boolean;
};

/** Whether a lead at this stage fills the part it is linked to. */
export const coversNode = (stage: Stage): boolean => signedStages.includes(stage);

/** The presence that counts for the rate: a covered part is present. */
export function effectivePresence(node: Pick<ChainNodeForRate, "presence" | "covered">): ChainPresence {
  return node.covered ? "present" : node.presence;
}

export function leafNodes<N extends ChainNodeForRate>(nodes: readonly N[]): N[] {
  const parents = new Set(nodes.map((n) => n.parentId).filter((id): id is number => id !== null));
  return nodes.filter((n) => !parents.has(n.id));
}

/** The figures the formula is written with, so the page can show the arithmetic as well as the result. */
export type RateBreakdown = {
  leaves: number;
  /** Leaves counting as present, the covered ones included. */
  present: number;
  partial: number;
  missing: number;
  /** Leaves recorded as missing or partly present that a signed lead has filled. */
  covered: number;
  rate: number | null;
};

function breakdownOfLeaves(leaves: readonly ChainNodeForRate[]): RateBreakdown {
  const out: RateBreakdown = { leaves: leaves.length, present: 0, partial: 0, missing: 0, covered: 0, rate: null };
  for (const leaf of leaves) {
    out[effectivePresence(leaf)] += 1;
    if (leaf.covered && leaf.presence !== "present") out.covered += 1;
  }
  // Count in halves so the sum stays an integer.
  if (out.leaves > 0) out.rate = (out.present * 2 + out.partial) / (out.leaves * 2);
  return out;
}

export function rateBreakdown(nodes: readonly ChainNodeForRate[]): RateBreakdown {
  return breakdownOfLeaves(leafNodes(nodes));
}

/** The rate as a fraction 0–1, or null when there are no leaf parts. */
export function supportingRate(nodes: readonly ChainNodeForRate[]): number | null {
  return rateBreakdown(nodes).rate;
}

/** The ids of a node and of every node below it. */
export function subtreeIds(nodes: readonly ChainNodeForRate[], rootId: number): Set<number> {
  const ids = new Set([rootId]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const n of nodes) {
      if (n.parentId !== null && ids.has(n.parentId) && !ids.has(n.id)) {
        ids.add(n.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** The breakdown of each top-level segment, over the leaves under it (a segment without parts is its own leaf). */
export function segmentBreakdowns(nodes: readonly ChainNodeForRate[]): Map<number, RateBreakdown> {
  const leaves = leafNodes(nodes);
  const out = new Map<number, RateBreakdown>();
  for (const segment of nodes.filter((n) => n.parentId === null)) {
    const ids = subtreeIds(nodes, segment.id);
    out.set(segment.id, breakdownOfLeaves(leaves.filter((leaf) => ids.has(leaf.id))));
  }
  return out;
}

export function formatRate(rate: number | null): string {
  return rate === null ? "—" : `${Math.round(rate * 1000) / 10}%`;
}
