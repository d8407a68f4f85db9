// The office's names (the city and the agency) the shell, the 答卷, the trip report and the exports
// print, and the 月报截止日 the scheduler reminds the group leads of: one row (id 1) the admin sets, version checked like every other edit. No row until then.
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { officeSettings } from "@/db/schema";
import { auditedChange } from "@/lib/actions/run-action";
import type { CurrentUser } from "@/lib/auth/current-user";
import { managesSettings } from "@/lib/auth/policy";
import { officeNamesSchema, type OfficeNamesInput } from "@/lib/validation/office";
import { refuseStale } from "./guard";

const officeId = 1;
const entity = "office_settings";

export async function saveOfficeNames(tx: Executor, user: CurrentUser, input: OfficeNamesInput) {
  const [current] = await tx
    .select({ version: officeSettings.version, cityName: officeSettings.cityName, agencyName: officeSettings.agencyName, reportDueDay: officeSettings.reportDueDay })
    .from(officeSettings)
    .where(eq(officeSettings.id, officeId))
    .limit(1);
  const names = { cityName: input.cityName, agencyName: input.agencyName, reportDueDay: input.reportDueDay };
  if (!current) {
    if (input.version !== null) return refuseStale(tx, entity, officeId, 0);
    // Two first saves racing: the primary key lets one in, the other is refused as a conflict.
    const [inserted] = await tx
      .insert(officeSettings)
      .values({ id: officeId, ...names, updatedById: user.id })
      .onConflictDoNothing()
      .returning({ id: officeSettings.id, version: officeSettings.version });
    if (!inserted) return refuseStale(tx, entity, officeId, 1);
    return { ...inserted, before: null, after: names };
  }
  if (input.version !== current.version) return refuseStale(tx, entity, officeId, current.version);
  const [updated] = await tx
    .update(officeSettings)
    .set({ ...names, updatedById: user.id, updatedAt: new Date(), version: sql`${officeSettings.version} + 1` })
    .where(and(eq(officeSettings.id, officeId), eq(officeSettings.version, current.version)))
    .returning({ id: officeSettings.id, version: officeSettings.version });
  if (!updated) return refuseStale(tx, entity, officeId, current.version);
  return { ...updated, before: { cityName: current.cityName, agencyName: current.agencyName, reportDueDay: current.reportDueDay }, after: names };
}

/** Sets the office's names (admin): every page's shell shows them, so the whole app is read fresh. */
export const saveOfficeNamesDefinition = auditedChange({
  name: "office.save_names",
  schema: officeNamesSchema,
  rule: managesSettings,
  entity,
  change: saveOfficeNames,
  details: (row) => ({ before: row.before, after: row.after }),
  revalidate: [{ path: "/", type: "layout" }],
});
