import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CompanyChains } from "@/components/companies/company-chains";
import { ContactList } from "@/components/companies/contact-list";
import { Breadcrumb, DetailHeader, DetailSection, detailListClass, EmptyNote, Facts } from "@/components/layout/detail-page";
import { RelatedLeads } from "@/components/leads/related-leads";
import { TripStatusBadge } from "@/components/trips/trip-status-badge";
import { Badge } from "@/components/ui/badge";
import { companyChainPlaces } from "@/db/queries/chains";
import { companyMeetings, companyTrips, getCompany } from "@/db/queries/companies";
import { companyContacts } from "@/db/queries/contacts";
import { relatedLeads } from "@/db/queries/related-leads";
import { toLocale } from "@/i18n/locales";
import { writesTrips } from "@/lib/auth/policy";
import { requireArea } from "@/lib/auth/session";
import { formatDate, formatDateRange } from "@/lib/format";
import { parseRouteId } from "@/lib/route-id";
import { secondaryButton } from "@/components/form/styles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("companies"))("detail.title") };
}

/** A company with its place in the chains and every meeting, trip and lead that touched it (leads within the viewer's scope). */
export default async function CompanyPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireArea("companies");
  const id = parseRouteId((await params).id);
  const company = id ? await getCompany(id) : null;
  if (!company) notFound();
  const [t, locale, contacts, meetings, trips, leads, chainPlaces] = await Promise.all([
    getTranslations(),
    getLocale().then(toLocale),
    companyContacts(company.id),
    companyMeetings(company.id),
    companyTrips(user, company.id),
    relatedLeads(user, { company: company.id }),
    companyChainPlaces(company.id),
  ]);
  const canWrite = writesTrips(user);

  return (
    <div className="mx-auto max-w-4xl space-y-5">
      <Breadcrumb label={t("companies.detail.breadcrumb")} back={{ href: "/companies", title: t("companies.title") }} current={t("companies.detail.title")} />

      <DetailHeader>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h1 className="text-lg font-semibold sm:text-2xl">{company.name}</h1>
          {canWrite ? (
            <Link href={`/companies/${company.id}/edit`} className={secondaryButton}>
              {t("actions.edit")}
            </Link>
          ) : null}
        </div>
        <Facts
          facts={[
            { label: t("companies.creditCode"), value: company.creditCode, className: "break-all font-mono" },
            { label: t("companies.industry"), value: company.industryName },
            { label: t("companies.city"), value: [company.province, company.city].filter(Boolean).join(" ") },
            { label: t("companies.address"), value: company.address, optional: true },
            { label: t("companies.description"), value: company.description, optional: true, className: "whitespace-pre-line" },
          ]}
        />
      </DetailHeader>

      <CompanyChains places={chainPlaces} />

      <DetailSection id="company-contacts" title={t("companies.detail.contacts")}>
        <ContactList companyId={company.id} canWrite={canWrite} contacts={contacts} />
      </DetailSection>

      <DetailSection id="company-meetings" title={t("companies.detail.meetings")}>
        {meetings.length === 0 ? (
          <EmptyNote>{t("companies.detail.noMeetings")}</EmptyNote>
        ) : (
          <ul className={detailListClass}>
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
      </DetailSection>

      <DetailSection id="company-trips" title={t("companies.detail.trips")}>
        {trips.length === 0 ? (
          <EmptyNote>{t("companies.detail.noTrips")}</EmptyNote>
        ) : (
          <ul className={detailListClass}>
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
      </DetailSection>

      <RelatedLeads of={{ company: company.id }} leads={leads} title={t("companies.detail.leads")} empty={t("companies.detail.noLeads")} showCompany={false} />
    </div>
  );
}
