import { describe, expect, it } from "vitest";
import {
  checkStageMove,
  daysInStage,
  isBackward,
  isFutureDate,
  isSignedStage,
  needsReason,
  needsSigning,
  requirementsFor,
  undoableMove,
} from "@/lib/domain/pipeline";

describe("stage moves", () => {
  it("allows moving forward, also skipping stages, without a reason", () => {
    expect(checkStageMove({ from: "contact", to: "negotiating" })).toEqual([]);
    expect(checkStageMove({ from: "contact", to: "intent" })).toEqual([]);
  });

  it("needs a signing date and a positive amount to reach 签约 or later", () => {
    expect(checkStageMove({ from: "intent", to: "signed" }).map((p) => p.field)).toEqual(["signedOn", "signedInvestment"]);
    expect(checkStageMove({ from: "intent", to: "signed", signedOn: "2026-07-01", signedInvestment: 0 }).map((p) => p.field)).toEqual([
      "signedInvestment",
    ]);
    expect(checkStageMove({ from: "intent", to: "signed", signedOn: "2026-07-01", signedInvestment: 52_000 })).toEqual([]);
    expect(needsSigning("operating")).toBe(true);
    expect(needsSigning("intent")).toBe(false);
  });

  it("needs a reason to put on hold, drop or move back", () => {
    for (const [from, to] of [
      ["negotiating", "on_hold"],
      ["signed", "dropped"],
      ["intent", "negotiating"],
    ] as const) {
      expect(needsReason(from, to)).toBe(true);
      expect(checkStageMove({ from, to })).toContainEqual({ field: "reason", messageKey: "reasonRequired" });
      expect(checkStageMove({ from, to, reason: "  " })).toContainEqual({ field: "reason", messageKey: "reasonRequired" });
    }
    expect(checkStageMove({ from: "negotiating", to: "on_hold", reason: "企业资金链紧张，暂缓投资" })).toEqual([]);
    expect(isBackward("intent", "negotiating")).toBe(true);
    expect(isBackward("negotiating", "intent")).toBe(false);
    expect(isBackward("on_hold", "contact")).toBe(false);
  });

  it("resumes a lead on hold without a reason, reopens a dropped one only with one", () => {
    expect(checkStageMove({ from: "on_hold", to: "negotiating" })).toEqual([]);
    expect(checkStageMove({ from: "dropped", to: "contact" })).toContainEqual({ field: "reason", messageKey: "reasonRequired" });
    expect(checkStageMove({ from: "dropped", to: "contact", reason: "企业重新表达投资意向" })).toEqual([]);
    expect(checkStageMove({ from: "dropped", to: "on_hold", reason: "x" })).toContainEqual({ field: "to", messageKey: "fromDropped" });
  });

  it("refuses a move to the same stage", () => {
    expect(checkStageMove({ from: "intent", to: "intent" })).toEqual([{ field: "to", messageKey: "sameStage" }]);
  });
});

describe("days in stage", () => {
  it("counts whole days since the stage was entered", () => {
    const entered = new Date("2026-11-01T10:00:00Z");
    expect(daysInStage(entered, new Date("2026-11-01T23:00:00Z"))).toBe(0);
    expect(daysInStage(entered, new Date("2026-11-27T10:00:00Z"))).toBe(26);
    expect(daysInStage(entered, new Date("2026-10-01T00:00:00Z"))).toBe(0);
  });
});

describe("what a move asks for", () => {
  const lead = (stage: Parameters<typeof requirementsFor>[0]["stage"], signed = false) => ({
    stage,
    signedOn: signed ? "2026-03-01" : null,
    signedInvestment: signed ? 52_000 : null,
  });

  it("asks for the signing date and amount when a lead reaches 签约, and nothing else", () => {
    expect(requirementsFor(lead("intent"), "signed")).toEqual({ reason: false, signing: true });
    expect(requirementsFor(lead("contact"), "started")).toEqual({ reason: false, signing: true });
  });

  it("keeps the signing data of a signed lead moving on to 开工 and 投产", () => {
    expect(requirementsFor(lead("signed", true), "started")).toEqual({ reason: false, signing: false });
    expect(requirementsFor(lead("started", true), "operating")).toEqual({ reason: false, signing: false });
    // Signed stage without its data (an import gone wrong): ask again.
    expect(requirementsFor(lead("signed"), "started")).toEqual({ reason: false, signing: true });
  });

  it("asks for a reason to put on hold, drop or move back, and asks afresh when a dropped lead is signed", () => {
    expect(requirementsFor(lead("negotiating"), "on_hold")).toEqual({ reason: true, signing: false });
    expect(requirementsFor(lead("signed", true), "dropped")).toEqual({ reason: true, signing: false });
    expect(requirementsFor(lead("inspecting"), "contact")).toEqual({ reason: true, signing: false });
    expect(requirementsFor(lead("dropped", true), "signed")).toEqual({ reason: true, signing: true });
    expect(requirementsFor(lead("contact"), "negotiating")).toEqual({ reason: false, signing: false });
  });

  it("offers 撤销 for a bare move only, whose move back leaves nothing half-written", () => {
    // Forward along the main line, and on from 签约 with the signing kept: back again with the board's reason.
    expect(undoableMove(lead("contact"), "negotiating")).toBe(true);
    expect(undoableMove(lead("contact"), "intent")).toBe(true);
    expect(undoableMove(lead("signed", true), "started")).toBe(true);
    // Out of 搁置 onto the main line asks for nothing; back to 搁置 takes the board's reason.
    expect(undoableMove(lead("on_hold"), "negotiating")).toBe(true);
    // Moves that asked for a reason or signing data went through the dialog: no 撤销.
    expect(undoableMove(lead("intent"), "signed")).toBe(false);
    expect(undoableMove(lead("negotiating"), "contact")).toBe(false);
    expect(undoableMove(lead("negotiating"), "on_hold")).toBe(false);
    expect(undoableMove(lead("negotiating"), "dropped")).toBe(false);
    expect(undoableMove(lead("dropped"), "contact")).toBe(false);
    expect(undoableMove(lead("signed"), "started")).toBe(false);
    expect(undoableMove(lead("contact"), "contact")).toBe(false);
  });

  it("refuses a signing date after today", () => {
    const move = { from: "intent" as const, to: "signed" as const, signedInvestment: 10_000, today: "2026-11-27" };
    expect(checkStageMove({ ...move, signedOn: "2026-11-28" })).toEqual([{ field: "signedOn", messageKey: "signedOnFuture" }]);
    expect(checkStageMove({ ...move, signedOn: "2026-11-27" })).toEqual([]);
    expect(isFutureDate("2026-11-28", "2026-11-27")).toBe(true);
    expect(isSignedStage("operating")).toBe(true);
    expect(isSignedStage("on_hold")).toBe(false);
  });
});
