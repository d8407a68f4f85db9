import { describe, expect, it } from "vitest";
import { checkStageMove, daysInStage, isBackward, needsReason, needsSigning } from "@/lib/domain/pipeline";

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
