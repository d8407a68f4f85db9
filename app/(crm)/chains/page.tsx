import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RateMeter } from "@/components/chains/chain-map";
import { PageHeader } from "@/components/layout/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { listChains } from "@/db/queries/chains";
import { mayCreateChains } from "@/lib/auth/policy";
import { requireArea } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("chains"))("title") };
}

export default async function ChainsPage() {
  const user = await requireArea("chains");
  const [t, chains] = await Promise.all([getTranslations(), listChains(user)]);
  return (
    <>
      <PageHeader
        title={t("chains.title")}
        subtitle={t("chains.subtitle")}
        create={mayCreateChains(user) && { href: "/chains/new", label: t("chains.new") }}
      />
      <SimpleTable
        caption={t("chains.title")}
        headers={[t("chains.name"), t("chains.district"), t("chains.industry"), t("chains.nodes"), t("chains.openGaps"), t("chains.filled"), t("chains.rate")]}
        rows={chains.map((c) => [
          <Link key="n" href={`/chains/${c.id}`} className="font-medium text-brand-700 hover:underline">
            {c.name}
          </Link>,
          c.districtName,
          c.industryName,
          c.leafCount,
          c.openGaps.length ? c.openGaps.map((g) => (g.presence === "partial" ? `${g.name}（${t("enum.chainPresence.partial")}）` : g.name)).join("、") : t("chains.noGaps"),
          c.filled.join("、") || "—",
          <RateMeter key="r" label={`${c.name} ${t("chains.rate")}`} rate={c.rate} />,
        ])}
      />
      <p className="mt-3 text-xs text-slate-500">
        {t("chains.rateFormula")} {t("chains.coverRule")}
      </p>
    </>
  );
}
