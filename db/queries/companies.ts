import "server-only";
import { and, asc, count, desc, eq, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { companies, contacts, industries, leads, meetings, tableAlias, trips, users } from "@/db/schema";
import { containsText } from "@/db/sql-fragments";
import { tripSummaries } from "./trips";
import type { CurrentUser } from "@/lib/auth/current-user";
import { normalizeCompanyName } from "@/lib/domain/company-name";
import { cleanCreditCode } from "@/lib/validation/company";
import type { ListParams } from "@/lib/list-params";
import { listPage, orderByFrom } from "./list-page";
import { meetingListColumns } from "./meetings";
import { leadScope } from "./scope";

export const companySortable = { name: companies.name, city: companies.city, createdAt: companies.createdAt };

/** Matches part of a name (spaces and bracket widths ignored), part of a credit code or a city. */
function searchCondition(q: string): SQL {
  return or(
    containsText(companies.normalizedName, normalizeCompanyName(q)),
    containsText(companies.creditCode, cleanCreditCode(q)),
    containsText(companies.city, q),
  )!;
}

/** The company directory is read by every role; the lead count only counts leads the viewer may see. */
export async function listCompanies(viewer: CurrentUser, params: ListParams<keyof typeof companySortable>) {
  const where = params.q ? searchCondition(params.q) : undefined;
  const contactCount = db
    .select({ companyId: contacts.companyId, n: count().as("contact_n") })
    .from(contacts)
    .groupBy(contacts.companyId)
    .as("contact_count");
  const leadCount = db
    .select({ companyId: leads.companyId, n: count().as("lead_n") })
    .from(leads)
    .where(leadScope(viewer))
    .groupBy(leads.companyId)
    .as("lead_count");
  return listPage(
    params,
    db
      .select({
        id: companies.id,
        name: companies.name,
        creditCode: companies.creditCode,
        province: companies.province,
        city: companies.city,
        industry: industries.name,
        contacts: sql<number>`coalesce(${contactCount.n}, 0)`.mapWith(Number),
        leads: sql<number>`coalesce(${leadCount.n}, 0)`.mapWith(Number),
      })
      .from(companies)
      .leftJoin(industries, eq(industries.id, companies.industryId))
      .leftJoin(contactCount, eq(contactCount.companyId, companies.id))
      .leftJoin(leadCount, eq(leadCount.companyId, companies.id))
      .where(where),
    orderByFrom(params, companySortable, [asc(companies.name), asc(companies.id)]),
    db.select({ total: count() }).from(companies).where(where),
  );
}

/** Pick-as-you-type: the few companies matching what was typed, shortest names (closest matches) first. */
export async function lookupCompanies(q: string, limit = 8) {
  const text = q.trim();
  if (!text) return [];
  return db
    .select({ id: companies.id, name: companies.name, city: companies.city, creditCode: companies.creditCode })
    .from(companies)
    .where(searchCondition(text))
    .orderBy(asc(sql`length(${companies.name})`), asc(companies.name), asc(companies.id))
    .limit(limit);
}

export type CompanyMatch = { id: number; name: string; city: string | null; creditCode: string | null; matchedBy: "creditCode" | "name" };

/**
 * The company a new or edited one would duplicate: same credit code, or same name once spaces and
 * bracket widths are ignored. The credit code wins when both match different companies.
 */
export async function findDuplicateCompany(
  executor: Executor,
  candidate: { name: string; creditCode: string | null },
  exceptId?: number,
): Promise<CompanyMatch | null> {
  const normalizedName = normalizeCompanyName(candidate.name.trim());
  const code = candidate.creditCode ? cleanCreditCode(candidate.creditCode) : null;
  const same = code ? or(eq(companies.creditCode, code), eq(companies.normalizedName, normalizedName)) : eq(companies.normalizedName, normalizedName);
  const rows = await executor
    .select({ id: companies.id, name: companies.name, city: companies.city, creditCode: companies.creditCode })
    .from(companies)
    .where(exceptId ? and(same, ne(companies.id, exceptId)) : same)
    .limit(2);
  const byCode = code ? rows.find((r) => r.creditCode === code) : undefined;
  if (byCode) return { ...byCode, matchedBy: "creditCode" };
  return rows[0] ? { ...rows[0], matchedBy: "name" } : null;
}

/** One company, or null. Every role reads the directory. */
export async function getCompany(companyId: number) {
  const creator = tableAlias(users, "creator");
  const [company] = await db
    .select({
      id: companies.id,
      name: companies.name,
      creditCode: companies.creditCode,
      industryId: companies.industryId,
      industryName: industries.name,
      province: companies.province,
      city: companies.city,
      address: companies.address,
      description: companies.description,
      version: companies.version,
      createdByName: creator.name,
      createdAt: companies.createdAt,
    })
    .from(companies)
    .leftJoin(industries, eq(industries.id, companies.industryId))
    .leftJoin(creator, eq(creator.id, companies.createdById))
    .where(eq(companies.id, companyId))
    .limit(1);
  return company ?? null;
}

/** The meetings held with a company, newest first. */
export async function companyMeetings(companyId: number) {
  return db
    .select(meetingListColumns)
    .from(meetings)
    .leftJoin(trips, eq(trips.id, meetings.tripId))
    .where(eq(meetings.companyId, companyId))
    .orderBy(desc(meetings.heldOn), desc(meetings.id));
}

/** The trips that touched a company: those with a meeting with it, and those its (visible) leads came from. */
export async function companyTrips(viewer: CurrentUser, companyId: number) {
  const metOn = db.select({ id: meetings.tripId }).from(meetings).where(eq(meetings.companyId, companyId));
  const leadsFrom = db.select({ id: leads.originTripId }).from(leads).where(and(leadScope(viewer), eq(leads.companyId, companyId)));
  return tripSummaries(or(inArray(trips.id, metOn), inArray(trips.id, leadsFrom))).orderBy(desc(trips.startOn), desc(trips.id));
}

/** Industries for the company form. */
export async function industryOptions() {
  return db.select({ id: industries.id, name: industries.name }).from(industries).orderBy(asc(industries.sortOrder), asc(industries.id));
}
