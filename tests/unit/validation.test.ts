import { describe, expect, it } from "vitest";
import { z } from "zod";
import { optionalId, optionalIsoDate, optionalText, optionalWan, wan } from "@/lib/validation/common";

const form = z.object({ id: optionalId, on: optionalIsoDate, amount: optionalWan, note: optionalText(10) });

describe("optional form fields", () => {
  it("treat a missing key, null and an empty control alike", () => {
    expect(form.parse({})).toEqual({ id: null, on: null, amount: null, note: null });
    expect(form.parse({ id: "", on: "", amount: "", note: "" })).toEqual({ id: null, on: null, amount: null, note: null });
    expect(form.parse({ id: null, on: null, amount: null, note: null })).toEqual({ id: null, on: null, amount: null, note: null });
  });

  it("parse what is there", () => {
    expect(form.parse({ id: "7", on: "2026-07-01", amount: "52000", note: " 备注 " })).toEqual({ id: 7, on: "2026-07-01", amount: 52000, note: "备注" });
  });

  it("refuse impossible dates and fractional or negative 万元 with message keys", () => {
    expect(form.safeParse({ on: "2026-02-30" }).error?.issues[0].message).toBe("validation.date");
    expect(wan.safeParse("1.5").error?.issues[0].message).toBe("validation.integer");
    expect(wan.safeParse("-1").error?.issues[0].message).toBe("validation.nonNegative");
  });
});
