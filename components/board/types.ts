// The board's data as its components share it: a card (one lead) and a column (one stage), as
// db/queries/leads/board.ts loads them. A card fetched as JSON ("加载更多") carries its date as a string.
import type { BoardCard } from "@/db/queries/leads/board";
import type { Stage } from "@/lib/domain/enums";

export type Card = Omit<BoardCard, "lastActivityAt"> & { lastActivityAt: Date | string };

export type Column = { stage: Stage; count: number; amount: number; leads: Card[]; nextCursor: string | null };
