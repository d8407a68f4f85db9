import { describe, expect, it } from "vitest";
import { formatDate, formatDateRange, formatDateTime, formatMoney, formatMoneyExact, formatMoneyFigure, formatYi, parseWanInput, toIsoDate } from "@/lib/format";

describe("money", () => {
  it("shows integer 万元 as 亿元 with two decimals", () => {
    expect(formatYi(3_247_000)).toBe("324.70");
    expect(formatYi(12_345)).toBe("1.23");
    expect(formatYi(12_350)).toBe("1.24");
    expect(formatYi(50)).toBe("0.01");
    expect(formatYi(49)).toBe("0.00");
    expect(formatYi(0)).toBe("0.00");
    expect(formatYi(123_456_789)).toBe("12,345.68");
    expect(formatYi(-12_345)).toBe("-1.23");
    expect(formatYi(null)).toBe("—");
  });
});

describe("one money format", () => {
  it("reads in 亿元 in Chinese and in bn or m CNY in English, never mixing the two", () => {
    expect(formatMoney(110_000, "zh-CN")).toBe("11.00 亿元");
    expect(formatMoney(110_000, "en")).toBe("1.10 bn CNY");
    expect(formatMoney(1_100_000, "en")).toBe("11.00 bn CNY");
    expect(formatMoney(3_500, "en")).toBe("35.0 m CNY");
    expect(formatMoney(99_999, "en")).toBe("1.00 bn CNY");
    expect(formatMoney(99_994, "en")).toBe("999.9 m CNY");
    expect(formatMoney(123_456_789, "en")).toBe("1,234.57 bn CNY");
    expect(formatMoney(-3_500, "en")).toBe("-35.0 m CNY");
    expect(formatMoney(null, "en")).toBe("—");
    expect(formatMoneyFigure(12_345, "zh-CN")).toBe("1.23");
    expect(formatMoneyFigure(12_345, "en")).toBe("123.5 m");
  });
});

describe("money as typed", () => {
  it("keeps the exact figure of a record beside its read form, in each language's own unit", () => {
    expect(formatMoneyExact(52_000, "zh-CN")).toBe("5.20 亿元（52,000 万元）");
    expect(formatMoneyExact(52_000, "en")).toBe("520 m CNY");
    expect(formatMoneyExact(505, "en")).toBe("5.05 m CNY");
    expect(formatMoneyExact(510, "en")).toBe("5.1 m CNY");
    expect(formatMoneyExact(123_456, "en")).toBe("1,234.56 m CNY");
    expect(formatMoneyExact(null, "en")).toBe("—");
    expect(formatMoneyExact(52_000, "en")).not.toMatch(/[亿万]/);
  });

  it("reads what a 万元 field holds: whole numbers, separators allowed, nothing else", () => {
    expect(parseWanInput("12,345")).toBe(12_345);
    expect(parseWanInput(" 12345 ")).toBe(12_345);
    expect(parseWanInput(880)).toBe(880);
    expect(parseWanInput("")).toBeNull();
    expect(parseWanInput("1.5")).toBeNull();
    expect(parseWanInput("-3")).toBeNull();
    expect(parseWanInput("abc")).toBeNull();
    expect(parseWanInput(undefined)).toBeNull();
    expect(parseWanInput(-1)).toBeNull();
  });
});

describe("dates", () => {
  it("writes dates as people in China do, and plainly in English", () => {
    expect(formatDate("2026-04-25", "zh-CN")).toBe("2026年4月25日");
    expect(formatDate("2026-04-25", "en")).toBe("25 Apr 2026");
    expect(formatDate(null, "zh-CN")).toBe("—");
  });

  it("shortens a range within one month", () => {
    expect(formatDateRange("2026-04-23", "2026-04-25", "zh-CN")).toBe("2026年4月23日—25日");
    expect(formatDateRange("2026-04-30", "2026-05-02", "zh-CN")).toBe("2026年4月30日 — 2026年5月2日");
    expect(formatDateRange("2026-04-23", "2026-04-23", "zh-CN")).toBe("2026年4月23日");
  });

  it("uses China's time zone for the calendar day and the time", () => {
    const lateEveningUtc = new Date("2026-11-26T17:30:00Z"); // 01:30 on the 27th in Beijing
    expect(toIsoDate(lateEveningUtc)).toBe("2026-11-27");
    expect(formatDateTime(lateEveningUtc, "zh-CN")).toBe("2026年11月27日 01:30");
  });
});
