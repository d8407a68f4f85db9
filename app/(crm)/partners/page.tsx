import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { listPartners } from "@/db/queries/partners";
import { requireArea } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("partners"))("title") };
}

export default async function PartnersPage() {
  const user = await requireArea("partners");
  const [t, partners] = await Promise.all([getTranslations(), listPartners(user)]);
  return (
    <>
      <PageHeader title={t("partners.title")} subtitle={t("partners.subtitle")} />
      <SimpleTable
        caption={t("partners.title")}
        headers={[t("partners.name"), t("partners.regionGroup"), t("partners.city"), t("partners.agreements"), t("partners.platformAgreements"), t("partners.leads")]}
        rows={partners.map((p) => [
          <span key="n" className="font-medium">{p.name}</span>,
          t(`enum.region.${p.regionGroup}`),
          p.city ?? "—",
          p.agreements,
          p.platformAgreements,
          p.leads,
        ])}
      />
    </>
  );
}
