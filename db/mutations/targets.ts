// Saving a year's targets (admin only): one row per task group or district, versions checked.
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { targets } from "@/db/schema";
import type { TargetsSaveInput } from "@/lib/validation/targets";
import { refuseStale } from "./guard";

export async function saveTargets(tx: Executor, input: TargetsSaveInput) {
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
      : await tx.insert(targets).values({ year: input.year, ...owner, ...values }).returning({ id: targets.id });
    if (!written) return refuseStale(tx, "target", current?.id ?? 0, current?.version ?? 0);
    saved.push({ id: written.id, scope: row.scope, scopeId: row.scopeId });
  }
  return saved;
}
