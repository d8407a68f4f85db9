import { describe, expect, it } from "vitest";
import { monthPeriod, periodFromParams, periodParams, yearPeriod } from "@/lib/domain/report-period";

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

  it("writes the period back to search params", () => {
    expect(periodParams(yearPeriod(2026))).toEqual({ year: "2026" });
    expect(periodParams(monthPeriod("2026-01", "2026-07"))).toEqual({ from: "2026-01", to: "2026-07" });
  });
});
