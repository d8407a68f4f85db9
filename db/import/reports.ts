// Monthly figures from a file: 外部编号 (or 项目名称), 月份, 固定资产投资(万元), 到位资金(万元).
// The same lead and month again replaces that month.
import { and, sql } from "drizzle-orm";
import { investmentReports, leads } from "@/db/schema";
import { signedStages } from "@/lib/domain/stages";
import { columnLabel } from "@/lib/import/columns";
import { parseMonth, parseWan } from "@/lib/import/values";
import { leadScope } from "@/db/queries/scope";
import { auditLog } from "@/db/schema";
import { cell, chunked, type Importer, type ImportProblem } from "./types";

type ReportItem = { leadId: number; monthOn: string; fixedAsset: number; fundsInPlace: number };

const label = (key: string) => columnLabel("reports", key);

export const reportImporter: Importer<ReportItem[]> = {
  async prepare({ executor, user, rows, map, today, tick }) {
    const visible = await executor
      .select({ id: leads.id, externalId: leads.externalId, name: leads.name, stage: leads.stage })
      .from(leads)
      .where(and(leadScope(user)));
    const byExternalId = new Map(visible.filter((l) => l.externalId).map((l) => [l.externalId!, l]));
    const byName = new Map<string, (typeof visible)[number][]>();
    for (const lead of visible) byName.set(lead.name, [...(byName.get(lead.name) ?? []), lead]);

    const items: ReportItem[] = [];
    const problems: ImportProblem[] = [];
    const seen = new Map<string, number>();
    for (const row of rows) {
      await tick();
      const problem = (key: string, message: string) => problems.push({ line: row.line, column: label(key), message });
      const externalId = cell(row, map, "externalId");
      const name = cell(row, map, "name");
      let lead: (typeof visible)[number] | undefined;
      if (externalId) {
        lead = byExternalId.get(externalId);
        if (!lead) problem("externalId", `没有外部编号为“${externalId}”的项目（或您无权填报）`);
      } else if (name) {
        const matches = byName.get(name) ?? [];
        if (matches.length === 1) lead = matches[0];
        else if (matches.length === 0) problem("name", `没有名为“${name}”的项目（或您无权填报）`);
        else problem("name", `名为“${name}”的项目有${matches.length}个，请改用外部编号`);
      } else problem("externalId", "外部编号和项目名称至少填写一项");
      if (lead && !signedStages.includes(lead.stage)) problem(externalId ? "externalId" : "name", "该项目尚未签约，不能填报投资完成情况");

      const month = parseMonth(cell(row, map, "month"));
      if (!month.ok) problem("month", month.message);
      else if (!month.value) problem("month", "月份不能为空");
      else if (month.value > today) problem("month", "不能填报未来月份");
      const fixedAsset = parseWan(cell(row, map, "fixedAsset"));
      if (!fixedAsset.ok) problem("fixedAsset", fixedAsset.message);
      const funds = parseWan(cell(row, map, "fundsInPlace"));
      if (!funds.ok) problem("fundsInPlace", funds.message);

      if (lead && month.ok && month.value) {
        const key = `${lead.id}|${month.value}`;
        const earlier = seen.get(key);
        if (earlier) problem("month", `与第${earlier}行重复（同一项目同一月份）`);
        seen.set(key, row.line);
        if (fixedAsset.ok && funds.ok && !earlier && signedStages.includes(lead.stage) && month.value <= today) {
          items.push({ leadId: lead.id, monthOn: month.value, fixedAsset: fixedAsset.value ?? 0, fundsInPlace: funds.value ?? 0 });
        }
      }
    }
    return { plan: items, problems, rows: items.length };
  },

  async apply({ tx, user, plan, fileName, now, written }) {
    let done = 0;
    // The same lead and month again replaces that month (rows of one file are distinct, checked above).
    for (const part of chunked(plan, 400)) {
      const saved = await tx
        .insert(investmentReports)
        .values(part.map((item) => ({ ...item, reportedById: user.id, createdAt: now, updatedAt: now })))
        .onConflictDoUpdate({
          target: [investmentReports.leadId, investmentReports.monthOn],
          set: {
            fixedAsset: sql.raw(`excluded.${investmentReports.fixedAsset.name}`),
            fundsInPlace: sql.raw(`excluded.${investmentReports.fundsInPlace.name}`),
            reportedById: user.id,
            updatedAt: now,
            version: sql`${investmentReports.version} + 1`,
          },
        })
        .returning({ id: investmentReports.id, leadId: investmentReports.leadId, monthOn: investmentReports.monthOn });
      const byKey = new Map(part.map((item) => [`${item.leadId}|${item.monthOn}`, item]));
      await tx.insert(auditLog).values(
        saved.map((r) => ({
          actorId: user.id,
          action: "investment_report.save_month",
          entity: "investment_report",
          entityId: r.id,
          details: JSON.stringify({ ...byKey.get(`${r.leadId}|${r.monthOn}`), importFile: fileName }),
          createdAt: now,
        })),
      );
      await written((done += part.length));
    }
  },
};

