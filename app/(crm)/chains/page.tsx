import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { listChains } from "@/db/queries/chains";
import { requireArea } from "@/lib/auth/session";
import { formatRate } from "@/lib/domain/supporting-rate";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("chains"))("title") };
}

export default async function ChainsPage() {
  const user = await requireArea("chains");
  const [t, chains] = await Promise.all([getTranslations("chains"), listChains(user)]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <SimpleTable
        caption={t("title")}
        headers={[t("name"), t("district"), t("industry"), t("nodes"), t("missing"), t("rate")]}
        rows={chains.map((c) => [
          <span key="n" className="font-medium">{c.name}</span>,
          c.districtName,
          c.industryName,
          c.leafCount,
          c.missing.join("、") || "—",
          <span key="r" className="font-semibold tabular-nums">{formatRate(c.rate)}</span>,
        ])}
      />
      <p className="mt-3 text-xs text-slate-500">{t("rateFormula")}</p>
    </>
  );
}
