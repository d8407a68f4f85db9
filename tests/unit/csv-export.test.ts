// A cell a spreadsheet program would run as a formula is written as text.
import { describe, expect, it } from "vitest";
import { csvField } from "@/lib/export/csv";

describe("CSV export cells", () => {
  it("neutralises = + - @, their full-width forms ＝ ＋ － ＠, a tab and a carriage return at the start", () => {
    for (const text of ["=1+1", "+86 138", "-2", "@SUM(A1)", "＝HYPERLINK(\"http://x\")", "＋1", "－1", "＠A1", "\tcmd", "\rcmd"]) {
      expect(csvField(text).replace(/^"/, "")).toMatch(/^'/);
    }
  });

  it("leaves other text and numbers as they are", () => {
    expect(csvField("广安区")).toBe("广安区");
    expect(csvField(-5)).toBe("-5");
    expect(csvField("a,b")).toBe('"a,b"');
  });
});
