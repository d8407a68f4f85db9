// Saving a group's monthly grid: every row in one transaction; a row someone else saved since the
// grid was opened is a conflict, and nothing of the save is kept. Two first saves of a lead's month
// racing each other: the unique index (lead + month) lets one row in, the other save is refused
// with the normal conflict message. Who may change which row is SQL (figureEntryScope): a member
// saves only their own leads' figures, a group lead their groups'; a row outside is refused whole.
// Every change is kept twice: the audit row (before/after) and an amount event on the lead's
// timeline per figure changed (field "fixedAsset:YYYY-MM" or "fundsInPlace:YYYY-MM").
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { investmentReports, leadEvents, leads } from "@/db/schema";
import { ForbiddenError } from "@/lib/actions/errors";
import type { CurrentUser } from "@/lib/auth/current-user";
import { signedStages } from "@/lib/domain/stages";
import type { ActionDefinition } from "@/lib/actions/run-action";
import { monthFiguresSchema, type MonthFiguresInput } from "@/lib/validation/reports";
import { figureEntryScope, monthEnd } from "@/db/queries/reports";
import { canEnterFigures, mayEnterFigures } from "@/lib/auth/policy";
import { refuseStale } from "./guard";

/** The field of a month figure's amount event: "fixedAsset:2026-03" (the timeline names the month). */
export const monthFigureField = (field: "fixedAsset" | "fundsInPlace", monthOn: string) => `${field}:${monthOn.slice(0, 7)}`;

export async function saveMonthFigures(tx: Executor, user: CurrentUser, input: MonthFiguresInput) {
  if (!canEnterFigures(user, input.taskGroupId)) throw new ForbiddenError();
  const leadIds = input.rows.map((r) => r.leadId);
  const allowed = await tx
    .select({ id: leads.id, signedOn: leads.signedOn })
    .from(leads)
    .where(and(inArray(leads.id, leadIds), eq(leads.taskGroupId, input.taskGroupId), inArray(leads.stage, [...signedStages]), figureEntryScope(user)));
  const end = monthEnd(input.monthOn);
  if (allowed.length !== new Set(leadIds).size || allowed.some((l) => !l.signedOn || l.signedOn > end)) throw new ForbiddenError();

  const changes: { leadId: number; before: unknown; after: unknown; reportId: number }[] = [];
  for (const row of input.rows) {
    const [current] = await tx
      .select({ id: investmentReports.id, version: investmentReports.version, fixedAsset: investmentReports.fixedAsset, fundsInPlace: investmentReports.fundsInPlace })
      .from(investmentReports)
      .where(and(eq(investmentReports.leadId, row.leadId), eq(investmentReports.monthOn, input.monthOn)))
      .limit(1);
    if ((current?.version ?? null) !== row.version) {
      return refuseStale(tx, "investment_report", current?.id ?? 0, current?.version ?? 0);
    }
    if (current && current.fixedAsset === row.fixedAsset && current.fundsInPlace === row.fundsInPlace) continue;
    if (!current && row.fixedAsset === 0 && row.fundsInPlace === 0) continue;
    const [saved] = current
      ? await tx
          .update(investmentReports)
          .set({ fixedAsset: row.fixedAsset, fundsInPlace: row.fundsInPlace, reportedById: user.id, updatedAt: new Date(), version: sql`${investmentReports.version} + 1` })
          .where(and(eq(investmentReports.id, current.id), eq(investmentReports.version, current.version)))
          .returning({ id: investmentReports.id })
      : // A first save of this lead's month that lost the race to another: nothing is inserted.
        await tx
          .insert(investmentReports)
          .values({ leadId: row.leadId, monthOn: input.monthOn, fixedAsset: row.fixedAsset, fundsInPlace: row.fundsInPlace, reportedById: user.id })
          .onConflictDoNothing()
          .returning({ id: investmentReports.id });
    if (!saved) {
      const [now] = await tx
        .select({ id: investmentReports.id, version: investmentReports.version })
        .from(investmentReports)
        .where(and(eq(investmentReports.leadId, row.leadId), eq(investmentReports.monthOn, input.monthOn)))
        .limit(1);
      return refuseStale(tx, "investment_report", now?.id ?? current?.id ?? 0, now?.version ?? current?.version ?? 0);
    }
    const now = new Date();
    const before = { fixedAsset: current?.fixedAsset ?? null, fundsInPlace: current?.fundsInPlace ?? null };
    for (const field of ["fixedAsset", "fundsInPlace"] as const) {
      if (before[field] === row[field] || (before[field] === null && row[field] === 0)) continue;
      await tx.insert(leadEvents).values({
        leadId: row.leadId,
        kind: "amount",
        field: monthFigureField(field, input.monthOn),
        fromValue: before[field] === null ? null : String(before[field]),
        toValue: String(row[field]),
        actorId: user.id,
        occurredAt: now,
      });
    }
    changes.push({
      leadId: row.leadId,
      reportId: saved.id,
      before: current ? { fixedAsset: current.fixedAsset, fundsInPlace: current.fundsInPlace } : null,
      after: { fixedAsset: row.fixedAsset, fundsInPlace: row.fundsInPlace },
    });
  }
  return changes;
}

/** Saves a group's month: every changed row, each with its audit entry, in one transaction. */
export const saveMonthFiguresDefinition = {
  name: "investment_report.save_month",
  schema: monthFiguresSchema,
  rule: mayEnterFigures,
  async run({ input, user, tx, audit }) {
    const changes = await saveMonthFigures(tx, user, input);
    for (const change of changes) {
      await audit({ entity: "investment_report", entityId: change.reportId, details: { leadId: change.leadId, monthOn: input.monthOn, before: change.before, after: change.after } });
    }
    if (changes.length === 0) await audit({ entity: "task_group", entityId: input.taskGroupId, details: { monthOn: input.monthOn, unchanged: true } });
    return { saved: changes.length, taskGroupId: input.taskGroupId };
  },
  revalidate: (_, saved) => [`/groups/${saved.taskGroupId}/figures`],
} satisfies ActionDefinition<typeof monthFiguresSchema, { saved: number; taskGroupId: number }>;
