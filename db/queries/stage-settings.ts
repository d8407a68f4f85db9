import "server-only";
import { db, type Executor } from "@/db/client";
import { stageSettings, type Stage } from "@/db/schema";
import { defaultStaleLimits, type StaleLimits } from "@/lib/domain/stale";

/** The stale limit of every stage: the admin's setting where there is one, else the default. */
export async function loadStaleLimits(executor: Executor = db): Promise<StaleLimits> {
  const rows = await executor.select({ stage: stageSettings.stage, staleDays: stageSettings.staleDays }).from(stageSettings);
  const limits: StaleLimits = { ...defaultStaleLimits };
  for (const row of rows) limits[row.stage as Stage] = row.staleDays;
  return limits;
}
