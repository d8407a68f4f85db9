import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { StageBadge } from "@/components/leads/stage-badge";
import { KindCountsPanel, PeriodPicker } from "@/components/partners/period";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { SimpleTable } from "@/components/ui/simple-table";
import type { SearchParams } from "@/lib/list-params";
import { agreementCounts, getPartner } from "@/db/queries/partners";
import type { AgreementStatus } from "@/lib/domain/enums";
import { toLocale } from "@/i18n/locales";
import { editsPartners } from "@/lib/auth/policy";
import { requireArea } from "@/lib/auth/session";
import { periodFromParams } from "@/lib/domain/period";
import { formatDate, formatMoney, formatMoneyFigure, toIsoDate } from "@/lib/format";
import { parseRouteId } from "@/lib/route-id";
import { primaryButton } from "@/components/form/styles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("partners"))("title") };
}

const statusTone: Record<AgreementStatus, BadgeTone> = {
  negotiating: "gray",
  signed: "blue",
  implementing: "amber",
  completed: "green",
  terminated: "red",
};

export default async function PartnerPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const user = await requireArea("partners");
  const id = parseRouteId((await params).id);
  if (!id) notFound();
  const today = toIsoDate(new Date());
  const period = periodFromParams(await searchParams, today);
  const [t, locale, detail, counts] = await Promise.all([
    getTranslations(),
    getLocale().then(toLocale),
    getPartner(user, id),
    agreementCounts({ partnerId: id, period }),
  ]);
  if (!detail) notFound();
  const { partner } = detail;
  const canEdit = editsPartners(user);
  const signedLeads = detail.leads.filter((l) => l.isSigned);
  return (
    <div className="space-y-4">
      <PageHeader
        title={partner.name}
        subtitle={[t(`enum.region.${partner.regionGroup}`), partner.city].filter(Boolean).join(" · ")}
        actions={
          <>
            <Link href="/partners" className="text-sm text-brand-700 hover:underline">
              {t("partners.backToList")}
            </Link>
            {canEdit ? (
              <>
                <Link href={`/partners/${partner.id}/edit`} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-700 hover:bg-slate-50">
                  {t("partners.edit")}
                </Link>
                <Link href={`/partners/${partner.id}/agreements/new`} className={primaryButton}>
                  {t("partners.agreement.new")}
                </Link>
              </>
            ) : null}
          </>
        }
      />
      {partner.description ? <p className="max-w-4xl text-sm leading-relaxed text-slate-700">{partner.description}</p> : null}
      <PeriodPicker action={`/partners/${partner.id}`} period={period} keep={{}} today={today} />
      <KindCountsPanel counts={counts} period={period} scope={t("partners.summary.scopePartner", { name: partner.name })} />

      <section aria-labelledby="agreements-title" className="space-y-2">
        <h2 id="agreements-title" className="text-lg font-semibold text-slate-900">
          {t("partners.agreement.list")}
        </h2>
        {detail.agreements.length === 0 ? (
          <p className="text-sm text-slate-500">{t("partners.agreement.none")}</p>
        ) : (
          <SimpleTable
            caption={t("partners.agreement.list")}
            headers={[
              t("partners.agreement.title"),
              t("partners.agreement.kind"),
              t("partners.agreement.signedOn"),
              t("partners.agreement.sectors"),
              t("partners.agreement.signatories"),
              t("partners.agreement.status"),
              t("partners.agreement.leads"),
              ...(canEdit ? [""] : []),
            ]}
            rows={detail.agreements.map((a) => [
              <span key="t" className="font-medium">
                {a.title}
                {a.notes ? <span className="mt-0.5 block text-xs font-normal text-slate-500">{a.notes}</span> : null}
              </span>,
              <span key="k" className="whitespace-nowrap">{t(`enum.agreementKind.${a.kind}`)}</span>,
              <span key="d" className="whitespace-nowrap">{formatDate(a.signedOn, locale)}</span>,
              a.sectors ?? "—",
              <span key="s" className="block min-w-48">{a.signatories ?? "—"}</span>,
              <Badge key="st" tone={statusTone[a.status]}>{t(`enum.agreementStatus.${a.status}`)}</Badge>,
              a.leads,
              ...(canEdit
                ? [
                    <Link
                      key="e"
                      href={`/partners/${partner.id}/agreements/${a.id}/edit`}
                      aria-label={t("partners.agreement.editLabel", { title: a.title })}
                      className="whitespace-nowrap text-brand-700 hover:underline"
                    >
                      {t("partners.agreement.edit")}
                    </Link>,
                  ]
                : []),
            ])}
          />
        )}
      </section>

      <section aria-labelledby="partner-leads-title" className="space-y-2">
        <h2 id="partner-leads-title" className="text-lg font-semibold text-slate-900">
          {t("partners.detail.leadsTitle")}
        </h2>
        <p className="text-sm text-slate-800">
          {t("partners.detail.signedTotal", { count: signedLeads.length, amount: formatMoney(detail.signedInvestment, locale) })}
          <span className="ml-2 text-xs text-slate-500">{t("partners.detail.scopeNote")}</span>
        </p>
        {detail.leads.length === 0 ? (
          <p className="text-sm text-slate-500">{t("partners.detail.leadsNone")}</p>
        ) : (
          <SimpleTable
            caption={t("partners.detail.leadsTitle")}
            headers={[
              t("partners.detail.lead"),
              t("partners.detail.company"),
              t("partners.detail.stage"),
              t("partners.detail.signedOn"),
              t("partners.detail.signedYi"),
              t("partners.detail.fromAgreement"),
            ]}
            rows={detail.leads.map((l) => [
              <Link key="n" href={`/leads?q=${encodeURIComponent(l.name)}`} className="font-medium text-brand-700 hover:underline">
                {l.name}
              </Link>,
              l.companyName,
              <StageBadge key="s" stage={l.stage} />,
              <span key="d" className="whitespace-nowrap">{formatDate(l.signedOn, locale)}</span>,
              <span key="y" className="tabular-nums">{l.isSigned && l.signedInvestment !== null ? formatMoneyFigure(l.signedInvestment, locale) : "—"}</span>,
              l.agreementTitle,
            ])}
          />
        )}
      </section>
    </div>
  );
}
