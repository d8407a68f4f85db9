// The leads that came out of a trip or a meeting, or that concern a company: one list for the three
// pages. Each name opens the lead; "查看全部" opens the leads table filtered to the same leads.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DetailSection, detailListClass, EmptyNote } from "@/components/layout/detail-page";
import { StageBadge } from "@/components/leads/stage-badge";
import { leadsOfHref, type LeadsOf, type RelatedLead } from "@/db/queries/related-leads";
import { toLocale } from "@/i18n/locales";
import { formatMoney } from "@/lib/format";

type Props = {
  of: LeadsOf;
  leads: RelatedLead[];
  /** The section's heading (its region's name) and the sentence shown when there is no lead. */
  title: string;
  empty: string;
  /** The company is named on each lead, except on the company's own page. */
  showCompany?: boolean;
};

export async function RelatedLeads({ of, leads, title, empty, showCompany = true }: Props) {
  const [t, locale] = await Promise.all([getTranslations("relatedLeads"), getLocale().then(toLocale)]);
  return (
    <DetailSection
      id={`related-leads-${Object.keys(of)[0]}`}
      title={title}
      aside={
        leads.length > 0 ? (
          <Link href={leadsOfHref(of)} className="inline-flex min-h-11 items-center text-sm text-brand-700 hover:underline">
            {t("seeAll")}
          </Link>
        ) : null
      }
    >
      {leads.length === 0 ? (
        <EmptyNote>{empty}</EmptyNote>
      ) : (
        <ul className={detailListClass}>
          {leads.map((l) => (
            <li key={l.id} className="px-4 py-3 text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <Link href={`/leads/${l.id}`} className="inline-flex min-h-11 items-center font-medium text-brand-700 hover:underline">
                  {l.name}
                </Link>
                <StageBadge stage={l.stage} />
              </div>
              <div className="text-xs text-slate-500">
                {[
                  showCompany ? l.companyName : null,
                  l.groupName,
                  t("meta.owner", { name: l.ownerName }),
                  l.plannedInvestment !== null ? t("meta.planned", { amount: formatMoney(l.plannedInvestment, locale) }) : null,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </div>
            </li>
          ))}
        </ul>
      )}
    </DetailSection>
  );
}
