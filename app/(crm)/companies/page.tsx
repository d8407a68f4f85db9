import type { Metadata } from "next";
import Link from "next/link";
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
        actions={
          writesTrips(user) ? (
            <Link href="/companies/new" className="inline-flex min-h-11 items-center rounded-md bg-brand-600 px-4 text-sm font-semibold text-white hover:bg-brand-700">
              ＋ {t("companies.new")}
            </Link>
          ) : null
        }
      />
      <div className="mb-3">
        <SearchBox label={t("table.searchPlaceholder")} />
      </div>
      <CompaniesTable rows={rows} state={{ ...params, total }} />
    </>
  );
}
