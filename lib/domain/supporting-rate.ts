// 配套率 (local supporting rate) of an industry chain:
//   present leaf parts + ½ × partly present leaf parts, over all leaf parts.
// A segment's rate uses the leaves under it. A chain with no leaf parts has no rate (null), not 0%.
import type { ChainPresence } from "@/db/schema/enums";

export type ChainNodeForRate = { id: number; parentId: number | null; presence: ChainPresence };

const weight: Record<ChainPresence, number> = { present: 1, partial: 0.5, missing: 0 };

export function leafNodes<N extends ChainNodeForRate>(nodes: readonly N[]): N[] {
  const parents = new Set(nodes.map((n) => n.parentId).filter((id): id is number => id !== null));
  return nodes.filter((n) => !parents.has(n.id));
}

/** The rate as a fraction 0–1, or null when there are no leaf parts. */
export function supportingRate(nodes: readonly ChainNodeForRate[]): number | null {
  const leaves = leafNodes(nodes);
  if (leaves.length === 0) return null;
  // Count in halves so the sum stays an integer.
  const halves = leaves.reduce((total, leaf) => total + weight[leaf.presence] * 2, 0);
  return halves / (leaves.length * 2);
}

export function formatRate(rate: number | null): string {
  return rate === null ? "—" : `${Math.round(rate * 1000) / 10}%`;
}
