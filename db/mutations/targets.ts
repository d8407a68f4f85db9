// Saving a year's targets (admin only): one row per task group or district, versions checked.
// Two first saves of the same year racing each other: the unique indexes (year + group, year +
// district) let one row in; the other save finds the row taken and is refused with the normal
// conflict message ("已被…修改"), on SQLite and PostgreSQL alike.
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { districts, targets, taskGroups } from "@/db/schema";
import { FieldError } from "@/lib/actions/errors";
import type { ActionDefinition } from "@/lib/actions/run-action";
import { targetsSaveSchema, type TargetsSaveInput } from "@/lib/validation/targets";
import { refuseStale } from "./guard";
import { managesSettings } from "@/lib/auth/policy";

/** Every group and district named must exist (a crafted id would otherwise fail as a foreign key). */
async function checkScopes(tx: Executor, input: TargetsSaveInput): Promise<void> {
  const ids = (scope: "group" | "district") => [...new Set(input.rows.filter((r) => r.scope === scope).map((r) => r.scopeId))];
  const groupIds = ids("group");
  const districtIds = ids("district");
  const knownGroups = new Set(groupIds.length ? (await tx.select({ id: taskGroups.id }).from(taskGroups).where(inArray(taskGroups.id, groupIds))).map((r) => r.id) : []);
  const knownDistricts = new Set(
    districtIds.length ? (await tx.select({ id: districts.id }).from(districts).where(inArray(districts.id, districtIds))).map((r) => r.id) : [],
  );
  input.rows.forEach((row, index) => {
    if (row.scope === "group" && !knownGroups.has(row.scopeId)) throw new FieldError(`rows.${index}.scopeId`, "integrity.groupUnknown");
    if (row.scope === "district" && !knownDistricts.has(row.scopeId)) throw new FieldError(`rows.${index}.scopeId`, "integrity.districtUnknown");
  });
}

export async function saveTargets(tx: Executor, input: TargetsSaveInput) {
  await checkScopes(tx, input);
  const saved: { id: number; scope: string; scopeId: number }[] = [];
  for (const row of input.rows) {
    const owner = row.scope === "group" ? { taskGroupId: row.scopeId, districtId: null } : { taskGroupId: null, districtId: row.scopeId };
    const where = and(
      eq(targets.year, input.year),
      row.scope === "group" ? eq(targets.taskGroupId, row.scopeId) : eq(targets.districtId, row.scopeId),
      row.scope === "group" ? isNull(targets.districtId) : isNull(targets.taskGroupId),
    );
    const [current] = await tx.select().from(targets).where(where).limit(1);
    if ((current?.version ?? null) !== row.version) return refuseStale(tx, "target", current?.id ?? 0, current?.version ?? 0);
    const values = { projects: row.projects, signedInvestment: row.signedInvestment, fixedAsset: row.fixedAsset, fundsInPlace: row.fundsInPlace };
    if (current && (Object.keys(values) as (keyof typeof values)[]).every((k) => current[k] === values[k])) continue;
    if (!current && Object.values(values).every((v) => v === 0)) continue;
    const [written] = current
      ? await tx
          .update(targets)
          .set({ ...values, updatedAt: new Date(), version: sql`${targets.version} + 1` })
          .where(and(eq(targets.id, current.id), eq(targets.version, current.version)))
          .returning({ id: targets.id })
      : // A first save that lost the race to another one: the row is there now, so nothing is inserted.
        await tx.insert(targets).values({ year: input.year, ...owner, ...values }).onConflictDoNothing().returning({ id: targets.id });
    if (!written) {
      const [now] = await tx.select({ id: targets.id, version: targets.version }).from(targets).where(where).limit(1);
      return refuseStale(tx, "target", now?.id ?? current?.id ?? 0, now?.version ?? current?.version ?? 0);
    }
    saved.push({ id: written.id, scope: row.scope, scopeId: row.scopeId });
  }
  return saved;
}

/** The admin's save of a year's targets; app/(crm)/admin/targets/actions.ts wraps it with defineAction. */
export const saveTargetsDefinition = {
  name: "target.save_year",
  schema: targetsSaveSchema,
  rule: managesSettings,
  async run({ input, tx, audit }) {
    const saved = await saveTargets(tx, input);
    for (const row of saved) await audit({ entity: "target", entityId: row.id, details: { year: input.year, ...input.rows.find((r) => r.scope === row.scope && r.scopeId === row.scopeId) } });
    if (saved.length === 0) await audit({ entity: "target", details: { year: input.year, unchanged: true } });
    return { saved: saved.length };
  },
  revalidate: ["/admin/targets", "/"],
} satisfies ActionDefinition<typeof targetsSaveSchema, { saved: number }>;
