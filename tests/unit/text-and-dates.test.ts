// The validation primitives every form, action and import row goes through: control characters
// are refused with a message on the field (a NUL was cut silently on SQLite and failed the whole
// save on PostgreSQL), long text keeps its tabs and line breaks, business dates stay in 1990–2100.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  hasNoControlCharacters,
  isoDate,
  optionalIsoDate,
  optionalLongText,
  optionalText,
  requiredLongText,
  requiredText,
} from "@/lib/validation/common";
import { requiredDate } from "@/lib/validation/common";
import { leadCreateSchema, leadLogSchema } from "@/lib/validation/lead";
import { meetingCreateSchema } from "@/lib/validation/meeting";
import { monthOn } from "@/lib/validation/reports";

const messageOf = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues[0]?.message;

describe("text fields", () => {
  it("refuse NUL, escape, DEL and C1 characters in one-line text, naming the problem on the field", () => {
    for (const bad of ["华芯\u0000微电子", "\u0000", "名称\u001b[31m", "名称\u007f", "名称\u0085", "两行\n名称", "制表\t名称"]) {
      expect(messageOf(requiredText(200), bad), JSON.stringify(bad)).toBe("integrity.controlCharacters");
      expect(messageOf(optionalText(200), bad), JSON.stringify(bad)).toBe("integrity.controlCharacters");
    }
  });

  it("keep tabs and line breaks in long text, and refuse the other control characters there", () => {
    expect(requiredLongText(2000).parse("第一行\n第二行\r\n\t缩进")).toBe("第一行\n第二行\r\n\t缩进");
    expect(optionalLongText(2000).parse("一\n二")).toBe("一\n二");
    expect(messageOf(requiredLongText(2000), "纪要\u0000")).toBe("integrity.controlCharactersLong");
    expect(messageOf(optionalLongText(2000), "纪要\u0007")).toBe("integrity.controlCharactersLong");
  });

  it("accept ordinary Chinese, full-width and emoji text as before", () => {
    expect(requiredText(200).parse("  深圳华芯（光电）有限公司 ")).toBe("深圳华芯（光电）有限公司");
    expect(optionalText(200).parse("A\u3000B 😀")).toBe("A\u3000B 😀");
    expect(optionalText(10).parse("")).toBeNull();
    expect(hasNoControlCharacters("正常文本")).toBe(true);
    expect(hasNoControlCharacters("a\tb", true)).toBe(true);
    expect(hasNoControlCharacters("a\tb")).toBe(false);
  });

  it("are what the lead and meeting schemas use: a NUL in a name is refused on the name", () => {
    const lead = leadCreateSchema.safeParse({ name: "项目\u0000名", companyId: 1, taskGroupId: 1, source: "other" });
    expect(lead.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["name", "integrity.controlCharacters"]]);
    const log = leadLogSchema.safeParse({ leadId: 1, kind: "note", body: "第一行\n第二行" });
    expect(log.success).toBe(true);
    const meeting = meetingCreateSchema.safeParse({ companyId: 1, kind: "visit", heldOn: "2026-05-01", summary: "纪要\u0000" });
    expect(meeting.error?.issues.find((i) => i.path[0] === "summary")?.message).toBe("integrity.controlCharactersLong");
  });
});

describe("business dates", () => {
  it("accept 1990-01-01 through 2100-12-31", () => {
    expect(isoDate.parse("1990-01-01")).toBe("1990-01-01");
    expect(isoDate.parse("2100-12-31")).toBe("2100-12-31");
    expect(optionalIsoDate.parse("2026-07-01")).toBe("2026-07-01");
  });

  it("refuse dates outside, with their own message", () => {
    for (const bad of ["1900-01-01", "1989-12-31", "2101-01-01", "9999-12-31", "0001-01-01"]) {
      expect(messageOf(isoDate, bad), bad).toBe("integrity.dateOutOfRange");
      expect(messageOf(optionalIsoDate, bad), bad).toBe("integrity.dateOutOfRange");
      expect(messageOf(requiredDate, bad), bad).toBe("integrity.dateOutOfRange");
    }
    const lead = leadCreateSchema.safeParse({ name: "项目", companyId: 1, taskGroupId: 1, source: "other", signedOn: "1900-01-01" });
    expect(lead.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["signedOn", "integrity.dateOutOfRange"]]);
    expect(messageOf(monthOn, "1900-01-01")).toBe("integrity.dateOutOfRange");
    expect(monthOn.parse("2026-03-01")).toBe("2026-03-01");
  });

  it("still call a malformed or impossible date a bad date, not an out-of-range one", () => {
    expect(messageOf(isoDate, "2026-02-30")).toBe("validation.date");
    expect(messageOf(isoDate, "1900-1-1")).toBe("validation.date");
  });
});
