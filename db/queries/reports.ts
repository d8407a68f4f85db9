import "server-only";
import { and, asc, eq, inArray, lte } from "drizzle-orm";
import { db } from "@/db/client";
import { companies, investmentReports, leads, taskGroups } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { canEnterFigures } from "@/lib/auth/policy";
import { lastDayOfMonth } from "@/lib/domain/period";
import { signedStages } from "@/lib/domain/stages";
import { leadScope } from "./scope";


/** Last day of the month of a "YYYY-MM-01" date (kept under this name for db/mutations/reports.ts). */
export { lastDayOfMonth as monthEnd } from "@/lib/domain/period";

/** The grid of one group for one month: its leads signed by the end of that month, with that month's figures. */
export async function monthGrid(viewer: CurrentUser, taskGroupId: number, monthOn: string) {
  const [group] = await db
    .select({ id: taskGroups.id, name: taskGroups.name })
    .from(taskGroups)
    .where(eq(taskGroups.id, taskGroupId))
    .limit(1);
  if (!group) return null;
  const rows = await db
    .select({
      leadId: leads.id,
      name: leads.name,
      companyName: companies.name,
      stage: leads.stage,
      signedOn: leads.signedOn,
      signedInvestment: leads.signedInvestment,
    })
    .from(leads)
    .innerJoin(companies, eq(companies.id, leads.companyId))
    .where(
      and(
        leadScope(viewer),
        eq(leads.taskGroupId, taskGroupId),
        inArray(leads.stage, [...signedStages]),
        lte(leads.signedOn, lastDayOfMonth(monthOn)),
      ),
    )
    .orderBy(asc(leads.signedOn), asc(leads.id));
  const reports = rows.length
    ? await db
        .select({
          leadId: investmentReports.leadId,
          fixedAsset: investmentReports.fixedAsset,
          fundsInPlace: investmentReports.fundsInPlace,
          version: investmentReports.version,
        })
        .from(investmentReports)
        .where(and(eq(investmentReports.monthOn, monthOn), inArray(investmentReports.leadId, rows.map((r) => r.leadId))))
    : [];
  return {
    group,
    canEdit: canEnterFigures(viewer, taskGroupId),
    rows: rows.map((row) => {
      const report = reports.find((r) => r.leadId === row.leadId);
      return { ...row, fixedAsset: report?.fixedAsset ?? null, fundsInPlace: report?.fundsInPlace ?? null, version: report?.version ?? null };
    }),
  };
}
