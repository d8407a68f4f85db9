import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { listTaskGroups } from "@/db/queries/task-groups";
import { managesSettings, readsGroupFigures } from "@/lib/auth/policy";
import { toLocale } from "@/i18n/locales";
import { formatMoneyFigure } from "@/lib/format";
import { requireArea } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("groups"))("title") };
}

export default async function GroupsPage() {
  const user = await requireArea("groups");
  const [t, tActions, tFigures, tEdit, groups, locale] = await Promise.all([
    getTranslations("groups"),
    getTranslations("actions"),
    getTranslations("figures"),
    getTranslations("groupEdit"),
    listTaskGroups(),
    getLocale().then(toLocale),
  ]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <SimpleTable
        caption={t("title")}
        headers={[t("name"), t("leader"), t("groupLead"), t("industries"), t("members"), t("activeLeads"), t("signedLeads"), t("signedInvestment"), tActions("column")]}
        rows={groups.map((g) => [
          <span key="n" className="font-medium">{g.name}</span>,
          <span key="l" className="whitespace-nowrap">
            {g.leaderName ?? "—"}
            {g.leaderTitle ? <span className="ml-1 text-xs text-slate-500">{g.leaderTitle}</span> : null}
          </span>,
          g.groupLeads.join("、") || "—",
          g.industries.join("、") || "—",
          g.members,
          g.activeLeads,
          g.signedLeads,
          <span key="s" className="tabular-nums">{formatMoneyFigure(g.signedInvestment, locale)}</span>,
          <span key="f" className="flex gap-3 whitespace-nowrap">
            {readsGroupFigures(user, g.id) ? (
              <Link href={`/groups/${g.id}/figures`} className="text-brand-700 hover:underline">
                {tFigures("link")}
              </Link>
            ) : (
              // The 月报 lists the group's leads: only the group's own people (and those who read every lead) open it.
              <span title={t("ownGroupOnlyReason")} className="text-slate-500">
                — <span className="text-xs">{t("ownGroupOnly")}</span>
              </span>
            )}
            {managesSettings(user) ? (
              <Link href={`/admin/groups/${g.id}`} className="text-brand-700 hover:underline">
                {tEdit("edit")}
              </Link>
            ) : null}
          </span>,
        ])}
      />
    </>
  );
}
