import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ListCards } from "@/components/data-table/list-cards";
import { PageHeader } from "@/components/layout/page-header";
import { KindCountsPanel, PeriodPicker } from "@/components/partners/period";
import { SimpleTable } from "@/components/ui/simple-table";
import { first, type SearchParams } from "@/lib/list-params";
import { agreementCounts, listPartners, partnerCities } from "@/db/queries/partners";
import { regionGroups, type RegionGroup } from "@/lib/domain/enums";
import { editsPartners } from "@/lib/auth/policy";
import { requireArea } from "@/lib/auth/session";
import { periodFromParams, periodParams } from "@/lib/domain/period";
import { toLocale } from "@/i18n/locales";
import { formatMoney, formatMoneyFigure, moneyHeading, toIsoDate } from "@/lib/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("partners"))("title") };
}

const chip = (active: boolean) =>
  `inline-flex min-h-11 items-center whitespace-nowrap rounded-full border px-3 text-sm ${active ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-700 hover:border-brand-600"}`;

export default async function PartnersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireArea("partners");
  const sp = await searchParams;
  const today = toIsoDate(new Date());
  const period = periodFromParams(sp, today);
  const regionParam = first(sp.region);
  const region = (regionGroups as readonly string[]).includes(regionParam ?? "") ? (regionParam as RegionGroup) : null;
  const cities = await partnerCities();
  const cityParam = first(sp.city)?.trim() ?? "";
  const city = cities.includes(cityParam) ? cityParam : null;
  const [t, locale, partners, counts] = await Promise.all([
    getTranslations(),
    getLocale().then(toLocale),
    listPartners(user, { region, city, period }),
    agreementCounts({ region, city, period }),
  ]);

  const state: Record<string, string> = { ...(region ? { region } : {}), ...(city ? { city } : {}), ...periodParams(period) };
  const hrefWith = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(state);
    for (const [key, value] of Object.entries(changes)) if (value === null) next.delete(key); else next.set(key, value);
    return `/partners?${next.toString()}`;
  };
  const partnerHref = (id: number) => `/partners/${id}?${new URLSearchParams(periodParams(period)).toString()}`;
  const keep = { ...(region ? { region } : {}), ...(city ? { city } : {}) };
  const scope = city
    ? t("partners.summary.scopeCity", { city })
    : region
      ? t("partners.summary.scopeRegion", { region: t(`enum.region.${region}`) })
      : t("partners.summary.scopeAll");

  return (
    <div className="space-y-4">
      <PageHeader
        title={t("partners.title")}
        subtitle={t("partners.subtitle")}
        create={editsPartners(user) && { href: "/partners/new", label: t("partners.new") }}
      />
      <div className="space-y-3">
        <nav aria-label={t("partners.filterRegion")} className="-mx-1 flex gap-2 overflow-x-auto px-1 pb-1">
          <Link href={hrefWith({ region: null })} className={chip(region === null)} aria-current={region === null ? "true" : undefined}>
            {t("partners.allRegions")}
          </Link>
          {regionGroups.map((r) => (
            <Link key={r} href={hrefWith({ region: r, city: null })} className={chip(region === r)} aria-current={region === r ? "true" : undefined}>
              {t(`enum.region.${r}`)}
            </Link>
          ))}
        </nav>
        <nav aria-label={t("partners.filterCity")} className="-mx-1 flex gap-2 overflow-x-auto px-1 pb-1">
          <Link href={hrefWith({ city: null })} className={chip(city === null)} aria-current={city === null ? "true" : undefined}>
            {t("partners.allCities")}
          </Link>
          {cities.map((c) => (
            <Link key={c} href={hrefWith({ city: c, region: null })} className={chip(city === c)} aria-current={city === c ? "true" : undefined}>
              {c}
            </Link>
          ))}
        </nav>
        <PeriodPicker action="/partners" period={period} keep={keep} today={today} />
      </div>
      <KindCountsPanel counts={counts} period={period} scope={scope} />
      <ListCards
        label={t("partners.title")}
        empty={t("table.empty")}
        cards={partners.map((p) => ({
          key: String(p.id),
          href: partnerHref(p.id),
          title: p.name,
          badge: <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-700">{t(`enum.region.${p.regionGroup}`)}</span>,
          subtitle: p.city ?? undefined,
          facts: [
            t("partners.list.agreements", { inPeriod: p.agreementsInPeriod, platform: p.platformInPeriod, total: p.agreements }),
            t("partners.list.leads", { count: p.leads }),
            p.signedInvestment ? t("partners.list.signed", { amount: formatMoney(p.signedInvestment, locale) }) : null,
          ],
        }))}
      />
      <div className="hidden md:block">
        <SimpleTable
          caption={t("partners.title")}
          headers={[
            t("partners.name"),
            t("partners.regionGroup"),
            t("partners.city"),
            t("partners.inPeriod"),
            t("partners.platformInPeriod"),
            t("partners.totalAgreements"),
            t("partners.leads"),
            t("partners.moneyHeading", { label: t("partners.signed"), unit: moneyHeading(locale) }),
          ]}
          rows={partners.map((p) => [
            <Link key="n" href={partnerHref(p.id)} className="whitespace-nowrap font-medium text-brand-700 hover:underline">
              {p.name}
            </Link>,
            <span key="r" className="whitespace-nowrap">{t(`enum.region.${p.regionGroup}`)}</span>,
            <span key="c" className="whitespace-nowrap">{p.city ?? "—"}</span>,
            p.agreementsInPeriod,
            p.platformInPeriod,
            p.agreements,
            p.leads,
            <span key="s" className="whitespace-nowrap tabular-nums">{formatMoneyFigure(p.signedInvestment, locale)}</span>,
          ])}
        />
      </div>
      {!editsPartners(user) ? <p className="text-xs text-slate-600">{t("partners.editorsOnly")}</p> : null}
    </div>
  );
}
