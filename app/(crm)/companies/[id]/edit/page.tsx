import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CompanyForm } from "@/components/companies/company-form";
import { PageHeader } from "@/components/layout/page-header";
import { getCompany, industryOptions } from "@/db/queries/companies";
import { writesTrips } from "@/lib/auth/policy";
import { requireArea } from "@/lib/auth/session";
import { parseRouteId } from "@/lib/route-id";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("companies"))("editTitle") };
}

export default async function EditCompanyPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireArea("companies");
  if (!writesTrips(user)) forbidden();
  const id = parseRouteId((await params).id);
  const company = id ? await getCompany(id) : null;
  if (!company) notFound();
  const [t, industries] = await Promise.all([getTranslations(), industryOptions()]);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={t("companies.editTitle")} subtitle={company.name} />
      <CompanyForm
        industries={industries}
        cancelHref={`/companies/${company.id}`}
        initial={{
          id: company.id,
          version: company.version,
          name: company.name,
          creditCode: company.creditCode ?? "",
          industryId: company.industryId ? String(company.industryId) : "",
          province: company.province ?? "",
          city: company.city ?? "",
          address: company.address ?? "",
          description: company.description ?? "",
        }}
      />
    </div>
  );
}
