import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { mapHeaders } from "@/lib/import/columns";
import { decodeUtf8, parseCsv } from "@/lib/import/csv";
import { readTable, UnreadableFileError } from "@/lib/import/read-table";
import { parseCode, parseDate, parseMonth, parseWan } from "@/lib/import/values";

describe("CSV", () => {
  it("reads quoted fields with commas, quotes and line breaks, CRLF and a BOM", () => {
    const text = '\uFEFF项目名称,企业名称\r\n"锂电池项目,二期","深圳""玛斯""科技"\r\n"多行\n说明",x\r\n\r\n';
    expect(parseCsv(text)).toEqual([
      ["项目名称", "企业名称"],
      ["锂电池项目,二期", '深圳"玛斯"科技'],
      ["多行\n说明", "x"],
    ]);
  });

  it("tells a GBK file from a UTF-8 one", () => {
    expect(decodeUtf8(new TextEncoder().encode("广安"))).toBe("广安");
    expect(decodeUtf8(new Uint8Array([0xb9, 0xe3, 0xb0, 0xb2]))).toBeNull(); // 广安 in GBK
  });
});

describe("cell values", () => {
  it("reads the date forms people type, and Excel date numbers", () => {
    expect(parseDate("2026-07-01")).toEqual({ ok: true, value: "2026-07-01" });
    expect(parseDate("2026/7/1")).toEqual({ ok: true, value: "2026-07-01" });
    expect(parseDate("2026年7月1日")).toEqual({ ok: true, value: "2026-07-01" });
    expect(parseDate("46204")).toEqual({ ok: true, value: "2026-07-01" });
    expect(parseDate("")).toEqual({ ok: true, value: null });
    expect(parseDate("2026-02-30").ok).toBe(false);
    expect(parseDate("7月1日").ok).toBe(false);
    expect(parseDate("明年").ok).toBe(false);
  });

  it("reads months", () => {
    expect(parseMonth("2026-07")).toEqual({ ok: true, value: "2026-07-01" });
    expect(parseMonth("2026年7月")).toEqual({ ok: true, value: "2026-07-01" });
    expect(parseMonth("2026-13").ok).toBe(false);
  });

  it("reads amounts in integer 万元 only", () => {
    expect(parseWan("12,345")).toEqual({ ok: true, value: 12345 });
    expect(parseWan("50000.0")).toEqual({ ok: true, value: 50000 });
    expect(parseWan("")).toEqual({ ok: true, value: null });
    expect(parseWan("1.5").ok).toBe(false);
    expect(parseWan("-3").ok).toBe(false);
    expect(parseWan("三千").ok).toBe(false);
  });

  it("reads a stage by code or Chinese label", () => {
    const labels = { signed: "签约", on_hold: "搁置" } as const;
    expect(parseCode("签约", labels, "阶段")).toEqual({ ok: true, value: "signed" });
    expect(parseCode("SIGNED", labels, "阶段")).toEqual({ ok: true, value: "signed" });
    const unknown = parseCode("已签", labels, "阶段");
    expect(unknown.ok).toBe(false);
    expect(!unknown.ok && unknown.message).toContain("签约、搁置");
  });
});

describe("headers", () => {
  it("finds columns by Chinese header, English alias or both, with either kind of bracket", () => {
    const { map, missing } = mapHeaders("leads", [
      "项目名称",
      "company",
      "工作组/task_group",
      "来源",
      "阶段",
      "计划投资（万元）",
      "signed_on",
    ]);
    expect(map).toMatchObject({ name: 0, company: 1, taskGroup: 2, source: 3, stage: 4, plannedInvestment: 5, signedOn: 6 });
    expect(missing).toEqual([]);
  });

  it("names the required columns that are missing", () => {
    expect(mapHeaders("trips", ["带队领导", "开始日期"]).missing).toEqual(["结束日期", "目的地"]);
    expect(mapHeaders("reports", ["月份", "固定资产投资(万元)", "到位资金(万元)"]).missing).toEqual(["外部编号 或 项目名称"]);
  });
});

describe("reading files", () => {
  it("reads the first sheet of an xlsx file, with dates and numbers, numbering lines as Excel does", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("项目");
    sheet.addRow(["项目名称", "签约日期", "签约投资(万元)"]);
    sheet.addRow(["锂电池项目", new Date(Date.UTC(2026, 6, 1)), 52000]);
    sheet.addRow([]);
    sheet.addRow(["手机盖板项目", "2026/3/5", "8,000"]);
    const data = new Uint8Array(await workbook.xlsx.writeBuffer());
    const table = await readTable(data, "leads.xlsx");
    expect(table.headers).toEqual(["项目名称", "签约日期", "签约投资(万元)"]);
    expect(table.rows).toEqual([
      { line: 2, cells: ["锂电池项目", "2026-07-01", "52000"] },
      { line: 4, cells: ["手机盖板项目", "2026/3/5", "8,000"] },
    ]);
  });

  it("refuses a CSV that is not UTF-8 with advice on how to save it", async () => {
    await expect(readTable(new Uint8Array([0xb9, 0xe3, 0xb0, 0xb2, 0x0a]), "x.csv")).rejects.toThrow(UnreadableFileError);
    await expect(readTable(new Uint8Array([0xb9, 0xe3, 0xb0, 0xb2, 0x0a]), "x.csv")).rejects.toThrow(/CSV UTF-8/);
  });
});
