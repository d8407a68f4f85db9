// Imports through the one code path the page and the command line share, on this database.
import ExcelJS from "exceljs";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, db } from "@/db/client";
import { importFile } from "@/db/import/run-import";
import { investmentReports, leads, trips } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { signedStages } from "@/lib/domain/stages";
import { userNamed } from "./helpers";

const csv = (text: string) => new TextEncoder().encode(text);
let admin: CurrentUser;
let member: CurrentUser;
const purpose = `导入测试-${Math.random().toString(36).slice(2, 8)}`;

beforeAll(async () => {
  admin = await userNamed("admin");
  member = await userNamed("zuyuan");
});

afterAll(async () => {
  await closeDatabase();
});

describe("trip import", () => {
  it("imports every row of a good file, with regions and statuses worked out", async () => {
    const file = `带队领导,开始日期,结束日期,目的地,事由\nshuji,2026-03-02,2026-03-04,广东省深圳市,${purpose}\nshizhang,2026/4/8,2026/4/9,天津滨海新区,${purpose}\n`;
    const outcome = await importFile({ kind: "trips", data: csv(file), fileName: "trips.csv", user: admin, commit: true, now: new Date("2026-11-27T00:00:00Z") });
    expect(outcome).toEqual({ ok: true, committed: true, rows: 2 });
    const rows = await db.select().from(trips).where(eq(trips.purpose, purpose));
    expect(rows.map((r) => [r.startOn, r.endOn, r.region, r.status]).sort()).toEqual([
      ["2026-03-02", "2026-03-04", "prd", "done"],
      ["2026-04-08", "2026-04-09", "bohai", "done"],
    ]);
  });

  it("refuses a bad file with a report per row and column, and writes nothing", async () => {
    const marker = `${purpose}-bad`;
    const file = `\uFEFF带队领导,开始日期,结束日期,目的地,事由\nshuji,2026-03-02,2026-03-04,北京,${marker}\nnobody,2026-02-30,2026-03-01,上海,${marker}\nshizhang,2026-05-09,2026-05-08,,${marker}\n`;
    const outcome = await importFile({ kind: "trips", data: csv(file), fileName: "trips.csv", user: admin, commit: true });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.map((p) => [p.line, p.column])).toEqual([
      [3, "带队领导"],
      [3, "开始日期"],
      [4, "结束日期"],
      [4, "目的地"],
    ]);
    expect(await db.select().from(trips).where(eq(trips.purpose, marker))).toHaveLength(0);
  });

  it("names missing columns, and refuses anyone but the admin", async () => {
    const missing = await importFile({ kind: "trips", data: csv("带队领导,开始日期\nshuji,2026-01-01\n"), fileName: "t.csv", user: admin, commit: false });
    expect(missing).toMatchObject({ ok: false, problems: [{ line: 1, column: "结束日期" }, { line: 1, column: "目的地" }] });
    const refused = await importFile({ kind: "trips", data: csv(`带队领导,开始日期,结束日期,目的地\nshuji,2026-01-01,2026-01-02,${purpose}-member\n`), fileName: "t.csv", user: member, commit: true });
    expect(refused.ok).toBe(false);
    expect(await db.select().from(trips).where(eq(trips.destinations, `${purpose}-member`))).toHaveLength(0);
  });
});

describe("monthly figures import", () => {
  it("writes a month per lead from an xlsx file, and the same lead and month again replaces it", async () => {
    const signed = await db
      .select({ id: leads.id, name: leads.name })
      .from(leads)
      .where(inArray(leads.stage, [...signedStages]))
      .limit(40);
    const unique = signed.filter((l, _, all) => all.filter((o) => o.name === l.name).length === 1).slice(0, 2);
    expect(unique).toHaveLength(2);
    const [first, second] = unique;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("月报");
    sheet.addRow(["项目名称", "月份", "固定资产投资(万元)", "到位资金(万元)"]);
    sheet.addRow([first.name, "2020-01", 1200, 800]);
    sheet.addRow([second.name, "2020年1月", "3,400", 0]);
    const data = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await importFile({ kind: "reports", data, fileName: "reports.xlsx", user: admin, commit: true })).toMatchObject({ ok: true, rows: 2 });

    const again = csv(`项目名称,月份,固定资产投资(万元),到位资金(万元)\n${first.name},2020-01,1500,900\n`);
    expect(await importFile({ kind: "reports", data: again, fileName: "r.csv", user: admin, commit: true })).toMatchObject({ ok: true, rows: 1 });
    const stored = await db
      .select({ leadId: investmentReports.leadId, fixedAsset: investmentReports.fixedAsset, fundsInPlace: investmentReports.fundsInPlace })
      .from(investmentReports)
      .where(and(inArray(investmentReports.leadId, [first.id, second.id]), eq(investmentReports.monthOn, "2020-01-01")));
    expect(stored.sort((a, b) => a.leadId - b.leadId)).toEqual(
      [
        { leadId: first.id, fixedAsset: 1500, fundsInPlace: 900 },
        { leadId: second.id, fixedAsset: 3400, fundsInPlace: 0 },
      ].sort((a, b) => a.leadId - b.leadId),
    );
  });

  it("refuses unknown leads, unsigned leads, fractions and a month twice", async () => {
    const [unsigned] = await db.select({ name: leads.name }).from(leads).where(eq(leads.stage, "contact")).limit(1);
    const file = csv(
      `项目名称,月份,固定资产投资(万元),到位资金(万元)\n不存在的项目,2020-02,1,1\n${unsigned.name},2020-02,1,1\n不存在的项目2,2020-02,1.5,1\n`,
    );
    const outcome = await importFile({ kind: "reports", data: file, fileName: "r.csv", user: admin, commit: true });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.problems.map((p) => `${p.line}:${p.column}`)).toEqual(["2:项目名称", "3:项目名称", "4:项目名称", "4:固定资产投资(万元)"]);
    }
  });
});
