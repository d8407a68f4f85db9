// The leadership cockpit (工作台 of `leader` and `admin`): the period's figures against the year's
// targets, month by month, cut by district, task group, industry, source and partner, the funnel and
// the ranking. Every count links to the leads table filtered to exactly the leads behind it.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { StageBadge } from "@/components/leads/stage-badge";
import { SimpleTable } from "@/components/ui/simple-table";
import { cockpitData, ranking, type BreakdownRow, type Card } from "@/db/queries/cockpit";
import type { CurrentUser } from "@/lib/auth/current-user";
import { formatRate } from "@/lib/domain/supporting-rate";
import { periodName, periodParams, yearPeriod, yearToDate, type Period } from "@/lib/domain/period";
import { formatMoney, formatMoneyFigure, moneyHeading, monthName } from "@/lib/format";
import { toLocale, type Locale } from "@/i18n/locales";
import { FunnelBars } from "./funnel-bars";
import { CockpitSectionNav, sectionClass, sectionId } from "./section-nav";
import { TrendChart } from "./trend-chart";
import { MyTasks } from "@/components/tasks/my-tasks";
import { primaryButton } from "@/components/form/styles";

const num = (n: number, href: string | null, label?: string) =>
  href ? (
    <Link href={href} prefetch={false} className="font-medium tabular-nums text-brand-700 hover:underline" aria-label={label}>
      {n}
    </Link>
  ) : (
    <span className="tabular-nums">{n}</span>
  );
/** An amount in a cell whose heading names the unit (亿元 / CNY), a link where it was one. */
const moneyLink = (wan: number, href: string | null, locale: Locale) =>
  href ? (
    <Link href={href} prefetch={false} className="whitespace-nowrap tabular-nums text-brand-700 hover:underline">
      {formatMoneyFigure(wan, locale)}
    </Link>
  ) : (
    <span className="whitespace-nowrap tabular-nums">{formatMoneyFigure(wan, locale)}</span>
  );

export async function Cockpit({ user, period, today }: { user: CurrentUser; period: Period; today: string }) {
  const now = new Date();
  const [t, locale, { cards, attention, trend, byDistrict, byGroup, byIndustry, bySource, partners, chains, stages }] = await Promise.all([
    getTranslations(),
    getLocale().then(toLocale),
    cockpitData(user, period, now),
  ]);
  const name = periodName(period);
  const yearLabel =
    name.kind === "year"
      ? t("cockpit.periodYear", { year: name.year })
      : name.kind === "months"
        ? name.from === name.to
          ? t("cockpit.periodMonth", { year: name.year, month: monthName(name.to, locale) })
          : t("cockpit.periodMonths", { year: name.year, from: monthName(name.from, locale), to: monthName(name.to, locale) })
        : t("cockpit.periodSpan", { fromYear: name.fromYear, from: monthName(name.from, locale), toYear: name.toYear, to: monthName(name.to, locale) });
  const query = new URLSearchParams(periodParams(period)).toString();
  const unit = moneyHeading(locale);
  const withUnit = (key: string) => t("cockpit.withUnit", { name: t(key), unit });
  const monthOf = (month: string) => t("cockpit.monthOfYear", { year: Number(month.slice(0, 4)), month: monthName(Number(month.slice(5)), locale) });

  const cardView = (key: keyof typeof cards, c: Card, money: boolean) => {
    const isTrips = key === "leaderTrips" || key === "principalTrips";
    // A money card: the figure large, its currency small ("12.35" 亿元, "1.10 bn" CNY).
    const value = money ? formatMoneyFigure(c.value, locale) : String(c.value);
    const unitText = money ? unit : isTrips ? t("cockpit.timesUnit") : t("units.count");
    // The link is the label and the figure (its name is what it shows); it covers the whole card.
    const headline = (
      <>
        <span className="block text-sm text-slate-600">{t(`cockpit.cards.${key}`)}</span>
        <span className="mt-1 block text-2xl font-semibold tabular-nums text-slate-900">
          {value}
          {unitText ? <span className="text-sm font-normal text-slate-600"> {unitText}</span> : null}
        </span>
      </>
    );
    const details =
      c.target !== null ? (
        <div className="mt-2">
          <div className="h-1.5 overflow-hidden rounded bg-slate-100">
            <div className="h-full bg-brand-600" style={{ width: `${Math.min(100, c.percent ?? 0)}%` }} />
          </div>
          <div className="mt-1 flex flex-wrap justify-between gap-x-2 text-xs text-slate-600">
            <span>{t("cockpit.target", { target: money ? formatMoney(c.target, locale) : `${c.target}${unitText}` })}</span>
            <span className="font-medium text-slate-700">{t("cockpit.percentDone", { percent: (c.percent ?? 0).toFixed(1) })}</span>
          </div>
        </div>
      ) : isTrips ? (
        <div className="mt-2 text-xs text-slate-600">{t(`cockpit.definitions.${key}`)}</div>
      ) : key === "from1to5" || key === "over5" ? null : (
        <div className="mt-2 text-xs text-slate-600">{t("cockpit.noTarget")}</div>
      );
    const className = "relative min-w-0 rounded-lg border border-slate-200 bg-white p-3 shadow-sm sm:p-4";
    return (
      <div key={key} className={c.href ? `${className} hover:border-brand-600` : className}>
        {c.href ? (
          <Link
            href={c.href}
            prefetch={false}
            title={isTrips ? t(`cockpit.definitions.${key}`) : undefined}
            className="block outline-none after:absolute after:inset-0 after:rounded-lg after:content-[''] focus-visible:after:ring-2 focus-visible:after:ring-brand-600"
          >
            {headline}
          </Link>
        ) : (
          headline
        )}
        {details}
      </div>
    );
  };

  const breakdownTable = (id: string, title: string, rows: BreakdownRow[], nameOf: (r: BreakdownRow) => string, withTarget: boolean) => (
    <section id={id} aria-labelledby={`${id}-title`} className={`mt-6 ${sectionClass}`}>
      <h2 id={`${id}-title`} className="mb-2 text-lg font-semibold">{title}</h2>
      <SimpleTable
        caption={title}
        headers={[
          t("cockpit.name"),
          t("cockpit.introducedShort"),
          t("cockpit.from1to5Short"),
          t("cockpit.over5Short"),
          withUnit("cockpit.signedShort"),
          withUnit("cockpit.fixedShort"),
          withUnit("cockpit.fundsShort"),
          ...(withTarget ? [t("cockpit.percentShort")] : []),
        ]}
        rows={rows.map((r) => [
          <span key="n" className="whitespace-nowrap">{r.id === null ? t("cockpit.unset") : nameOf(r)}</span>,
          num(r.introduced, r.introducedHref),
          num(r.from1to5, r.from1to5Href),
          num(r.over5, r.over5Href),
          moneyLink(r.signedInvestment, r.introducedHref, locale),
          moneyLink(r.fixedAsset, r.reportedHref, locale),
          moneyLink(r.fundsInPlace, r.reportedHref, locale),
          ...(withTarget ? [r.percent === null ? "—" : `${r.percent.toFixed(1)}%`] : []),
        ])}
      />
    </section>
  );

  const rankList = (id: string, title: string, rows: BreakdownRow[]) => (
    <section aria-labelledby={id} className="min-w-0">
      <h3 id={id} className="mb-2 font-semibold">{title}</h3>
      <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
        {ranking(rows).map((r, i) => (
          <li key={r.key} className="flex items-center gap-3 px-3 py-2">
            <span className={`w-6 text-center font-semibold tabular-nums ${i < 3 ? "text-red-700" : "text-slate-600"}`}>{i + 1}</span>
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

  const current = today.slice(0, 7);
  /** A month's cell: "—" for a month not reached yet or, for the monthly figures, not reported. */
  const monthCell = (shown: boolean, cell: React.ReactNode) => (shown ? cell : <span className="text-slate-600">—</span>);
  const attentionLink = "inline-flex min-h-11 items-center gap-1.5 text-amber-900 hover:underline";

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
      <MyTasks viewer={user} today={today} hideWhenEmpty />
      <form method="get" action="/" className="mb-3 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3" aria-label={t("cockpit.period")}>
        <div className="space-y-1">
          <label htmlFor="cockpit-from" className="block text-xs font-medium text-slate-600">{t("cockpit.fromMonth")}</label>
          <input id="cockpit-from" name="from" type="month" required defaultValue={period.fromMonth} className="min-h-11 w-40 rounded-md border border-slate-300 px-2 text-base sm:text-sm" />
        </div>
        <div className="space-y-1">
          <label htmlFor="cockpit-to" className="block text-xs font-medium text-slate-600">{t("cockpit.toMonth")}</label>
          <input id="cockpit-to" name="to" type="month" required defaultValue={period.toMonth} className="min-h-11 w-40 rounded-md border border-slate-300 px-2 text-base sm:text-sm" />
        </div>
        <button type="submit" className={primaryButton}>{t("cockpit.apply")}</button>
        <div className="flex flex-wrap gap-2">
          {presets.map((p) => (
            <Link key={p.label} href={`/?${new URLSearchParams(periodParams(p.period)).toString()}`} className="inline-flex min-h-11 items-center rounded-full border border-slate-300 px-3 text-sm text-slate-700 hover:border-brand-600">
              {p.label}
            </Link>
          ))}
        </div>
      </form>

      <CockpitSectionNav />

      <section id={sectionId("figures")} aria-labelledby="cockpit-figures-title" className={sectionClass}>
        <h2 id="cockpit-figures-title" className="sr-only">{t("cockpit.sections.figures")}</h2>
        <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          {cardView("introduced", cards.introduced, false)}
          {cardView("from1to5", cards.from1to5, false)}
          {cardView("over5", cards.over5, false)}
          {cardView("signedInvestment", cards.signedInvestment, true)}
          {cardView("fixedAsset", cards.fixedAsset, true)}
          {cardView("fundsInPlace", cards.fundsInPlace, true)}
          {cardView("principalTrips", cards.principalTrips, false)}
          {cardView("leaderTrips", cards.leaderTrips, false)}
          <div className="col-span-2 min-w-0 rounded-lg border border-amber-200 bg-amber-50 p-3 sm:p-4 lg:col-span-1">
            <div className="text-sm text-amber-900">{t("cockpit.attention")}</div>
            <div className="flex flex-wrap gap-x-4 text-sm">
              <Link href={attention.overdue.href} prefetch={false} className={attentionLink}>
                {t("cockpit.overdue")} <span className="text-xl font-semibold tabular-nums">{attention.overdue.value}</span>
              </Link>
              <Link href={attention.stale.href} prefetch={false} className={attentionLink}>
                {t("cockpit.stale")} <span className="text-xl font-semibold tabular-nums">{attention.stale.value}</span>
              </Link>
            </div>
          </div>
        </div>
      </section>

      <section id={sectionId("trend")} aria-labelledby="cockpit-trend-title" className={`mt-6 ${sectionClass}`}>
        <h2 id="cockpit-trend-title" className="text-lg font-semibold">{t("cockpit.trend")}</h2>
        <p className="mb-2 text-xs text-slate-600">{t("cockpit.trendNote")}</p>
        <div className="rounded-lg border border-slate-200 bg-white p-2">
          <TrendChart label={t("cockpit.trendChart")} query={query} />
        </div>
        <div className="mt-2">
          <SimpleTable
            caption={t("cockpit.trend")}
            headers={[t("cockpit.month"), t("cockpit.introducedShort"), withUnit("cockpit.signedShort"), withUnit("cockpit.fixedShort"), withUnit("cockpit.fundsShort")]}
            rows={trend.map((m) => {
              const reached = m.month <= current;
              return [
                <span key="m" className="whitespace-nowrap">{monthOf(m.month)}</span>,
                monthCell(reached, num(m.introduced, m.introducedHref)),
                monthCell(reached, moneyLink(m.signedInvestment, m.introducedHref, locale)),
                monthCell(reached && m.reported, moneyLink(m.fixedAsset, m.reportedHref, locale)),
                monthCell(reached && m.reported, moneyLink(m.fundsInPlace, m.reportedHref, locale)),
              ];
            })}
          />
        </div>
      </section>

      <section id={sectionId("ranking")} aria-labelledby="cockpit-ranking-title" className={`mt-6 ${sectionClass}`}>
        <h2 id="cockpit-ranking-title" className="text-lg font-semibold">{t("cockpit.ranking")}</h2>
        <p className="mb-2 text-xs text-slate-600">{t("cockpit.rankingNote")}</p>
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          {rankList("rank-groups", t("cockpit.rankGroups"), byGroup)}
          {rankList("rank-districts", t("cockpit.rankDistricts"), byDistrict)}
        </div>
      </section>

      {breakdownTable(sectionId("districts"), t("cockpit.byDistrict"), byDistrict, (r) => r.name ?? "", true)}
      {breakdownTable(sectionId("groups"), t("cockpit.byGroup"), byGroup, (r) => r.name ?? "", true)}
      {breakdownTable(sectionId("industries"), t("cockpit.byIndustry"), byIndustry, (r) => r.name ?? "", false)}
      {breakdownTable(sectionId("sources"), t("cockpit.bySource"), bySource, (r) => t(`enum.source.${r.id as string}`), false)}

      <section id={sectionId("partners")} aria-labelledby="by-partner-title" className={`mt-6 ${sectionClass}`}>
        <h2 id="by-partner-title" className="mb-2 text-lg font-semibold">{t("cockpit.byPartner")}</h2>
        <SimpleTable
          caption={t("cockpit.byPartner")}
          headers={[t("cockpit.name"), t("cockpit.agreements"), t("cockpit.platformAgreements"), t("cockpit.introducedShort"), withUnit("cockpit.signedShort")]}
          rows={partners.map((p) => [
            <Link key="n" href={p.href} prefetch={false} className="whitespace-nowrap text-brand-700 hover:underline">{p.name}</Link>,
            p.agreements,
            p.platformAgreements,
            num(p.introduced, p.introducedHref),
            moneyLink(p.signedInvestment, p.introducedHref, locale),
          ])}
        />
      </section>

      <section id={sectionId("chains")} aria-labelledby="chain-rates-title" className={`mt-6 ${sectionClass}`}>
        <h2 id="chain-rates-title" className="mb-2 text-lg font-semibold">{t("cockpit.chains")}</h2>
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

      <section id={sectionId("funnel")} aria-labelledby="cockpit-funnel-title" className={`mt-6 ${sectionClass}`}>
        <h2 id="cockpit-funnel-title" className="text-lg font-semibold">{t("cockpit.funnel")}</h2>
        <p className="mb-2 text-xs text-slate-600">{t("cockpit.funnelNote")}</p>
        <div className="grid gap-3 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] lg:items-start">
          <FunnelBars stages={stages} />
          <SimpleTable
            caption={t("cockpit.funnel")}
            headers={[t("cockpit.stage"), t("cockpit.now"), t("cockpit.reached"), t("cockpit.conversion"), t("cockpit.medianDays")]}
            rows={stages.map((s) => [
              <StageBadge key="s" stage={s.stage} />,
              num(s.count, s.href),
              s.reached === null ? "—" : <span className="tabular-nums">{s.reached}</span>,
              s.conversion === null ? "—" : `${s.conversion.toFixed(1)}%`,
              s.medianDays === null ? "—" : t("cockpit.days", { days: s.medianDays }),
            ])}
          />
        </div>
      </section>
    </>
  );
}
