// The columns of each import file: Chinese header, English alias, whether it must be present.
export type ImportKind = "leads" | "reports" | "trips";

export type ColumnSpec = { key: string; zh: string; en: string; required: boolean };

export const importColumns: Record<ImportKind, readonly ColumnSpec[]> = {
  leads: [
    { key: "externalId", zh: "外部编号", en: "external_id", required: false },
    { key: "name", zh: "项目名称", en: "name", required: true },
    { key: "company", zh: "企业名称", en: "company", required: true },
    { key: "creditCode", zh: "统一社会信用代码", en: "credit_code", required: false },
    { key: "taskGroup", zh: "工作组", en: "task_group", required: true },
    { key: "owner", zh: "责任人", en: "owner", required: false },
    { key: "district", zh: "区县", en: "district", required: false },
    { key: "industry", zh: "产业", en: "industry", required: false },
    { key: "source", zh: "来源", en: "source", required: true },
    { key: "stage", zh: "阶段", en: "stage", required: true },
    { key: "plannedInvestment", zh: "计划投资(万元)", en: "planned_investment", required: false },
    { key: "signedInvestment", zh: "签约投资(万元)", en: "signed_investment", required: false },
    { key: "signedOn", zh: "签约日期", en: "signed_on", required: false },
  ],
  reports: [
    { key: "externalId", zh: "外部编号", en: "external_id", required: false },
    { key: "name", zh: "项目名称", en: "name", required: false },
    { key: "month", zh: "月份", en: "month", required: true },
    { key: "fixedAsset", zh: "固定资产投资(万元)", en: "fixed_asset", required: true },
    { key: "fundsInPlace", zh: "到位资金(万元)", en: "funds_in_place", required: true },
  ],
  trips: [
    { key: "leader", zh: "带队领导", en: "leader", required: true },
    { key: "startOn", zh: "开始日期", en: "start_on", required: true },
    { key: "endOn", zh: "结束日期", en: "end_on", required: true },
    { key: "destination", zh: "目的地", en: "destination", required: true },
    { key: "purpose", zh: "事由", en: "purpose", required: false },
  ],
};

const normalise = (header: string) =>
  header.trim().toLowerCase().replace(/（/g, "(").replace(/）/g, ")").replace(/[\s_]/g, "");

export type HeaderMap = Record<string, number>;

/**
 * Finds each column by its Chinese header, its English alias or "中文/english"; reports missing
 * required columns and columns that appear twice.
 */
export function mapHeaders(kind: ImportKind, headers: string[]): { map: HeaderMap; missing: string[]; duplicated: string[] } {
  const map: HeaderMap = {};
  const duplicated: string[] = [];
  headers.forEach((header, index) => {
    const h = normalise(header);
    const spec = importColumns[kind].find(
      (c) => h === normalise(c.zh) || h === normalise(c.en) || h === normalise(`${c.zh}/${c.en}`),
    );
    if (!spec) return;
    if (spec.key in map) duplicated.push(spec.zh);
    else map[spec.key] = index;
  });
  const missing = importColumns[kind].filter((c) => c.required && !(c.key in map)).map((c) => c.zh);
  if (kind === "reports" && !("externalId" in map) && !("name" in map)) missing.push("外部编号 或 项目名称");
  return { map, missing, duplicated };
}

export function columnLabel(kind: ImportKind, key: string): string {
  return importColumns[kind].find((c) => c.key === key)?.zh ?? key;
}
