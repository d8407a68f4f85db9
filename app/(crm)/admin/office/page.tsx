import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OfficeForm } from "@/components/admin/office-form";
import { PageHeader } from "@/components/layout/page-header";
import { officeNames } from "@/db/queries/office";
import { requireArea } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("office"))("title") };
}

/** The admin sets the names of the city and the agency the shell, the 答卷 and the trip report print. */
export default async function OfficeNamesPage() {
  await requireArea("admin");
  const [t, office] = await Promise.all([getTranslations("office"), officeNames()]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} back={{ href: "/admin", label: t("back") }} />
      <OfficeForm office={office ? { cityName: office.cityName, agencyName: office.agencyName, reportDueDay: office.reportDueDay, version: office.version } : null} />
    </>
  );
}
