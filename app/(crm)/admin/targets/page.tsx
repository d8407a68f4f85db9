import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TargetsGrid } from "@/components/admin/targets-grid";
import { PageHeader } from "@/components/layout/page-header";
import { first, type SearchParams } from "@/lib/list-params";
import { targetGrid } from "@/db/queries/target-grid";
import { requireArea } from "@/lib/auth/session";
import { toIsoDate } from "@/lib/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("targets"))("title") };
}

export default async function TargetsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireArea("admin");
  const thisYear = Number(toIsoDate(new Date()).slice(0, 4));
  const requested = Number(first((await searchParams).year));
  const year = Number.isInteger(requested) && requested >= 2000 && requested <= thisYear + 1 ? requested : thisYear;
  const [t, rows] = await Promise.all([getTranslations("targets"), targetGrid(year)]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <form className="mb-4 flex items-end gap-2" action="/admin/targets">
        <div className="space-y-1">
          <label htmlFor="year" className="block text-sm font-medium text-slate-700">{t("year")}</label>
          <select id="year" name="year" defaultValue={year} className="rounded-md border border-slate-300 px-3 py-2 text-sm">
            {[thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((y) => (
              <option key={y} value={y}>{y}</option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm hover:border-brand-600">{t("show")}</button>
      </form>
      <TargetsGrid key={year} year={year} rows={rows} />
    </>
  );
}
