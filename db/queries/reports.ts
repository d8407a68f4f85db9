import "server-only";
import { and, asc, eq, gte, inArray, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { companies, investmentReports, leads, taskGroups, users } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { canEnterFigures, canEnterFiguresOf, correctsGroupFigures, entersAllFigures, entersOwnFigures } from "@/lib/auth/policy";
import { lastDayOfMonth, previousMonth } from "@/lib/domain/period";
import { signedStages } from "@/lib/domain/stages";
import { leadScope } from "./scope";


/** Last day of the month of a "YYYY-MM-01" date (kept under this name for db/mutations/reports.ts). */
export { lastDayOfMonth as monthEnd } from "@/lib/domain/period";

/**
 * The leads whose month figures the user may enter, as a WHERE condition: the admin every lead's; a
 * group lead every lead of the groups they lead; a group lead or a member the leads they own in their
 * groups. The same rule as canEnterFiguresOf (lib/auth/policy.ts), in SQL, so that a save names only
 * leads the user may change whatever the request says.
 */
export function figureEntryScope(user: CurrentUser): SQL | undefined {
  if (entersAllFigures(user)) return undefined;
  if (!entersOwnFigures(user)) return sql`1 = 0`;
  const groupsLed = user.leadGroupIds.filter((id) => correctsGroupFigures(user, id));
  const own = user.groupIds.length ? and(inArray(leads.taskGroupId, user.groupIds), eq(leads.ownerId, user.id)) : undefined;
  const led = groupsLed.length ? inArray(leads.taskGroupId, groupsLed) : undefined;
  return or(led, own) ?? sql`1 = 0`;
}

type Figures = { fixedAsset: number; fundsInPlace: number };

/**
 * The grid of one group for one month: its leads signed by the end of that month (those the viewer
 * may read), with that month's figures, the lead's figures of the year before this month and of the
 * month before, and whether the viewer may change each row.
 */
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
      taskGroupId: leads.taskGroupId,
      ownerId: leads.ownerId,
      ownerName: users.name,
      signedOn: leads.signedOn,
      signedInvestment: leads.signedInvestment,
    })
    .from(leads)
    .innerJoin(companies, eq(companies.id, leads.companyId))
    .leftJoin(users, eq(users.id, leads.ownerId))
    .where(
      and(
        leadScope(viewer),
        eq(leads.taskGroupId, taskGroupId),
        inArray(leads.stage, [...signedStages]),
        lte(leads.signedOn, lastDayOfMonth(monthOn)),
      ),
    )
    .orderBy(asc(leads.signedOn), asc(leads.id));
  const leadIds = rows.map((r) => r.leadId);
  const yearStart = `${monthOn.slice(0, 4)}-01-01`;
  const lastMonthOn = `${previousMonth(monthOn.slice(0, 7))}-01`;
  const [reports, earlier, lastMonth] = leadIds.length
    ? await Promise.all([
        db
          .select({
            leadId: investmentReports.leadId,
            fixedAsset: investmentReports.fixedAsset,
            fundsInPlace: investmentReports.fundsInPlace,
            version: investmentReports.version,
          })
          .from(investmentReports)
          .where(and(eq(investmentReports.monthOn, monthOn), inArray(investmentReports.leadId, leadIds))),
        // The year so far before this month (this month's own figure is added as it is typed).
        db
          .select({
            leadId: investmentReports.leadId,
            fixedAsset: sql<number>`coalesce(sum(${investmentReports.fixedAsset}), 0)`.mapWith(Number),
            fundsInPlace: sql<number>`coalesce(sum(${investmentReports.fundsInPlace}), 0)`.mapWith(Number),
          })
          .from(investmentReports)
          .where(and(inArray(investmentReports.leadId, leadIds), gte(investmentReports.monthOn, yearStart), lt(investmentReports.monthOn, monthOn)))
          .groupBy(investmentReports.leadId),
        db
          .select({ leadId: investmentReports.leadId, fixedAsset: investmentReports.fixedAsset, fundsInPlace: investmentReports.fundsInPlace })
          .from(investmentReports)
          .where(and(eq(investmentReports.monthOn, lastMonthOn), inArray(investmentReports.leadId, leadIds))),
      ])
    : [[], [], []];
  const none: Figures = { fixedAsset: 0, fundsInPlace: 0 };
  const shaped = rows.map(({ taskGroupId: groupOfLead, ownerId, ...row }) => {
    const report = reports.find((r) => r.leadId === row.leadId);
    const before = earlier.find((r) => r.leadId === row.leadId);
    const previous = lastMonth.find((r) => r.leadId === row.leadId);
    return {
      ...row,
      fixedAsset: report?.fixedAsset ?? null,
      fundsInPlace: report?.fundsInPlace ?? null,
      version: report?.version ?? null,
      /** 万元: the lead's figures from January to the month before this one. */
      yearBefore: before ? { fixedAsset: before.fixedAsset, fundsInPlace: before.fundsInPlace } : none,
      /** 万元: the lead's figures of the month before (null: none entered). */
      lastMonth: previous ? { fixedAsset: previous.fixedAsset, fundsInPlace: previous.fundsInPlace } : null,
      editable: ownerId === null ? correctsGroupFigures(viewer, groupOfLead) : canEnterFiguresOf(viewer, { taskGroupId: groupOfLead, ownerId }),
    };
  });
  return {
    group,
    canEdit: canEnterFigures(viewer, taskGroupId) && shaped.some((r) => r.editable),
    rows: shaped,
  };
}
