import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { MonthGrid } from "@/components/reports/month-grid";
import { first, type SearchParams } from "@/lib/list-params";
import { monthGrid } from "@/db/queries/reports";
import { readsGroupFigures } from "@/lib/auth/policy";
import { requireArea } from "@/lib/auth/session";
import { previousMonth } from "@/lib/domain/period";
import { toIsoDate } from "@/lib/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("figures"))("title") };
}

export default async function GroupFiguresPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const user = await requireArea("groups");
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  // Another group's 月报 lists that group's leads: refused (403), never shown as an empty month.
  if (!readsGroupFigures(user, id)) forbidden();
  const today = toIsoDate(new Date());
  const requested = first((await searchParams).month) ?? "";
  const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(requested) && requested <= today.slice(0, 7) ? requested : previousMonth(today); // last month's figures are reported this month
  const [t, grid] = await Promise.all([getTranslations("figures"), monthGrid(user, id, `${month}-01`)]);
  if (!grid) notFound();
  return (
    <>
      <PageHeader title={`${grid.group.name} · ${t("title")}`} subtitle={t("subtitle")} />
      <form className="mb-4 flex items-end gap-2" action={`/groups/${id}/figures`}>
        <div className="space-y-1">
          <label htmlFor="month" className="block text-sm font-medium text-slate-700">{t("month")}</label>
          <input id="month" name="month" type="month" defaultValue={month} max={today.slice(0, 7)} className="rounded-md border border-slate-300 px-3 py-2 text-sm" />
        </div>
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm hover:border-brand-600">{t("show")}</button>
      </form>
      {grid.rows.length === 0 ? (
        <p className="text-sm text-slate-500">{t("noSignedLeads")}</p>
      ) : (
        <MonthGrid key={month} taskGroupId={id} monthOn={`${month}-01`} rows={grid.rows} canEdit={grid.canEdit} />
      )}
    </>
  );
}
