import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
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

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("trips"))("detail.title") };
}

const buttonClass = "inline-flex min-h-11 items-center justify-center rounded-md px-4 text-sm font-semibold";

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
      <nav aria-label={t("trips.detail.breadcrumb")} className="text-sm text-slate-500">
        <Link href="/trips" className="hover:text-brand-700 hover:underline">
          {t("trips.title")}
        </Link>
        <span aria-hidden> / </span>
        <span>{t("trips.detail.title")}</span>
      </nav>

      <header className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <h1 className="text-lg font-semibold leading-snug text-slate-900 sm:text-2xl">{trip.title}</h1>
          <TripStatusBadge status={trip.status} />
        </div>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1.5 text-sm">
          <dt className="text-slate-500">{t("trips.leader")}</dt>
          <dd>
            {trip.leaderName}
            {trip.leaderTitle ? <span className="ml-1 text-slate-500">{trip.leaderTitle}</span> : null}
          </dd>
          <dt className="text-slate-500">{t("trips.dates")}</dt>
          <dd>{formatDateRange(trip.startOn, trip.endOn, locale)}</dd>
          <dt className="text-slate-500">{t("trips.destinations")}</dt>
          <dd>
            {trip.destinations}
            <span className="ml-1 text-slate-500">（{t(`enum.region.${trip.region}`)}）</span>
          </dd>
          <dt className="text-slate-500">{t("trips.members")}</dt>
          <dd>{trip.members.length ? trip.members.map((m) => m.name).join("、") : t("trips.detail.noMembers")}</dd>
          {trip.purpose ? (
            <>
              <dt className="text-slate-500">{t("trips.purpose")}</dt>
              <dd className="whitespace-pre-line">{trip.purpose}</dd>
            </>
          ) : null}
        </dl>
        <div className="mt-4 grid grid-cols-2 gap-2 sm:flex sm:flex-wrap">
          {canWrite ? (
            <Link href={`/meetings/new?trip=${trip.id}`} className={`${buttonClass} col-span-2 bg-brand-600 text-white hover:bg-brand-700`}>
              ＋ {t("trips.detail.logMeeting")}
            </Link>
          ) : null}
          {canWrite ? (
            <Link href={`/trips/${trip.id}/edit`} className={`${buttonClass} border border-slate-300 bg-white text-slate-700 hover:border-brand-600`}>
              {t("actions.edit")}
            </Link>
          ) : null}
          <Link href={`/trips/${trip.id}/report`} className={`${buttonClass} border border-slate-300 bg-white text-slate-700 hover:border-brand-600`}>
            {t("trips.detail.report")}
          </Link>
        </div>
      </header>

      <section aria-labelledby="trip-meetings" className="space-y-2">
        <h2 id="trip-meetings" className="text-lg font-semibold">
          {t("trips.detail.meetings")}
          <span className="ml-2 text-sm font-normal text-slate-500">{t("trips.detail.count", { count: meetings.length })}</span>
        </h2>
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
      </section>

      <section aria-labelledby="trip-companies" className="space-y-2">
        <h2 id="trip-companies" className="text-lg font-semibold">
          {t("trips.detail.companies")}
        </h2>
        {companies.length === 0 ? (
          <p className="text-sm text-slate-500">{t("trips.detail.noCompanies")}</p>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
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
      </section>

      <RelatedLeads of={{ trip: trip.id }} leads={leads} title={t("trips.detail.leads")} empty={t("trips.detail.noLeads")} />
      <p className="text-xs text-slate-400">
        {trip.createdByName ? t("trips.detail.loggedBy", { name: trip.createdByName }) : null}
      </p>
    </div>
  );
}
