import "server-only";
import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { agreements, leads, partners, type AgreementKind } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { leadScope } from "./scope";

/** Platform-level agreements: between governments, departments, or a government and a functional zone. */
export const platformAgreementKinds: AgreementKind[] = ["gov_gov", "department", "gov_zone"];

/** Partner regions with agreement counts and the leads (within scope) that came from their agreements. */
export async function listPartners(viewer: CurrentUser) {
  const [rows, agreementCounts, leadCounts] = await Promise.all([
    db
      .select({ id: partners.id, name: partners.name, regionGroup: partners.regionGroup, city: partners.city })
      .from(partners)
      .orderBy(asc(partners.regionGroup), asc(partners.name)),
    db
      .select({
        partnerId: agreements.partnerId,
        total: count(),
        platform: sql<number>`sum(case when ${inArray(agreements.kind, platformAgreementKinds)} then 1 else 0 end)`.mapWith(Number),
      })
      .from(agreements)
      .groupBy(agreements.partnerId),
    db
      .select({ partnerId: agreements.partnerId, n: count() })
      .from(leads)
      .innerJoin(agreements, eq(agreements.id, leads.agreementId))
      .where(and(leadScope(viewer)))
      .groupBy(agreements.partnerId),
  ]);
  return rows.map((partner) => {
    const a = agreementCounts.find((r) => r.partnerId === partner.id);
    return {
      ...partner,
      agreements: a?.total ?? 0,
      platformAgreements: a?.platform ?? 0,
      leads: leadCounts.find((r) => r.partnerId === partner.id)?.n ?? 0,
    };
  });
}
