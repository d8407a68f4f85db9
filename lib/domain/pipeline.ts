// The pipeline's rules (docs/domain.md, "The life of a lead"): which moves are allowed and what each needs.
// Pure: no database, no framework, unit-tested in tests/unit/pipeline.test.ts.
import type { Stage } from "@/lib/domain/enums";

/** The main line, in order. on_hold and dropped stand beside it. */
export const mainLine: readonly Stage[] = ["contact", "negotiating", "inspecting", "intent", "signed", "started", "operating"];

const rank = (stage: Stage) => mainLine.indexOf(stage);

export type StageMove = {
  from: Stage;
  to: Stage;
  /** Why: needed for on_hold, dropped and any move back along the main line. */
  reason?: string | null;
  /** Needed when the lead reaches signed (or later) without them. */
  signedOn?: string | null;
  signedInvestment?: number | null;
  /** Today in China (YYYY-MM-DD): when given, a signing date after it is refused. */
  today?: string;
};

export type MoveProblem = {
  field: "to" | "reason" | "signedOn" | "signedInvestment";
  /** Message key under "pipeline." in messages/*.json. */
  messageKey:
    | "sameStage"
    | "fromDropped"
    | "reasonRequired"
    | "signedOnRequired"
    | "signedOnFuture"
    | "signedInvestmentRequired";
};

/** True when the move goes back along the main line (e.g. 意向 → 洽谈), which needs a reason. */
export function isBackward(from: Stage, to: Stage): boolean {
  return rank(from) >= 0 && rank(to) >= 0 && rank(to) < rank(from);
}

export function needsReason(from: Stage, to: Stage): boolean {
  return to === "on_hold" || to === "dropped" || isBackward(from, to) || from === "dropped";
}

/** Signed and later stages need the signing date and the signed amount. */
export function needsSigning(to: Stage): boolean {
  return rank(to) >= rank("signed");
}

/**
 * Checks one move. Any forward jump along the main line is allowed (a lead may skip stages);
 * moving back, putting on hold and dropping need a reason; a dropped lead may only be reopened
 * onto the main line, with a reason.
 */
export function checkStageMove(move: StageMove): MoveProblem[] {
  const problems: MoveProblem[] = [];
  if (move.from === move.to) return [{ field: "to", messageKey: "sameStage" }];
  if (move.from === "dropped" && move.to === "on_hold") problems.push({ field: "to", messageKey: "fromDropped" });
  if (needsReason(move.from, move.to) && !move.reason?.trim()) problems.push({ field: "reason", messageKey: "reasonRequired" });
  if (needsSigning(move.to)) {
    if (!move.signedOn) problems.push({ field: "signedOn", messageKey: "signedOnRequired" });
    else if (move.today && isFutureDate(move.signedOn, move.today)) problems.push({ field: "signedOn", messageKey: "signedOnFuture" });
    if (move.signedInvestment === null || move.signedInvestment === undefined || move.signedInvestment <= 0) {
      problems.push({ field: "signedInvestment", messageKey: "signedInvestmentRequired" });
    }
  }
  return problems;
}

/** Whole days a lead has spent in its stage, counted from the moment it entered it. */
export function daysInStage(stageEnteredAt: Date, now: Date): number {
  return Math.max(0, Math.floor((+now - +stageEnteredAt) / 86_400_000));
}

/**
 * The furthest stage of the main line a lead has reached once it is at `to`, given the furthest it
 * had reached before (null: never on the main line). The funnel counts leads by it.
 */
export function furthestStage(before: Stage | null, to: Stage): Stage | null {
  if (rank(to) < 0) return before;
  return before !== null && rank(before) >= rank(to) ? before : to;
}

/** Stages at or after signing. */
export const isSignedStage = (stage: Stage) => rank(stage) >= rank("signed");

/** What the person moving a lead must give for this move (the dialog asks for exactly these). */
export type MoveRequirements = { reason: boolean; signing: boolean };

/**
 * A lead already signed keeps its signing date and amount when it moves on to 开工/投产; any lead
 * reaching 签约 (or later) from before signing must state them afresh.
 */
export function requirementsFor(
  lead: { stage: Stage; signedOn: string | null; signedInvestment: number | null },
  to: Stage,
): MoveRequirements {
  const hasSigning = isSignedStage(lead.stage) && Boolean(lead.signedOn) && (lead.signedInvestment ?? 0) > 0;
  return { reason: needsReason(lead.stage, to), signing: needsSigning(to) && !hasSigning };
}

/** A signing date may not lie after today (the day in China, YYYY-MM-DD). */
export function isFutureDate(isoDate: string, today: string): boolean {
  return isoDate > today;
}

/**
 * Whether a move made on the board may be undone from its notice (撤销). Only a bare move is:
 * one that asked for nothing (no reason, no signing data), so that the move back, a real move
 * with a reason the board gives, leaves nothing half-written (no signing date or amount, no
 * stage reason of the person's own). A move that asked for a reason or for signing goes through
 * the dialog and is corrected by another move, with its own reason.
 */
export function undoableMove(
  lead: { stage: Stage; signedOn: string | null; signedInvestment: number | null },
  to: Stage,
): boolean {
  if (lead.stage === to) return false;
  const there = requirementsFor(lead, to);
  if (there.reason || there.signing) return false;
  const moved = { ...lead, stage: to };
  if (requirementsFor(moved, lead.stage).signing) return false;
  return checkStageMove({ from: to, to: lead.stage, reason: "undo", signedOn: lead.signedOn, signedInvestment: lead.signedInvestment }).length === 0;
}
