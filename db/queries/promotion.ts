import "server-only";
import { and, count, eq, gte, inArray, lte, sum } from "drizzle-orm";
import { db } from "@/db/client";
import { agreements, leadSources, leads, type LeadSource } from "@/db/schema";
import { toNumber } from "@/db/sql-fragments";
import type { CurrentUser } from "@/lib/auth/current-user";
import { periodParams, type Period } from "@/lib/domain/period";
import { signedStages } from "@/lib/domain/stages";
import { agreementCounts, listPartners } from "./partners";
import { listChains } from "./chains";
import { leadScope } from "./scope";

// The figures of chain-based and directed promotion for the cockpit: by source, by partner, and
// each chain's supporting rate. "Introduced" (引进项目) follows the KPI rule: leads at 签约 or later
// whose signing date falls in the period. Every figure is within the viewer's lead scope.

const introducedIn = (period: Period) =>
  and(inArray(leads.stage, [...signedStages]), gte(leads.signedOn, period.from), lte(leads.signedOn, period.to));

const query = (period: Period) => new URLSearchParams(periodParams(period)).toString();

export type SourceFigure = { source: LeadSource; introduced: number; signedInvestment: number };

/** Projects introduced and their signed investment (万元) in the period, for every lead source (zeros included). */
export async function figuresBySource(viewer: CurrentUser, period: Period): Promise<SourceFigure[]> {
  const rows = await db
    .select({ source: leads.source, n: count(), signed: sum(leads.signedInvestment) })
    .from(leads)
    .where(and(introducedIn(period), leadScope(viewer)))
    .groupBy(leads.source);
  return leadSources.map((source) => {
    const row = rows.find((r) => r.source === source);
    return { source, introduced: row?.n ?? 0, signedInvestment: toNumber(row?.signed) };
  });
}

export type PartnerFigure = {
  partnerId: number;
  name: string;
  regionGroup: string;
  city: string | null;
  /** Agreements signed in the period, and how many of them are platform-level. */
  agreements: number;
  platformAgreements: number;
  /** Leads from its agreements introduced in the period, and their signed investment (万元). */
  introduced: number;
  signedInvestment: number;
  href: string;
  /** The leads table filtered to the introduced leads counted here. */
  introducedHref: string;
};

/** Agreements, introduced leads and signed investment in the period for every partner region. */
export async function figuresByPartner(viewer: CurrentUser, period: Period): Promise<PartnerFigure[]> {
  const [list, introduced] = await Promise.all([
    listPartners(viewer, { period }),
    db
      .select({ partnerId: agreements.partnerId, n: count(), signed: sum(leads.signedInvestment) })
      .from(leads)
      .innerJoin(agreements, eq(agreements.id, leads.agreementId))
      .where(and(introducedIn(period), leadScope(viewer)))
      .groupBy(agreements.partnerId),
  ]);
  return list.map((p) => {
    const row = introduced.find((r) => r.partnerId === p.id);
    return {
      partnerId: p.id,
      name: p.name,
      regionGroup: p.regionGroup,
      city: p.city,
      agreements: p.agreementsInPeriod,
      platformAgreements: p.platformInPeriod,
      introduced: row?.n ?? 0,
      signedInvestment: toNumber(row?.signed),
      href: `/partners/${p.id}?${query(period)}`,
      introducedHref: `/leads?${new URLSearchParams({ partner: String(p.id), signedFrom: period.from, signedTo: period.to }).toString()}`,
    };
  });
}

/** Agreements signed in the period with the partners of one city, by kind (e.g. 天津: "20余个, 其中平台性近10个"). */
export async function agreementFiguresForCity(viewer: CurrentUser, city: string, period: Period) {
  const counts = await agreementCounts({ city, period });
  return { ...counts, href: `/partners?${new URLSearchParams({ city, ...periodParams(period) }).toString()}` };
}

/** Each chain's supporting rate (配套率) with its open gaps. */
export async function chainRates(viewer: CurrentUser) {
  const list = await listChains(viewer);
  return list.map((c) => ({
    chainId: c.id,
    name: c.name,
    districtName: c.districtName,
    rate: c.rate,
    leaves: c.leafCount,
    openGaps: c.openGaps.length,
    filled: c.filled.length,
    href: `/chains/${c.id}`,
  }));
}
