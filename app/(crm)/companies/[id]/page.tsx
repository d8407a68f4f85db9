import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ContactList } from "@/components/companies/contact-list";
import { RelatedLeads } from "@/components/leads/related-leads";
import { TripStatusBadge } from "@/components/trips/trip-status-badge";
import { Badge } from "@/components/ui/badge";
import { companyMeetings, companyTrips, getCompany } from "@/db/queries/companies";
import { companyContacts } from "@/db/queries/contacts";
import { relatedLeads } from "@/db/queries/related-leads";
import { toLocale } from "@/i18n/locales";
import { writesTrips } from "@/lib/auth/policy";
import { requireArea } from "@/lib/auth/session";
import { formatDate, formatDateRange } from "@/lib/format";
import { parseRouteId } from "@/lib/route-id";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("companies"))("detail.title") };
}

/** A company with every meeting, trip and lead that touched it (leads within the viewer's scope). */
export default async function CompanyPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireArea("companies");
  const id = parseRouteId((await params).id);
  const company = id ? await getCompany(id) : null;
  if (!company) notFound();
  const [t, locale, contacts, meetings, trips, leads] = await Promise.all([
    getTranslations(),
    getLocale().then(toLocale),
    companyContacts(user, company.id),
    companyMeetings(company.id),
    companyTrips(user, company.id),
    relatedLeads(user, { company: company.id }),
  ]);
  const canWrite = writesTrips(user);

  return (
    <div className="mx-auto max-w-4xl space-y-5">
      <nav aria-label={t("companies.detail.breadcrumb")} className="text-sm text-slate-500">
        <Link href="/companies" className="hover:text-brand-700 hover:underline">
          {t("companies.title")}
        </Link>
        <span aria-hidden> / </span>
        <span>{t("companies.detail.title")}</span>
      </nav>

      <header className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h1 className="text-lg font-semibold sm:text-2xl">{company.name}</h1>
          {canWrite ? (
            <Link href={`/companies/${company.id}/edit`} className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-semibold text-slate-700 hover:border-brand-600">
              {t("actions.edit")}
            </Link>
          ) : null}
        </div>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1.5 text-sm">
          <dt className="text-slate-500">{t("companies.creditCode")}</dt>
          <dd className="break-all font-mono">{company.creditCode ?? "—"}</dd>
          <dt className="text-slate-500">{t("companies.industry")}</dt>
          <dd>{company.industryName ?? "—"}</dd>
          <dt className="text-slate-500">{t("companies.city")}</dt>
          <dd>{[company.province, company.city].filter(Boolean).join(" ") || "—"}</dd>
          {company.address ? (
            <>
              <dt className="text-slate-500">{t("companies.address")}</dt>
              <dd>{company.address}</dd>
            </>
          ) : null}
          {company.description ? (
            <>
              <dt className="text-slate-500">{t("companies.description")}</dt>
              <dd className="whitespace-pre-line">{company.description}</dd>
            </>
          ) : null}
        </dl>
      </header>

      <section aria-labelledby="company-contacts" className="space-y-2">
        <h2 id="company-contacts" className="text-lg font-semibold">
          {t("companies.detail.contacts")}
        </h2>
        <ContactList companyId={company.id} canWrite={canWrite} contacts={contacts} />
      </section>

      <section aria-labelledby="company-meetings" className="space-y-2">
        <h2 id="company-meetings" className="text-lg font-semibold">
          {t("companies.detail.meetings")}
        </h2>
        {meetings.length === 0 ? (
          <p className="text-sm text-slate-500">{t("companies.detail.noMeetings")}</p>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
            {meetings.map((m) => (
              <li key={m.id} className="px-4 py-3 text-sm">
                <div className="flex flex-wrap items-center gap-2">
                  <Link href={`/meetings/${m.id}`} className="font-medium text-brand-700 hover:underline">
                    {formatDate(m.heldOn, locale)}
                    {m.startsAt ? ` ${m.startsAt}` : ""}
                  </Link>
                  <Badge tone="blue">{t(`enum.meetingKind.${m.kind}`)}</Badge>
                </div>
                <div className="mt-0.5 text-xs text-slate-500">{m.tripTitle ?? t("meetings.noTrip")}</div>
                {m.summary ? <p className="mt-1 line-clamp-3 text-slate-700">{m.summary}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="company-trips" className="space-y-2">
        <h2 id="company-trips" className="text-lg font-semibold">
          {t("companies.detail.trips")}
        </h2>
        {trips.length === 0 ? (
          <p className="text-sm text-slate-500">{t("companies.detail.noTrips")}</p>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
            {trips.map((trip) => (
              <li key={trip.id} className="px-4 py-3 text-sm">
                <div className="flex flex-wrap items-center gap-2">
                  <Link href={`/trips/${trip.id}`} className="font-medium text-brand-700 hover:underline">
                    {trip.title}
                  </Link>
                  <TripStatusBadge status={trip.status} />
                </div>
                <div className="mt-0.5 text-xs text-slate-500">
                  {trip.leaderName} · {formatDateRange(trip.startOn, trip.endOn, locale)}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <RelatedLeads of={{ company: company.id }} leads={leads} title={t("companies.detail.leads")} empty={t("companies.detail.noLeads")} showCompany={false} />
    </div>
  );
}
