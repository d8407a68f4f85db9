import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumb, DetailActions, DetailHeader, DetailSection, detailListClass, EmptyNote, Facts } from "@/components/layout/detail-page";
import { RelatedLeads } from "@/components/leads/related-leads";
import { MeetingCard } from "@/components/meetings/meeting-card";
import { TripStatusBadge } from "@/components/trips/trip-status-badge";
import { relatedLeads } from "@/db/queries/related-leads";
import { companiesOfMeetings, getTrip, tripMeetings } from "@/db/queries/trips";
import { toLocale } from "@/i18n/locales";
import { writesTrips } from "@/lib/auth/policy";
import { requireArea } from "@/lib/auth/session";
import { formatDateRange } from "@/lib/format";
import { parseRouteId } from "@/lib/route-id";
import { primaryButton, secondaryButton } from "@/components/form/styles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("trips"))("detail.title") };
}

export default async function TripPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireArea("trips");
  const id = parseRouteId((await params).id);
  const trip = id ? await getTrip(id) : null;
  if (!trip) notFound();
  const [t, locale, meetings, leads] = await Promise.all([getTranslations(), getLocale().then(toLocale), tripMeetings(trip.id), relatedLeads(user, { trip: trip.id })]);
  const companies = companiesOfMeetings(meetings);
  const canWrite = writesTrips(user);

  return (
    <div className="mx-auto max-w-4xl space-y-5">
      <Breadcrumb label={t("trips.detail.breadcrumb")} back={{ href: "/trips", title: t("trips.title") }} current={t("trips.detail.title")} />

      <DetailHeader>
        <div className="flex flex-wrap items-start justify-between gap-2">
          <h1 className="text-lg font-semibold leading-snug text-slate-900 sm:text-2xl">{trip.title}</h1>
          <TripStatusBadge status={trip.status} />
        </div>
        <Facts
          facts={[
            {
              label: t("trips.leader"),
              value: (
                <>
                  {trip.leaderName}
                  {trip.leaderTitle ? <span className="ml-1 text-slate-500">{trip.leaderTitle}</span> : null}
                </>
              ),
            },
            { label: t("trips.dates"), value: formatDateRange(trip.startOn, trip.endOn, locale) },
            {
              label: t("trips.destinations"),
              value: (
                <>
                  {trip.destinations}
                  <span className="ml-1 text-slate-500">（{t(`enum.region.${trip.region}`)}）</span>
                </>
              ),
            },
            { label: t("trips.members"), value: trip.members.length ? trip.members.map((m) => m.name).join("、") : t("trips.detail.noMembers") },
            { label: t("trips.purpose"), value: trip.purpose, optional: true, className: "whitespace-pre-line" },
          ]}
        />
        <DetailActions>
          {canWrite ? (
            <Link href={`/meetings/new?trip=${trip.id}`} className={`${primaryButton} col-span-2`}>
              ＋ {t("trips.detail.logMeeting")}
            </Link>
          ) : null}
          {canWrite ? (
            <Link href={`/trips/${trip.id}/edit`} className={secondaryButton}>
              {t("actions.edit")}
            </Link>
          ) : null}
          <Link href={`/trips/${trip.id}/report`} className={secondaryButton}>
            {t("trips.detail.report")}
          </Link>
        </DetailActions>
      </DetailHeader>

      <DetailSection id="trip-meetings" title={t("trips.detail.meetings")} count={t("trips.detail.count", { count: meetings.length })}>
        {meetings.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-6 text-center text-sm text-slate-500">{t("trips.detail.noMeetings")}</p>
        ) : (
          <ol className="space-y-3">
            {meetings.map((m) => (
              <li key={m.id}>
                <MeetingCard meeting={m} locale={locale} leadNames={leads.filter((l) => l.originMeetingId === m.id).map((l) => l.name)} />
              </li>
            ))}
          </ol>
        )}
      </DetailSection>

      <DetailSection id="trip-companies" title={t("trips.detail.companies")}>
        {companies.length === 0 ? (
          <EmptyNote>{t("trips.detail.noCompanies")}</EmptyNote>
        ) : (
          <ul className={detailListClass}>
            {companies.map((c) => (
              <li key={c.id}>
                <Link href={`/companies/${c.id}`} className="flex min-h-11 items-center justify-between gap-3 px-4 py-2.5 hover:bg-brand-50/40">
                  <span>
                    <span className="font-medium text-brand-700">{c.name}</span>
                    {c.city ? <span className="ml-2 text-xs text-slate-500">{c.city}</span> : null}
                  </span>
                  <span className="shrink-0 text-xs text-slate-500">{t("trips.detail.meetingTimes", { count: c.meetings })}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </DetailSection>

      <RelatedLeads of={{ trip: trip.id }} leads={leads} title={t("trips.detail.leads")} empty={t("trips.detail.noLeads")} />
      <p className="text-xs text-slate-600">
        {trip.createdByName ? t("trips.detail.loggedBy", { name: trip.createdByName }) : null}
      </p>
    </div>
  );
}
