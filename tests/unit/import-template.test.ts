// The import's template (an example row; for leads the accepted values on a second sheet, offered
// as drop-down lists) and how a person's cell is read (user name, or a name one active user has).
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { importColumns } from "@/lib/import/columns";
import { parseCsv, decodeUtf8 } from "@/lib/import/csv";
import { personResolver } from "@/lib/import/people";
import { readTable } from "@/lib/import/read-table";
import { choicesSheetName, exampleRow, isExampleRow, templateCsv, templateWorkbook, type TemplateChoices } from "@/lib/import/template";

const choices: TemplateChoices = {
  sources: ["一把手招商", "工作组对接", "其他"],
  stages: ["接触", "洽谈", "签约"],
  groups: ["电子信息产业推进工作组", "现代物流产业推进工作组"],
  districts: ["广安区", "华蓥市", "邻水县"],
  industries: ["电子信息", "现代物流"],
  example: { group: "电子信息产业推进工作组", owner: "唐振宇", district: "广安区", industry: "电子信息", leader: "shuji", today: "2026-07-15" },
};

async function reopen(workbook: ExcelJS.Workbook) {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  return again;
}

const columnValues = (sheet: ExcelJS.Worksheet, column: number) => {
  const out: string[] = [];
  sheet.getColumn(column).eachCell((cell) => {
    if (cell.value !== null && cell.value !== undefined) out.push(String(cell.value));
  });
  return out;
};

describe("the leads template", () => {
  it("has the import's headers and an example row on its first sheet, and the accepted values on the second", async () => {
    const workbook = await reopen(templateWorkbook("leads", choices, "项目"));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["项目", choicesSheetName]);
    const [data, lists] = workbook.worksheets;
    expect((data.getRow(1).values as unknown[]).slice(1)).toEqual(importColumns.leads.map((c) => c.zh));
    const example = Object.fromEntries(importColumns.leads.map((c, i) => [c.zh, data.getRow(2).getCell(i + 1).value]));
    expect(example).toMatchObject({
      项目名称: "（示例）智能终端生产基地项目",
      工作组: "电子信息产业推进工作组",
      责任人: "唐振宇",
      区县: "广安区",
      来源: "一把手招商",
      阶段: "洽谈",
      "计划投资(万元)": 50000,
    });
    expect(data.rowCount).toBe(2);
    expect(columnValues(lists, 1)).toEqual(["来源", ...choices.sources]);
    expect(columnValues(lists, 2)).toEqual(["阶段", ...choices.stages]);
    expect(columnValues(lists, 3)).toEqual(["工作组", ...choices.groups]);
    expect(columnValues(lists, 4)).toEqual(["区县", ...choices.districts]);
    expect(columnValues(lists, 5)).toEqual(["产业", ...choices.industries]);
    expect(columnValues(lists, 7)[0]).toBe("填写说明");
  });

  it("offers each listed column's values as a drop-down on the first sheet", async () => {
    const workbook = await reopen(templateWorkbook("leads", choices, "项目"));
    const data = workbook.worksheets[0];
    const letter = (key: string) => String.fromCharCode(65 + importColumns.leads.findIndex((c) => c.key === key));
    const validation = (key: string, row: number) => data.getCell(`${letter(key)}${row}`).dataValidation;
    expect(validation("source", 2)).toMatchObject({ type: "list", formulae: [`'${choicesSheetName}'!$A$2:$A$4`] });
    expect(validation("stage", 500)).toMatchObject({ type: "list", formulae: [`'${choicesSheetName}'!$B$2:$B$4`] });
    expect(validation("taskGroup", 3)).toMatchObject({ type: "list", formulae: [`'${choicesSheetName}'!$C$2:$C$3`] });
    expect(validation("district", 3)).toMatchObject({ type: "list", formulae: [`'${choicesSheetName}'!$D$2:$D$4`] });
    expect(validation("owner", 3)).toBeUndefined();
  });

  it("reads back through the import's own reader as the headers and the example row, which is marked as the example", async () => {
    const buffer = new Uint8Array((await templateWorkbook("leads", choices, "项目").xlsx.writeBuffer()) as ArrayBuffer);
    const table = await readTable(buffer, "模板.xlsx");
    expect(table.headers).toEqual(importColumns.leads.map((c) => c.zh));
    expect(table.rows).toHaveLength(1);
    expect(isExampleRow(table.rows[0].cells)).toBe(true);
  });

  it("as CSV: the header and the example row, UTF-8 with a byte-order mark", () => {
    const text = templateCsv("leads", choices);
    expect(text.startsWith("\uFEFF")).toBe(true);
    const rows = parseCsv(decodeUtf8(new TextEncoder().encode(text))!);
    expect(rows[0]).toEqual(importColumns.leads.map((c) => c.zh));
    expect(rows[1]).toEqual(importColumns.leads.map((c) => exampleRow("leads", choices)[c.key]));
    expect(rows.filter((r) => r.some(Boolean))).toHaveLength(2);
  });

  it("the other kinds get an example row and their notes, without a list sheet", async () => {
    const trips = await reopen(templateWorkbook("trips", choices, "领导率队考察"));
    expect(trips.worksheets.map((s) => s.name)).toEqual(["领导率队考察", "填写说明"]);
    expect((trips.worksheets[0].getRow(2).values as unknown[]).slice(1)).toEqual(["shuji", "2026-07-15", "2026-07-15", "（示例）广东省深圳市", "对接电子信息企业"]);
    expect(exampleRow("reports", choices)).toMatchObject({ month: "2026-07", fixedAsset: "1200" });
  });
});

describe("the example row", () => {
  it("is told by a cell starting with （示例） or (示例)", () => {
    expect(isExampleRow(["XM-1", "（示例）项目"])).toBe(true);
    expect(isExampleRow(["(示例) 项目"])).toBe(true);
    expect(isExampleRow(["真实项目", "示例企业"])).toBe(false);
  });
});

describe("a person's cell", () => {
  const people = [
    { id: 1, username: "zhangwei", name: "张伟", isActive: true },
    { id: 2, username: "zhangwei2", name: "张伟", isActive: true },
    { id: 3, username: "wanglei", name: "王磊", isActive: true },
    { id: 4, username: "wanglei-old", name: "王磊", isActive: false },
    { id: 5, username: "lina", name: "李娜", isActive: false },
  ];
  const personOf = personResolver(people);

  it("is a user name (any case) or a name one active user has (spaces ignored)", () => {
    expect(personOf("ZhangWei2")).toMatchObject({ ok: true, person: { id: 2 } });
    expect(personOf("王磊")).toMatchObject({ ok: true, person: { id: 3 } });
    expect(personOf("王　磊")).toMatchObject({ ok: true, person: { id: 3 } });
  });

  it("refuses a shared name with the candidates' user names, a stopped account and an unknown name", () => {
    expect(personOf("张伟")).toEqual({ ok: false, message: "有 2 位在用的用户都叫“张伟”（用户名：zhangwei、zhangwei2），请改填其中一位的用户名" });
    expect(personOf("李娜")).toEqual({ ok: false, message: "用户“李娜”已停用" });
    expect(personOf("wanglei-old")).toEqual({ ok: false, message: "用户“wanglei-old”已停用" });
    expect(personOf("赵六")).toEqual({ ok: false, message: "系统中没有姓名或用户名为“赵六”的用户" });
  });
});
