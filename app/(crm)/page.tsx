import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Cockpit } from "@/components/cockpit/cockpit";
import { PageHeader } from "@/components/layout/page-header";
import { StageBadge } from "@/components/leads/stage-badge";
import { leaderTripCount, recentEvents, upcomingTrips } from "@/db/queries/dashboard";
import { AttentionList } from "@/components/supervision/attention-list";
import { countLeads, stageTotals } from "@/db/queries/leads/counts";
import { loadStaleLimits } from "@/db/queries/stage-settings";
import { attentionLeads } from "@/db/queries/supervision";
import { toLocale } from "@/i18n/locales";
import { ownsLeads, readsCockpit } from "@/lib/auth/policy";
import { requireArea } from "@/lib/auth/session";
import { periodOrYearToDate } from "@/lib/domain/period";
import { formatDateRange, formatDateTime, formatYi, toIsoDate } from "@/lib/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

function Figure({ label, value, unit, href }: { label: string; value: string | number; unit?: string; href: string }) {
  return (
    <Link href={href} className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600">
      <div className="text-sm text-slate-500">{label}</div>
      <div className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">
        {value}
        {unit ? <span className="ml-1 text-sm font-normal text-slate-500">{unit}</span> : null}
      </div>
    </Link>
  );
}

type SearchParams = Record<string, string | string[] | undefined>;

export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireArea("dashboard");
  const now = new Date();
  const today = toIsoDate(now);
  if (readsCockpit(user)) {
    // The cockpit of the city's leaders: by default January to the current month.
    const period = periodOrYearToDate(await searchParams, today);
    return <Cockpit user={user} period={period} today={today} />;
  }
  const year = today.slice(0, 4);
  const yearStart = `${year}-01-01`;
  const limits = await loadStaleLimits();
  const [t, locale, signed, leaderTrips, active, mine, overdue, stale, totals, events, trips, myOverdue, myStale] = await Promise.all([
    getTranslations(),
    getLocale().then(toLocale),
    countLeads(user, { signedFrom: yearStart, signedTo: today }, now),
    leaderTripCount(yearStart, today),
    countLeads(user, { attention: "active" }, now),
    countLeads(user, { mine: true }, now),
    countLeads(user, { attention: "overdue" }, now),
    countLeads(user, { stale: true }, now),
    stageTotals(user),
    recentEvents(user),
    upcomingTrips(today),
    attentionLeads(user, "overdue", { ownerId: user.id, limit: 5 }, now, limits),
    attentionLeads(user, "stale", { ownerId: user.id, limit: 5 }, now, limits),
  ]);
  const signedHref = `/leads?signedFrom=${yearStart}&signedTo=${today}`;
  return (
    <>
      <PageHeader title={t("dashboard.greeting", { name: user.name })} subtitle={user.title ?? t(`enum.role.${user.role}`)} />
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Figure label={t("dashboard.signedThisYear", { year })} value={signed.count} unit={t("units.count")} href={signedHref} />
        <Figure label={t("dashboard.signedAmountThisYear", { year })} value={formatYi(signed.signedAmount)} unit={t("units.yi")} href={signedHref} />
        <Figure label={t("dashboard.tripsThisYear", { year })} value={leaderTrips} unit={t("units.count")} href="/trips" />
        <Figure label={t("dashboard.leadsInScope")} value={active.count} unit={t("units.count")} href="/leads?attention=active" />
        {ownsLeads(user) ? (
          <Figure label={t("dashboard.myLeads")} value={mine.count} unit={t("units.count")} href="/leads?mine=1" />
        ) : null}
        <Figure label={t("dashboard.overdue")} value={overdue.count} unit={t("units.count")} href="/leads?attention=overdue" />
        <Figure label={t("dashboard.stale")} value={stale.count} unit={t("units.count")} href="/leads?stale=1" />
      </div>

      <section aria-labelledby="my-supervision" className="mt-6">
        <h2 id="my-supervision" className="mb-2 text-lg font-semibold">{t("dashboard.mySupervision")}</h2>
        {myOverdue.total + myStale.total === 0 ? (
          <p className="rounded-lg border border-slate-200 bg-white px-3 py-3 text-sm text-slate-500">{t("dashboard.mySupervisionClear")}</p>
        ) : (
          <div className="grid gap-4 lg:grid-cols-2">
            <AttentionList kind="overdue" rows={myOverdue.rows} total={myOverdue.total} moreHref="/leads?mine=1&attention=overdue" limits={limits} today={today} now={now} showOwner={false} />
            <AttentionList kind="stale" rows={myStale.rows} total={myStale.total} moreHref="/leads?mine=1&stale=1" limits={limits} today={today} now={now} showOwner={false} />
          </div>
        )}
      </section>

      <section aria-labelledby="stage-summary" className="mt-6">
        <h2 id="stage-summary" className="mb-2 text-lg font-semibold">{t("dashboard.stageSummary")}</h2>
        <ul className="grid grid-cols-3 gap-2 sm:grid-cols-5 lg:grid-cols-9">
          {totals.map((s) => (
            <li key={s.stage}>
              <Link href={`/leads?stage=${s.stage}`} className="block rounded-md border border-slate-200 bg-white px-2.5 py-2 hover:border-brand-600">
                <StageBadge stage={s.stage} />
                <div className="mt-1 text-lg font-semibold tabular-nums">{s.count}</div>
                <div className="text-xs text-slate-500">{t("dashboard.amountYi", { amount: formatYi(s.amount) })}</div>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="recent-events">
          <h2 id="recent-events" className="mb-2 text-lg font-semibold">{t("dashboard.recentEvents")}</h2>
          {events.length === 0 ? (
            <p className="text-sm text-slate-500">{t("dashboard.noEvents")}</p>
          ) : (
            <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
              {events.map((e) => (
                <li key={e.id} className="px-3 py-2.5 text-sm">
                  <div className="flex flex-wrap items-center gap-x-2">
                    <Link href={`/leads/${e.leadId}`} prefetch={false} className="font-medium text-brand-700 hover:underline">{e.leadName}</Link>
                    <span className="text-xs text-slate-500">
                      {t(`enum.leadEventKind.${e.kind}`)}
                      {e.toStage ? ` → ${t(`enum.stage.${e.toStage}`)}` : ""}
                    </span>
                  </div>
                  {e.body ? <p className="mt-0.5 line-clamp-2 text-slate-600">{e.body}</p> : null}
                  <div className="mt-0.5 text-xs text-slate-400">
                    {e.actorName ?? "—"} · {formatDateTime(e.occurredAt, locale)}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="upcoming-trips">
          <h2 id="upcoming-trips" className="mb-2 text-lg font-semibold">{t("dashboard.upcomingTrips")}</h2>
          {trips.length === 0 ? (
            <p className="text-sm text-slate-500">{t("dashboard.noTrips")}</p>
          ) : (
            <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
              {trips.map((trip) => (
                <li key={trip.id} className="px-3 py-2.5 text-sm">
                  <div className="font-medium">{trip.title}</div>
                  <div className="mt-0.5 text-xs text-slate-500">
                    {trip.leaderName} · {formatDateRange(trip.startOn, trip.endOn, locale)} · {trip.destinations}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
