import "server-only";
import { and, asc, count, desc, eq, gte, inArray, isNotNull, lte, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { agreementKinds, agreements, companies, leads, partners, type AgreementKind, type RegionGroup } from "@/db/schema";
import { toNumber } from "@/db/sql-fragments";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Period } from "@/lib/domain/period";
import { signedStages } from "@/lib/domain/stages";
import { leadScope } from "./scope";

// Partner regions and agreements are read by every role. Leads that came from an agreement are
// counted and listed only within the viewer's lead scope.

/** Platform-level agreements: between governments, departments, or a government and a functional zone. */
export const platformAgreementKinds: AgreementKind[] = ["gov_gov", "department", "gov_zone"];

const isPlatform = sql<number>`sum(case when ${inArray(agreements.kind, platformAgreementKinds)} then 1 else 0 end)`.mapWith(Number);

export type PartnerFilters = {
  region?: RegionGroup | null;
  city?: string | null;
  /** Agreements signed in this period are counted as "in the period". */
  period?: Period | null;
};

function partnerConditions(filters: PartnerFilters): (SQL | undefined)[] {
  return [filters.region ? eq(partners.regionGroup, filters.region) : undefined, filters.city ? eq(partners.city, filters.city) : undefined];
}

const signedWithin = (period: Period) => and(isNotNull(agreements.signedOn), gte(agreements.signedOn, period.from), lte(agreements.signedOn, period.to));

/** Partner regions with agreement counts (all and in the period) and the leads (within scope) that came from their agreements. */
export async function listPartners(viewer: CurrentUser, filters: PartnerFilters = {}) {
  const where = and(...partnerConditions(filters));
  const period = filters.period ?? null;
  const [rows, agreementCounts, periodCounts, leadCounts] = await Promise.all([
    db
      .select({ id: partners.id, name: partners.name, regionGroup: partners.regionGroup, city: partners.city })
      .from(partners)
      .where(where)
      .orderBy(asc(partners.regionGroup), asc(partners.name)),
    db.select({ partnerId: agreements.partnerId, total: count(), platform: isPlatform }).from(agreements).groupBy(agreements.partnerId),
    period
      ? db
          .select({ partnerId: agreements.partnerId, total: count(), platform: isPlatform })
          .from(agreements)
          .where(signedWithin(period))
          .groupBy(agreements.partnerId)
      : Promise.resolve([]),
    db
      .select({
        partnerId: agreements.partnerId,
        n: count(),
        signed: sql<number>`sum(case when ${inArray(leads.stage, [...signedStages])} then ${leads.signedInvestment} else 0 end)`,
      })
      .from(leads)
      .innerJoin(agreements, eq(agreements.id, leads.agreementId))
      .where(and(leadScope(viewer)))
      .groupBy(agreements.partnerId),
  ]);
  return rows.map((partner) => {
    const a = agreementCounts.find((r) => r.partnerId === partner.id);
    const p = periodCounts.find((r) => r.partnerId === partner.id);
    const l = leadCounts.find((r) => r.partnerId === partner.id);
    return {
      ...partner,
      agreements: a?.total ?? 0,
      platformAgreements: a?.platform ?? 0,
      agreementsInPeriod: p?.total ?? 0,
      platformInPeriod: p?.platform ?? 0,
      leads: l?.n ?? 0,
      signedInvestment: toNumber(l?.signed),
    };
  });
}

export type KindCounts = { total: number; platform: number; byKind: Record<AgreementKind, number> };

/**
 * Agreements signed in the period, by kind: "对津签署合作协议共20余个，其中平台性战略合作协议近10个"
 * is `agreementCounts({ city: "天津", period })`. Agreements still being negotiated have no date and
 * are not counted.
 */
export async function agreementCounts(filters: PartnerFilters & { period: Period; partnerId?: number | null }): Promise<KindCounts> {
  const rows = await db
    .select({ kind: agreements.kind, n: count() })
    .from(agreements)
    .innerJoin(partners, eq(partners.id, agreements.partnerId))
    .where(
      and(
        signedWithin(filters.period),
        ...partnerConditions(filters),
        filters.partnerId ? eq(agreements.partnerId, filters.partnerId) : undefined,
      ),
    )
    .groupBy(agreements.kind);
  const byKind = Object.fromEntries(agreementKinds.map((k) => [k, rows.find((r) => r.kind === k)?.n ?? 0])) as Record<AgreementKind, number>;
  return {
    total: agreementKinds.reduce((n, k) => n + byKind[k], 0),
    platform: platformAgreementKinds.reduce((n, k) => n + byKind[k], 0),
    byKind,
  };
}

/** The cities partners are in, for the filter. */
export async function partnerCities(): Promise<string[]> {
  const rows = await db.selectDistinct({ city: partners.city }).from(partners).where(isNotNull(partners.city)).orderBy(asc(partners.city));
  return rows.map((r) => r.city).filter((c): c is string => Boolean(c));
}

/** What the partner page and the agreement form read of an agreement. */
const agreementColumns = {
  title: agreements.title,
  kind: agreements.kind,
  signedOn: agreements.signedOn,
  sectors: agreements.sectors,
  signatories: agreements.signatories,
  status: agreements.status,
  notes: agreements.notes,
  version: agreements.version,
};

/** One partner with its agreements and the leads from them (within scope); null when it does not exist. */
export async function getPartner(viewer: CurrentUser, partnerId: number) {
  const [partner] = await db
    .select({
      id: partners.id,
      name: partners.name,
      regionGroup: partners.regionGroup,
      city: partners.city,
      description: partners.description,
      version: partners.version,
    })
    .from(partners)
    .where(eq(partners.id, partnerId))
    .limit(1);
  if (!partner) return null;
  const [agreementRows, leadRows] = await Promise.all([
    db
      .select({ id: agreements.id, ...agreementColumns })
      .from(agreements)
      .where(eq(agreements.partnerId, partner.id))
      // Unsigned (still negotiated) agreements first, then the newest signed.
      .orderBy(sql`case when ${agreements.signedOn} is null then 0 else 1 end`, desc(agreements.signedOn), asc(agreements.id)),
    db
      .select({
        id: leads.id,
        name: leads.name,
        companyName: companies.name,
        stage: leads.stage,
        signedOn: leads.signedOn,
        signedInvestment: leads.signedInvestment,
        plannedInvestment: leads.plannedInvestment,
        agreementId: leads.agreementId,
        agreementTitle: agreements.title,
      })
      .from(leads)
      .innerJoin(agreements, eq(agreements.id, leads.agreementId))
      .innerJoin(companies, eq(companies.id, leads.companyId))
      .where(and(eq(agreements.partnerId, partner.id), leadScope(viewer)))
      .orderBy(desc(leads.signedOn), asc(leads.id)),
  ]);
  const isSigned = (stage: (typeof leadRows)[number]["stage"]) => (signedStages as readonly string[]).includes(stage);
  return {
    partner,
    agreements: agreementRows.map((a) => ({ ...a, leads: leadRows.filter((l) => l.agreementId === a.id).length })),
    leads: leadRows.map((l) => ({ ...l, isSigned: isSigned(l.stage) })),
    /** Signed investment (万元) of the leads at 签约 or later, within scope. */
    signedInvestment: leadRows.filter((l) => isSigned(l.stage)).reduce((n, l) => n + (l.signedInvestment ?? 0), 0),
  };
}

export type PartnerDetail = NonNullable<Awaited<ReturnType<typeof getPartner>>>;

/** One agreement for its edit form; null when it does not exist. */
export async function getAgreement(agreementId: number) {
  const [row] = await db
    .select({ id: agreements.id, partnerId: agreements.partnerId, partnerName: partners.name, ...agreementColumns })
    .from(agreements)
    .innerJoin(partners, eq(partners.id, agreements.partnerId))
    .where(eq(agreements.id, agreementId))
    .limit(1);
  return row ?? null;
}
