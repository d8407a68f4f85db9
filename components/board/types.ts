// The board's data as its components share it: a card (one lead) and a column (one stage), as
// db/queries/leads/board.ts loads them. A card fetched as JSON ("加载更多") carries its date as a string.
import type { BoardCard } from "@/db/queries/leads/board";
import type { Stage } from "@/lib/domain/enums";

export type Card = Omit<BoardCard, "lastActivityAt"> & { lastActivityAt: Date | string };

export type Column = { stage: Stage; count: number; amount: number; leads: Card[]; nextCursor: string | null };

/** The columns beside the main line, folded to their name and count until opened. */
export const foldableStages: readonly Stage[] = ["on_hold", "dropped"];

/** The folded columns opened in the URL (?open=on_hold,dropped). */
export function openStagesOf(value: string | string[] | undefined): Stage[] {
  const text = Array.isArray(value) ? value.join(",") : (value ?? "");
  return foldableStages.filter((stage) => text.split(",").includes(stage));
}
