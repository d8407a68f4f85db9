// The board's data as its components share it: a card (one lead) and a column (one stage).
import type { Stage } from "@/lib/domain/enums";

export type Card = {
  id: number;
  name: string;
  companyName: string;
  taskGroupId: number;
  groupName: string;
  ownerId: number;
  ownerName: string;
  stage: Stage;
  plannedInvestment: number | null;
  signedInvestment: number | null;
  signedOn: string | null;
  lastActivityAt: Date | string;
  version: number;
  isStale: boolean;
  canMove: boolean;
};

export type Column = { stage: Stage; count: number; amount: number; leads: Card[]; nextCursor: string | null };
