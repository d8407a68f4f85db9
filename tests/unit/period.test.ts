import { describe, expect, it } from "vitest";
import {
  lastDayOfMonth,
  monthPeriod,
  monthsOf,
  periodFromParams,
  periodLabel,
  periodOrYearToDate,
  periodParams,
  periodTitle,
  previousMonth,
  yearPeriod,
  yearToDate,
} from "@/lib/domain/period";

describe("calendar months", () => {
  it("knows the last day of a month, leap years included", () => {
    expect(lastDayOfMonth("2026-07")).toBe("2026-07-31");
    expect(lastDayOfMonth("2028-02")).toBe("2028-02-29");
    expect(lastDayOfMonth("2026-02-01")).toBe("2026-02-28");
    expect(lastDayOfMonth("2026-12-15")).toBe("2026-12-31");
  });

  it("knows the month before, across a new year", () => {
    expect(previousMonth("2026-07-15")).toBe("2026-06");
    expect(previousMonth("2026-01")).toBe("2025-12");
  });

  it("cuts a period into its months, in order, across a new year", () => {
    expect(monthsOf(monthPeriod("2026-05", "2026-07"))).toEqual(["2026-05", "2026-06", "2026-07"]);
    expect(monthsOf(monthPeriod("2025-11", "2026-02"))).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(monthsOf(yearPeriod(2026))).toHaveLength(12);
  });

  it("turns a month range into dates", () => {
    expect(monthPeriod("2026-01", "2026-07")).toMatchObject({ from: "2026-01-01", to: "2026-07-31" });
    expect(monthPeriod("2028-02", "2028-02")).toMatchObject({ from: "2028-02-01", to: "2028-02-29" });
  });
});

describe("names of a period", () => {
  it("names it as the report document does", () => {
    expect(periodLabel(monthPeriod("2026-01", "2026-07"))).toBe("1-7月");
    expect(periodLabel(monthPeriod("2026-07", "2026-07"))).toBe("7月");
    expect(periodLabel(yearPeriod(2025))).toBe("2025年");
    expect(periodLabel(monthPeriod("2025-11", "2026-02"))).toBe("2025年11月至2026年2月");
  });

  it("names the year once in a title", () => {
    expect(periodTitle(monthPeriod("2026-01", "2026-07"))).toBe("2026年1-7月");
    expect(periodTitle(yearPeriod(2025))).toBe("2025年");
    expect(periodTitle(monthPeriod("2025-11", "2026-02"))).toBe("2025年11月至2026年2月");
  });
});

describe("reporting period from the URL", () => {
  it("reads a year", () => {
    expect(periodFromParams({ year: "2016" }, "2026-11-27")).toEqual({
      from: "2016-01-01",
      to: "2016-12-31",
      kind: "year",
      year: 2016,
      fromMonth: "2016-01",
      toMonth: "2016-12",
    });
  });

  it("reads a range of months, both included, to the last day of the last month", () => {
    expect(periodFromParams({ from: "2016-01", to: "2016-07" }, "2026-11-27")).toMatchObject({ from: "2016-01-01", to: "2016-07-31", kind: "months" });
    expect(periodFromParams({ from: "2024-02", to: "2024-02" }, "2026-11-27")).toMatchObject({ from: "2024-02-01", to: "2024-02-29" });
    expect(periodFromParams({ from: "2025-11", to: "2026-02" }, "2026-11-27")).toMatchObject({ from: "2025-11-01", to: "2026-02-28", year: 2025 });
    // A reversed range is turned the right way round.
    expect(monthPeriod("2026-07", "2026-03")).toMatchObject({ from: "2026-03-01", to: "2026-07-31" });
  });

  it("prefers a full month range over a year, and falls back to the current year on anything else", () => {
    expect(periodFromParams({ year: "2020", from: "2021-03", to: "2021-04" }, "2026-11-27").kind).toBe("months");
    for (const params of [{}, { year: "abc" }, { year: "1850" }, { from: "2026-13", to: "2026-14" }, { from: "2026-01" }, { year: ["2019", "2020"] }]) {
      const period = periodFromParams(params, "2026-11-27");
      if (Array.isArray((params as { year?: unknown }).year)) expect(period.year).toBe(2019);
      else expect(period).toEqual(yearPeriod(2026));
    }
  });

  it("opens the report pages on January to this month when the URL names no period", () => {
    expect(periodOrYearToDate({}, "2026-07-15")).toEqual(yearToDate("2026-07-15"));
    expect(yearToDate("2026-07-15")).toMatchObject({ from: "2026-01-01", to: "2026-07-31", kind: "months" });
    expect(periodOrYearToDate({ year: "2025" }, "2026-07-15")).toEqual(yearPeriod(2025));
    expect(periodOrYearToDate({ from: "2026-03", to: "2026-04" }, "2026-07-15")).toEqual(monthPeriod("2026-03", "2026-04"));
  });

  it("writes the period back to search params", () => {
    expect(periodParams(yearPeriod(2026))).toEqual({ year: "2026" });
    expect(periodParams(monthPeriod("2026-01", "2026-07"))).toEqual({ from: "2026-01", to: "2026-07" });
  });
});
