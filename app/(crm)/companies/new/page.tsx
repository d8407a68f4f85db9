import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CompanyForm } from "@/components/companies/company-form";
import { PageHeader } from "@/components/layout/page-header";
import { industryOptions } from "@/db/queries/companies";
import { writesTrips } from "@/lib/auth/policy";
import { requireArea } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("companies"))("newTitle") };
}

export default async function NewCompanyPage() {
  const user = await requireArea("companies");
  if (!writesTrips(user)) forbidden();
  const [t, industries] = await Promise.all([getTranslations(), industryOptions()]);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={t("companies.newTitle")} subtitle={t("companies.newSubtitle")} />
      <CompanyForm industries={industries} cancelHref="/companies" />
    </div>
  );
}
