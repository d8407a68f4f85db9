// The file a clerk downloads to fill in: the columns of the import with one example row, and for
// leads a second sheet (可选值) listing the values 来源, 阶段, 工作组, 区县 and 产业 accept, which the
// first sheet's columns offer as drop-down lists. The CSV template is the header and the example row.
// The example row is marked "（示例）": left in a file, the check refuses it rather than import it.
import ExcelJS from "exceljs";
import { toCsv } from "@/lib/export/csv";
import { importColumns, type ImportKind } from "./columns";
import { maxImportRows } from "./limits";

/** What the example row and the list sheet are made of (read from the database and the labels). */
export type TemplateChoices = {
  sources: string[];
  stages: string[];
  groups: string[];
  districts: string[];
  industries: string[];
  example: {
    /** A task group, a person in it (by name), a district and an industry of the city. */
    group: string;
    owner: string;
    district: string;
    industry: string;
    /** The user name of a city leader, for a trip. */
    leader: string;
    /** Today, YYYY-MM-DD. */
    today: string;
  };
};

export const examplePrefix = "（示例）";
export const choicesSheetName = "可选值";

/** A row the template's example left in the file: a cell that starts with "（示例）" or "(示例)". */
export const isExampleRow = (cells: readonly string[]) => cells.some((cell) => /^\s*[（(]示例[)）]/.test(cell));

/** The columns the list sheet holds, in its order, and the import column each one serves. */
const listColumns = [
  { key: "source", title: "来源", values: (c: TemplateChoices) => c.sources },
  { key: "stage", title: "阶段", values: (c: TemplateChoices) => c.stages },
  { key: "taskGroup", title: "工作组", values: (c: TemplateChoices) => c.groups },
  { key: "district", title: "区县", values: (c: TemplateChoices) => c.districts },
  { key: "industry", title: "产业", values: (c: TemplateChoices) => c.industries },
] as const;

/** The example row, by column key. */
export function exampleRow(kind: ImportKind, choices: TemplateChoices): Record<string, string> {
  const { example } = choices;
  const month = example.today.slice(0, 7);
  if (kind === "leads") {
    return {
      externalId: "XM-0001",
      name: `${examplePrefix}智能终端生产基地项目`,
      company: `${examplePrefix}某某电子科技有限公司`,
      creditCode: "",
      taskGroup: example.group,
      owner: example.owner,
      district: example.district,
      industry: example.industry,
      source: choices.sources[0] ?? "",
      stage: choices.stages[1] ?? choices.stages[0] ?? "",
      plannedInvestment: "50000",
      signedInvestment: "",
      signedOn: "",
    };
  }
  if (kind === "reports") {
    return { externalId: "XM-0001", name: `${examplePrefix}智能终端生产基地项目`, month, fixedAsset: "1200", fundsInPlace: "800" };
  }
  return { leader: example.leader, startOn: example.today, endOn: example.today, destination: `${examplePrefix}广东省深圳市`, purpose: "对接电子信息企业" };
}

/** The notes beside the lists: how to fill the file in. */
export function templateNotes(kind: ImportKind): string[] {
  const required = importColumns[kind].filter((c) => c.required).map((c) => c.zh);
  return [
    "填写说明",
    `第 2 行是示例（带“${examplePrefix}”），导入前请删除或改成真实数据。`,
    `必填列：${required.join("、")}。金额单位为万元，日期写作 2026-07-01。`,
    ...(kind === "leads"
      ? [
          "责任人：填用户名，或填姓名（系统中只有一位在用用户叫这个名字时）。",
          "填了已有项目的外部编号，导入会更新该项目；检查时会说明将新建和更新的条数。",
          `来源、阶段、工作组、区县、产业只能填“${choicesSheetName}”表中的值（单元格有下拉列表）。`,
        ]
      : []),
  ];
}

/** The CSV template: UTF-8 with a byte-order mark (Excel opens the Chinese correctly), header and example row. */
export function templateCsv(kind: ImportKind, choices: TemplateChoices): string {
  const example = exampleRow(kind, choices);
  return toCsv(
    importColumns[kind].map((c) => c.zh),
    [importColumns[kind].map((c) => example[c.key] ?? "")],
  );
}

const columnLetter = (n: number) => {
  let out = "";
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) out = String.fromCharCode(65 + ((i - 1) % 26)) + out;
  return out;
};

/** exceljs keeps a sheet's validations by address, a range allowed ("I2:I50001"); its types omit them. */
const rangeValidations = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { dataValidations: { add: (address: string, validation: ExcelJS.DataValidation) => void } }).dataValidations;

/** The xlsx template, as a workbook (write it with `workbook.xlsx.writeBuffer()`). */
export function templateWorkbook(kind: ImportKind, choices: TemplateChoices, sheetTitle: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  // The data sheet first: the import reads the first sheet only.
  const sheet = workbook.addWorksheet(sheetTitle, { views: [{ state: "frozen", ySplit: 1 }] });
  const columns = importColumns[kind];
  const example = exampleRow(kind, choices);
  sheet.columns = columns.map((c) => ({ header: c.zh, key: c.key, width: Math.max(12, c.zh.length * 2 + 4) }));
  const header = sheet.getRow(1);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.font = { bold: c.required, color: { argb: c.required ? "FF7F1D1D" : "FF1E293B" } };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF1F5F9" } };
  });
  const amount = (key: string) => /Investment$|^fixedAsset$|^fundsInPlace$/.test(key);
  const exampleLine = sheet.addRow(columns.map((c) => (amount(c.key) && example[c.key] ? Number(example[c.key]) : (example[c.key] ?? ""))));
  exampleLine.font = { italic: true, color: { argb: "FF475569" } };
  // Codes, dates and months typed into the file stay as typed (text), not turned into numbers or date serials.
  for (const key of ["externalId", "creditCode", "signedOn", "startOn", "endOn", "month"]) {
    const index = columns.findIndex((c) => c.key === key);
    if (index >= 0) sheet.getColumn(index + 1).numFmt = "@";
  }

  if (kind === "leads") {
    const lists = workbook.addWorksheet(choicesSheetName);
    const lastRow = maxImportRows + 1;
    listColumns.forEach((list, i) => {
      const values = list.values(choices);
      const letter = columnLetter(i + 1);
      lists.getCell(`${letter}1`).value = list.title;
      lists.getCell(`${letter}1`).font = { bold: true };
      values.forEach((value, row) => (lists.getCell(`${letter}${row + 2}`).value = value));
      lists.getColumn(i + 1).width = Math.max(12, ...values.map((v) => v.length * 2 + 2));
      const target = columns.findIndex((c) => c.key === list.key) + 1;
      if (target > 0 && values.length) {
        const column = columnLetter(target);
        rangeValidations(sheet).add(`${column}2:${column}${lastRow}`, {
          type: "list",
          allowBlank: true,
          formulae: [`'${choicesSheetName}'!$${letter}$2:$${letter}$${values.length + 1}`],
          showErrorMessage: true,
          errorStyle: "warning",
          errorTitle: list.title,
          error: `请从下拉列表中选择（见“${choicesSheetName}”表）`,
        });
      }
    });
    const notesColumn = listColumns.length + 2;
    templateNotes(kind).forEach((line, i) => {
      const cell = lists.getCell(i + 1, notesColumn);
      cell.value = line;
      if (i === 0) cell.font = { bold: true };
    });
    lists.getColumn(notesColumn).width = 70;
  } else {
    const notes = workbook.addWorksheet("填写说明");
    templateNotes(kind).forEach((line, i) => (notes.getCell(i + 1, 1).value = line));
    notes.getRow(1).font = { bold: true };
    notes.getColumn(1).width = 80;
  }
  return workbook;
}
