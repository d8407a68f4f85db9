// The pipeline's rules (DESIGN.md "The pipeline"): which moves are allowed and what each needs.
// Pure: no database, no framework, unit-tested in tests/unit/pipeline.test.ts.
import type { Stage } from "@/db/schema/enums";

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
};

export type MoveProblem = {
  field: "to" | "reason" | "signedOn" | "signedInvestment";
  /** Message key under "pipeline." in messages/*.json. */
  messageKey: "sameStage" | "fromDropped" | "reasonRequired" | "signedOnRequired" | "signedInvestmentRequired";
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
