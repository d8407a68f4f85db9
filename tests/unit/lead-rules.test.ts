import { describe, expect, it } from "vitest";
import { csvField, csvLine, toCsv, utf8Bom, attachment } from "@/lib/export/csv";
import { bandOf, measuredAmount } from "@/lib/domain/size-bands";
import { daysSince, defaultStaleLimits, isStale, staleCutoff } from "@/lib/domain/stale";

describe("stale leads", () => {
  const now = new Date("2026-11-27T02:00:00Z");
  const daysAgo = (d: number) => new Date(+now - d * 86_400_000);

  it("marks a lead stale after its stage's limit, 30 days by default, never a dropped one", () => {
    expect(defaultStaleLimits.negotiating).toBe(30);
    expect(defaultStaleLimits.dropped).toBeNull();
    expect(isStale({ stage: "negotiating", lastActivityAt: daysAgo(31) }, defaultStaleLimits, now)).toBe(true);
    expect(isStale({ stage: "negotiating", lastActivityAt: daysAgo(29) }, defaultStaleLimits, now)).toBe(false);
    expect(isStale({ stage: "dropped", lastActivityAt: daysAgo(400) }, defaultStaleLimits, now)).toBe(false);
  });

  it("uses the limit set for the stage", () => {
    const limits = { ...defaultStaleLimits, operating: 90 };
    expect(isStale({ stage: "operating", lastActivityAt: daysAgo(60) }, limits, now)).toBe(false);
    expect(isStale({ stage: "operating", lastActivityAt: daysAgo(91) }, limits, now)).toBe(true);
    expect(staleCutoff(limits, "operating", now)).toEqual(daysAgo(90));
    expect(daysSince(daysAgo(12), now)).toBe(12);
  });
});

describe("size bands", () => {
  it("puts 1亿 in 1–5亿 and 5亿 in 5亿 and over", () => {
    expect(bandOf(9_999)).toBe("lt1");
    expect(bandOf(10_000)).toBe("1to5");
    expect(bandOf(49_999)).toBe("1to5");
    expect(bandOf(50_000)).toBe("5plus");
    expect(bandOf(null)).toBeNull();
  });

  it("measures a signed lead by its signed amount, others by the planned one", () => {
    expect(measuredAmount({ plannedInvestment: 60_000, signedInvestment: 48_000 })).toBe(48_000);
    expect(measuredAmount({ plannedInvestment: 60_000, signedInvestment: null })).toBe(60_000);
  });
});

describe("CSV for Excel", () => {
  it("starts with a byte-order mark and ends lines with CRLF", () => {
    const csv = toCsv(["项目名称", "计划投资（万元）"], [["锂电池项目", 50_000]]);
    expect(csv.startsWith(utf8Bom)).toBe(true);
    expect(csv).toBe(`${utf8Bom}项目名称,计划投资（万元）\r\n锂电池项目,50000\r\n`);
  });

  it("quotes commas, quotes and line breaks, leaves empty values empty", () => {
    expect(csvField('华蓥市"芯片",封装')).toBe('"华蓥市""芯片"",封装"');
    expect(csvField("第一行\n第二行")).toBe('"第一行\n第二行"');
    expect(csvLine([null, undefined, 0])).toBe(",,0\r\n");
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField(-5)).toBe("-5");
  });

  it("names the file in Chinese with a plain fallback", () => {
    expect(attachment("招商项目.csv", "leads.csv")).toBe(`attachment; filename="leads.csv"; filename*=UTF-8''${encodeURIComponent("招商项目.csv")}`);
  });
});
