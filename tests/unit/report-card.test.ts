import { describe, expect, it } from "vitest";
import { reportSentence } from "@/lib/domain/report-card";
import { monthPeriod } from "@/lib/domain/period";

describe("report card sentence", () => {
  // How the document names the period is tested with the period (tests/unit/period.test.ts).
  it("writes the figures in the document's style, amounts in 亿元 with two decimals", () => {
    const text = reportSentence(monthPeriod("2026-01", "2026-07"), {
      introduced: 309,
      from1to5: 82,
      over5: 16,
      fixedAsset: 3_247_000,
      fundsInPlace: 24_200_000,
      leaderTrips: 70,
    });
    expect(text).toBe(
      "1-7月，全市共引进重大项目309个，其中投资1-5亿元（不含）项目82个、5亿元以上项目16个，招商项目完成固定资产投资324.70亿元，完成国内省外到位资金2420.00亿元，市党政主要领导率队开展项目考察对接活动70场次。",
    );
  });
});
