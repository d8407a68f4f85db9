import "server-only";
import { and, asc, count, eq, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { companies, contacts, industries, leads } from "@/db/schema";
import { containsText } from "@/db/sql-fragments";
import type { CurrentUser } from "@/lib/auth/current-user";
import { normalizeCompanyName } from "@/lib/domain/company-name";
import { type ListParams, orderByFrom, pageOf } from "./list-params";
import { leadScope } from "./scope";

export const companySortable = { name: companies.name, city: companies.city, createdAt: companies.createdAt };

/** The company directory is read by every role; the lead count only counts leads the viewer may see. */
export async function listCompanies(viewer: CurrentUser, params: ListParams<keyof typeof companySortable>) {
  const filters: SQL[] = [];
  if (params.q) {
    filters.push(
      or(
        containsText(companies.normalizedName, normalizeCompanyName(params.q)),
        containsText(companies.creditCode, params.q.toUpperCase()),
        containsText(companies.city, params.q),
      )!,
    );
  }
  const where = filters.length ? and(...filters) : undefined;
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
  const [rows, [{ total }]] = await Promise.all([
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
      .where(where)
      .orderBy(...orderByFrom(params, companySortable, [asc(companies.name), asc(companies.id)]))
      .limit(params.pageSize)
      .offset(pageOf(params)),
    db.select({ total: count() }).from(companies).where(where),
  ]);
  return { rows, total };
}
