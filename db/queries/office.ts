import "server-only";
import { eq } from "drizzle-orm";
import { cache } from "react";
import { db } from "@/db/client";
import { officeSettings } from "@/db/schema";

export type OfficeNames = { cityName: string; agencyName: string; reportDueDay: number | null; version: number; updatedAt: Date };

/**
 * The office the system serves (the city and the agency), as the admin set them; null until then.
 * Every role reads it (the shell, the 答卷, the trip report): no viewer. Read once per request.
 */
export const officeNames = cache(async (): Promise<OfficeNames | null> => {
  const [row] = await db
    .select({ cityName: officeSettings.cityName, agencyName: officeSettings.agencyName, reportDueDay: officeSettings.reportDueDay, version: officeSettings.version, updatedAt: officeSettings.updatedAt })
    .from(officeSettings)
    .where(eq(officeSettings.id, 1))
    .limit(1);
  return row ?? null;
});
