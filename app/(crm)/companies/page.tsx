import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CompaniesTable } from "@/components/companies/companies-table";
import { SearchBox } from "@/components/data-table/search-box";
import { PageHeader } from "@/components/layout/page-header";
import { companySortable, listCompanies } from "@/db/queries/companies";
import { parseListParams, type SearchParams } from "@/lib/list-params";
import { writesTrips } from "@/lib/auth/policy";
import { requireArea } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("companies"))("title") };
}

export default async function CompaniesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireArea("companies");
  const [t, params] = await Promise.all([getTranslations(), searchParams.then((sp) => parseListParams(sp, companySortable))]);
  const { rows, total } = await listCompanies(user, params);
  return (
    <>
      <PageHeader
        title={t("companies.title")}
        subtitle={t("companies.subtitle")}
        create={writesTrips(user) && { href: "/companies/new", label: `＋ ${t("companies.new")}` }}
      />
      <div className="mb-3">
        <SearchBox label={t("table.searchPlaceholder")} />
      </div>
      <CompaniesTable rows={rows} state={{ ...params, total }} />
    </>
  );
}
