// The leadership cockpit (工作台 of `leader` and `admin`): the period's figures against the year's
// targets, month by month, cut by district, task group, industry, source and partner, the funnel and
// the ranking. Every count links to the leads table filtered to exactly the leads behind it.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { StageBadge } from "@/components/leads/stage-badge";
import { SimpleTable } from "@/components/ui/simple-table";
import { cockpitData, ranking, type BreakdownRow, type Card } from "@/db/queries/cockpit";
import type { CurrentUser } from "@/lib/auth/current-user";
import { formatRate } from "@/lib/domain/supporting-rate";
import { periodParams, periodTitle, yearPeriod, yearToDate, type Period } from "@/lib/domain/period";
import { formatYi } from "@/lib/format";
import { TrendChart } from "./trend-chart";
import { primaryButton } from "@/components/form/styles";

const num = (n: number, href: string | null, label?: string) =>
  href ? (
    <Link href={href} prefetch={false} className="font-medium tabular-nums text-brand-700 hover:underline" aria-label={label}>
      {n}
    </Link>
  ) : (
    <span className="tabular-nums">{n}</span>
  );
const yiLink = (wan: number, href: string | null) =>
  href ? (
    <Link href={href} prefetch={false} className="tabular-nums text-brand-700 hover:underline">
      {formatYi(wan)}
    </Link>
  ) : (
    <span className="tabular-nums">{formatYi(wan)}</span>
  );
const yiNumber = (wan: number) => Math.round(wan / 100) / 100;

export async function Cockpit({ user, period, today }: { user: CurrentUser; period: Period; today: string }) {
  const now = new Date();
  const [t, { cards, attention, trend, byDistrict, byGroup, byIndustry, bySource, partners, chains, stages }] = await Promise.all([
    getTranslations(),
    cockpitData(user, period, now),
  ]);
  const yearLabel = periodTitle(period);
  const query = new URLSearchParams(periodParams(period)).toString();

  const cardView = (key: keyof typeof cards, c: Card, money: boolean) => {
    const value = money ? formatYi(c.value) : String(c.value);
    const isTrips = key === "leaderTrips" || key === "principalTrips";
    const unit = money ? t("units.yi") : isTrips ? t("cockpit.timesUnit") : t("units.count");
    const body = (
      <>
        <div className="text-sm text-slate-500">{t(`cockpit.cards.${key}`)}</div>
        <div className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">
          {value}
          <span className="ml-1 text-sm font-normal text-slate-500">{unit}</span>
        </div>
        {c.target !== null ? (
          <div className="mt-2">
            <div className="h-1.5 overflow-hidden rounded bg-slate-100">
              <div className="h-full bg-brand-600" style={{ width: `${Math.min(100, c.percent ?? 0)}%` }} />
            </div>
            <div className="mt-1 flex flex-wrap justify-between gap-x-2 text-xs text-slate-500">
              <span>{t("cockpit.target", { target: money ? `${formatYi(c.target)}${t("units.yi")}` : `${c.target}${unit}` })}</span>
              <span className="font-medium text-slate-700">{t("cockpit.percentDone", { percent: (c.percent ?? 0).toFixed(1) })}</span>
            </div>
          </div>
        ) : isTrips ? (
          <div className="mt-2 text-xs text-slate-500">{t(`cockpit.definitions.${key}`)}</div>
        ) : key === "from1to5" || key === "over5" ? null : (
          <div className="mt-2 text-xs text-slate-400">{t("cockpit.noTarget")}</div>
        )}
      </>
    );
    const className = "block rounded-lg border border-slate-200 bg-white p-4 shadow-sm";
    return c.href ? (
      <Link
        key={key}
        href={c.href}
        prefetch={false}
        className={`${className} hover:border-brand-600`}
        aria-label={`${t(`cockpit.cards.${key}`)} ${value}${unit}`}
        title={isTrips ? t(`cockpit.definitions.${key}`) : undefined}
      >
        {body}
      </Link>
    ) : (
      <div key={key} className={className}>
        {body}
      </div>
    );
  };

  const breakdownTable = (id: string, title: string, rows: BreakdownRow[], nameOf: (r: BreakdownRow) => string, withTarget: boolean) => (
    <section aria-labelledby={id} className="mt-6">
      <h2 id={id} className="mb-2 text-lg font-semibold">{title}</h2>
      <SimpleTable
        caption={title}
        headers={[
          t("cockpit.name"),
          t("cockpit.introducedShort"),
          t("cockpit.from1to5Short"),
          t("cockpit.over5Short"),
          t("cockpit.signedShort"),
          t("cockpit.fixedShort"),
          t("cockpit.fundsShort"),
          ...(withTarget ? [t("cockpit.percentShort")] : []),
        ]}
        rows={rows.map((r) => [
          <span key="n" className="whitespace-nowrap">{r.id === null ? t("cockpit.unset") : nameOf(r)}</span>,
          num(r.introduced, r.introducedHref),
          num(r.from1to5, r.from1to5Href),
          num(r.over5, r.over5Href),
          yiLink(r.signedInvestment, r.introducedHref),
          yiLink(r.fixedAsset, r.reportedHref),
          yiLink(r.fundsInPlace, r.reportedHref),
          ...(withTarget ? [r.percent === null ? "—" : `${r.percent.toFixed(1)}%`] : []),
        ])}
      />
    </section>
  );

  const rankList = (id: string, title: string, rows: BreakdownRow[]) => (
    <section aria-labelledby={id}>
      <h3 id={id} className="mb-2 font-semibold">{title}</h3>
      <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
        {ranking(rows).map((r, i) => (
          <li key={r.key} className="flex items-center gap-3 px-3 py-2">
            <span className={`w-6 text-center font-semibold tabular-nums ${i < 3 ? "text-red-700" : "text-slate-500"}`}>{i + 1}</span>
            <span className="min-w-0 flex-1 truncate">{r.name}</span>
            {num(r.introduced, r.introducedHref)}
            <span className="w-16 text-right tabular-nums text-slate-600">{r.percent === null ? "—" : `${r.percent.toFixed(1)}%`}</span>
          </li>
        ))}
      </ol>
    </section>
  );

  const lastYear = Number(today.slice(0, 4)) - 1;
  const thisYear = Number(today.slice(0, 4));
  const presets = [
    { label: t("cockpit.thisYearToDate"), period: yearToDate(today) },
    { label: t("cockpit.wholeYear", { year: thisYear }), period: yearPeriod(thisYear) },
    { label: t("cockpit.wholeYear", { year: lastYear }), period: yearPeriod(lastYear) },
  ];

  return (
    <>
      <PageHeader
        title={t("cockpit.title")}
        subtitle={t("cockpit.subtitle", { period: yearLabel })}
        actions={
          <Link href={`/report?${query}`} className={primaryButton}>
            {t("cockpit.reportCard")}
          </Link>
        }
      />
      <form method="get" action="/" className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3" aria-label={t("cockpit.period")}>
        <div className="space-y-1">
          <label htmlFor="cockpit-from" className="block text-xs font-medium text-slate-600">{t("cockpit.fromMonth")}</label>
          <input id="cockpit-from" name="from" type="month" required defaultValue={period.fromMonth} className="rounded-md border border-slate-300 px-2 py-1.5 text-sm" />
        </div>
        <div className="space-y-1">
          <label htmlFor="cockpit-to" className="block text-xs font-medium text-slate-600">{t("cockpit.toMonth")}</label>
          <input id="cockpit-to" name="to" type="month" required defaultValue={period.toMonth} className="rounded-md border border-slate-300 px-2 py-1.5 text-sm" />
        </div>
        <button type="submit" className={primaryButton}>{t("cockpit.apply")}</button>
        <div className="flex flex-wrap gap-2">
          {presets.map((p) => (
            <Link key={p.label} href={`/?${new URLSearchParams(periodParams(p.period)).toString()}`} className="rounded-full border border-slate-300 px-3 py-1 text-sm text-slate-700 hover:border-brand-600">
              {p.label}
            </Link>
          ))}
        </div>
      </form>

      <section aria-label={t("cockpit.period")} className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {cardView("introduced", cards.introduced, false)}
        {cardView("from1to5", cards.from1to5, false)}
        {cardView("over5", cards.over5, false)}
        {cardView("signedInvestment", cards.signedInvestment, true)}
        {cardView("fixedAsset", cards.fixedAsset, true)}
        {cardView("fundsInPlace", cards.fundsInPlace, true)}
        {cardView("principalTrips", cards.principalTrips, false)}
        {cardView("leaderTrips", cards.leaderTrips, false)}
        <div className="rounded-lg border border-amber-200 bg-amber-50 p-4">
          <div className="text-sm text-amber-800">{t("cockpit.attention")}</div>
          <div className="mt-1 flex flex-wrap gap-x-4 text-sm">
            <Link href={attention.overdue.href} prefetch={false} className="text-amber-900 hover:underline">
              {t("cockpit.overdue")} <span className="text-xl font-semibold tabular-nums">{attention.overdue.value}</span>
            </Link>
            <Link href={attention.stale.href} prefetch={false} className="text-amber-900 hover:underline">
              {t("cockpit.stale")} <span className="text-xl font-semibold tabular-nums">{attention.stale.value}</span>
            </Link>
          </div>
        </div>
      </section>

      <section aria-labelledby="cockpit-trend" className="mt-6">
        <h2 id="cockpit-trend" className="mb-2 text-lg font-semibold">{t("cockpit.trend")}</h2>
        <div className="rounded-lg border border-slate-200 bg-white p-2">
          <TrendChart
            label={t("cockpit.trendChart")}
            months={trend.map((m) => t("cockpit.monthLabel", { month: Number(m.month.slice(5)) }))}
            axisNames={[t("units.count"), t("units.yi")]}
            series={[
              { name: t("cockpit.introducedShort"), kind: "bar", axis: 0, values: trend.map((m) => m.introduced) },
              { name: t("cockpit.signedShort"), kind: "line", axis: 1, values: trend.map((m) => yiNumber(m.signedInvestment)) },
              { name: t("cockpit.fixedShort"), kind: "line", axis: 1, values: trend.map((m) => yiNumber(m.fixedAsset)) },
              { name: t("cockpit.fundsShort"), kind: "line", axis: 1, values: trend.map((m) => yiNumber(m.fundsInPlace)) },
            ]}
          />
        </div>
        <div className="mt-2">
          <SimpleTable
            caption={t("cockpit.trend")}
            headers={[t("cockpit.month"), t("cockpit.introducedShort"), t("cockpit.signedShort"), t("cockpit.fixedShort"), t("cockpit.fundsShort")]}
            rows={trend.map((m) => [
              m.month,
              num(m.introduced, m.introducedHref),
              yiLink(m.signedInvestment, m.introducedHref),
              yiLink(m.fixedAsset, m.reportedHref),
              yiLink(m.fundsInPlace, m.reportedHref),
            ])}
          />
        </div>
      </section>

      <section aria-labelledby="cockpit-ranking" className="mt-6">
        <h2 id="cockpit-ranking" className="text-lg font-semibold">{t("cockpit.ranking")}</h2>
        <p className="mb-2 text-xs text-slate-500">{t("cockpit.rankingNote")}</p>
        <div className="grid gap-4 lg:grid-cols-2">
          {rankList("rank-groups", t("cockpit.rankGroups"), byGroup)}
          {rankList("rank-districts", t("cockpit.rankDistricts"), byDistrict)}
        </div>
      </section>

      {breakdownTable("by-district", t("cockpit.byDistrict"), byDistrict, (r) => r.name ?? "", true)}
      {breakdownTable("by-group", t("cockpit.byGroup"), byGroup, (r) => r.name ?? "", true)}
      {breakdownTable("by-industry", t("cockpit.byIndustry"), byIndustry, (r) => r.name ?? "", false)}
      {breakdownTable("by-source", t("cockpit.bySource"), bySource, (r) => t(`enum.source.${r.id as string}`), false)}

      <section aria-labelledby="by-partner" className="mt-6">
        <h2 id="by-partner" className="mb-2 text-lg font-semibold">{t("cockpit.byPartner")}</h2>
        <SimpleTable
          caption={t("cockpit.byPartner")}
          headers={[t("cockpit.name"), t("cockpit.agreements"), t("cockpit.platformAgreements"), t("cockpit.introducedShort"), t("cockpit.signedShort")]}
          rows={partners.map((p) => [
            <Link key="n" href={p.href} prefetch={false} className="whitespace-nowrap text-brand-700 hover:underline">{p.name}</Link>,
            p.agreements,
            p.platformAgreements,
            num(p.introduced, p.introducedHref),
            yiLink(p.signedInvestment, p.introducedHref),
          ])}
        />
      </section>

      <section aria-labelledby="chain-rates" className="mt-6">
        <h2 id="chain-rates" className="mb-2 text-lg font-semibold">{t("cockpit.chains")}</h2>
        <SimpleTable
          caption={t("cockpit.chains")}
          headers={[t("cockpit.chain"), t("cockpit.rate"), t("cockpit.openGaps")]}
          rows={chains.map((c) => [
            <Link key="n" href={c.href} prefetch={false} className="whitespace-nowrap text-brand-700 hover:underline">{c.name}</Link>,
            formatRate(c.rate),
            c.openGaps,
          ])}
        />
      </section>

      <section aria-labelledby="cockpit-funnel" className="mt-6">
        <h2 id="cockpit-funnel" className="text-lg font-semibold">{t("cockpit.funnel")}</h2>
        <p className="mb-2 text-xs text-slate-500">{t("cockpit.funnelNote")}</p>
        <SimpleTable
          caption={t("cockpit.funnel")}
          headers={[t("cockpit.stage"), t("cockpit.now"), t("cockpit.conversion"), t("cockpit.medianDays")]}
          rows={stages.map((s) => [
            <StageBadge key="s" stage={s.stage} />,
            num(s.count, s.href),
            s.conversion === null ? "—" : `${s.conversion.toFixed(1)}%`,
            s.medianDays === null ? "—" : t("cockpit.days", { days: s.medianDays }),
          ])}
        />
      </section>
    </>
  );
}
