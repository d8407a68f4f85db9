import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Cockpit } from "@/components/cockpit/cockpit";
import { PageHeader } from "@/components/layout/page-header";
import { StageBadge } from "@/components/leads/stage-badge";
import { workbenchData } from "@/db/queries/dashboard";
import { AttentionList } from "@/components/supervision/attention-list";
import { MyTasks } from "@/components/tasks/my-tasks";
import { toLocale } from "@/i18n/locales";
import { ownsLeads, readsCockpit, writesTrips } from "@/lib/auth/policy";
import { requireArea } from "@/lib/auth/session";
import { periodOrYearToDate } from "@/lib/domain/period";
import { formatDateRange, formatDateTime, formatMoney, formatMoneyFigure, moneyHeading, toIsoDate } from "@/lib/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

function Figure({ label, whose, value, unit, href, note }: { label: string; whose: string; value: string | number; unit?: string; href: string; note?: string }) {
  return (
    <Link href={href} prefetch={false} title={note} className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600">
      <div className="flex items-start justify-between gap-2 text-sm text-slate-600">
        <span>{label}</span>
        <span className="shrink-0 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{whose}</span>
      </div>
      <div className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">
        {value}
        {unit ? <span className="ml-1 text-sm font-normal text-slate-600">{unit}</span> : null}
      </div>
      {note ? <div className="mt-1 text-xs text-slate-600">{note}</div> : null}
    </Link>
  );
}

type SearchParams = Record<string, string | string[] | undefined>;

export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireArea("dashboard");
  const now = new Date();
  const today = toIsoDate(now);
  const sp = await searchParams;
  if (readsCockpit(user)) {
    // The cockpit of the city's leaders: by default January to the current month.
    const period = periodOrYearToDate(sp, today);
    return <Cockpit user={user} period={period} today={today} />;
  }
  // Those who own leads may narrow every figure and list to their own ("只看我的").
  const mine = ownsLeads(user) && sp.mine === "1";
  const [t, locale, data] = await Promise.all([getTranslations(), getLocale().then(toLocale), workbenchData(user, mine, now)]);
  const { whose, yearStart, signed, trips, active, own, overdue, stale, stages, events, upcoming, limits } = data;
  const year = today.slice(0, 4);
  const whoseLabel = t(`dashboard.whose.${whose}`);
  const cityLabel = t("dashboard.whose.city");
  // The leads-table links carry the same "mine" as the figures.
  const leadsHref = (query: string) => `/leads?${query}${mine ? "&mine=1" : ""}`;
  const signedHref = leadsHref(`signedFrom=${yearStart}&signedTo=${today}`);
  return (
    <>
      <PageHeader
        title={t("dashboard.greeting", { name: user.name })}
        subtitle={user.title ?? t(`enum.role.${user.role}`)}
        // Those who log meetings (secretaries) do it from here in one tap; the form fills in the rest.
        create={writesTrips(user) && { href: "/meetings/new", label: `＋ ${t("meetings.new")}` }}
      />
      <MyTasks viewer={user} today={today} />
      {ownsLeads(user) ? (
        <nav aria-label={t("dashboard.whoseSwitch")} className="mb-3 inline-flex rounded-md border border-slate-300 bg-white p-0.5 text-sm">
          {[
            { href: "/", label: t("dashboard.whose.group"), current: !mine },
            { href: "/?mine=1", label: t("dashboard.onlyMine"), current: mine },
          ].map((option) => (
            <Link
              key={option.href}
              href={option.href}
              aria-current={option.current ? "page" : undefined}
              className={`inline-flex min-h-11 items-center rounded px-4 ${option.current ? "bg-brand-700 text-white" : "text-slate-700 hover:bg-slate-100"}`}
            >
              {option.label}
            </Link>
          ))}
        </nav>
      ) : null}
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Figure label={t("dashboard.signedThisYear", { year })} whose={whoseLabel} value={signed.count} unit={t("units.count")} href={signedHref} />
        <Figure label={t("dashboard.signedAmountThisYear", { year })} whose={whoseLabel} value={formatMoneyFigure(signed.signedAmount, locale)} unit={moneyHeading(locale)} href={signedHref} />
        <Figure
          label={t("dashboard.principalTripsThisYear", { year })}
          whose={cityLabel}
          value={trips.principal.value}
          unit={t("cockpit.timesUnit")}
          href={trips.principal.href}
          note={t("cockpit.definitions.principalTrips")}
        />
        <Figure label={t("dashboard.leadsInScope")} whose={whoseLabel} value={active.count} unit={t("units.count")} href={leadsHref("attention=active")} />
        {ownsLeads(user) && !mine ? (
          <Figure label={t("dashboard.myLeads")} whose={t("dashboard.whose.mine")} value={own.count} unit={t("units.count")} href="/leads?mine=1" />
        ) : null}
        <Figure label={t("dashboard.overdue")} whose={whoseLabel} value={overdue.total} unit={t("units.count")} href={leadsHref("attention=overdue")} />
        <Figure label={t("dashboard.stale")} whose={whoseLabel} value={stale.total} unit={t("units.count")} href={leadsHref("stale=1")} />
      </div>

      <section aria-labelledby="my-supervision" className="mt-6">
        <h2 id="my-supervision" className="mb-2 text-lg font-semibold">{t("dashboard.supervision", { whose: whoseLabel })}</h2>
        {overdue.total + stale.total === 0 ? (
          <p className="rounded-lg border border-slate-200 bg-white px-3 py-3 text-sm text-slate-600">{t("dashboard.supervisionClear", { whose: whoseLabel })}</p>
        ) : (
          <div className="grid gap-4 lg:grid-cols-2">
            <AttentionList kind="overdue" rows={overdue.rows} total={overdue.total} moreHref={leadsHref("attention=overdue")} limits={limits} today={today} now={now} showOwner={!mine} />
            <AttentionList kind="stale" rows={stale.rows} total={stale.total} moreHref={leadsHref("stale=1")} limits={limits} today={today} now={now} showOwner={!mine} />
          </div>
        )}
      </section>

      <section aria-labelledby="stage-summary" className="mt-6">
        <h2 id="stage-summary" className="mb-2 text-lg font-semibold">{t("dashboard.stageSummary", { whose: whoseLabel })}</h2>
        <ul className="grid grid-cols-3 gap-2 sm:grid-cols-5 lg:grid-cols-9">
          {stages.map((s) => (
            <li key={s.stage}>
              <Link href={leadsHref(`stage=${s.stage}`)} className="block rounded-md border border-slate-200 bg-white px-2.5 py-2 hover:border-brand-600">
                <StageBadge stage={s.stage} />
                <div className="mt-1 text-lg font-semibold tabular-nums">{s.count}</div>
                <div className="text-xs tabular-nums text-slate-600">{formatMoney(s.amount, locale)}</div>
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
                  <div className="mt-0.5 text-xs text-slate-600">
                    {e.actorName ?? "—"} · {formatDateTime(e.occurredAt, locale)}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="upcoming-trips">
          <h2 id="upcoming-trips" className="mb-2 text-lg font-semibold">{t("dashboard.upcomingTrips")}</h2>
          {upcoming.length === 0 ? (
            <p className="text-sm text-slate-500">{t("dashboard.noTrips")}</p>
          ) : (
            <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
              {upcoming.map((trip) => (
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
