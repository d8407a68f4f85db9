import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BoardView } from "@/components/board/board-view";
import { PageHeader } from "@/components/layout/page-header";
import { LeadFilters } from "@/components/leads/lead-filters";
import { boardData } from "@/db/queries/leads/board";
import { leadFilterOptions } from "@/db/queries/leads/options";
import { boardFilters, leadFiltersToParams, parseLeadFilters } from "@/lib/lead-filters";
import type { SearchParams } from "@/lib/list-params";
import { requireArea } from "@/lib/auth/session";
import { toLocale } from "@/i18n/locales";
import { openStagesOf } from "@/components/board/types";
import { formatMoney } from "@/lib/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("board"))("title") };
}

export default async function BoardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireArea("board");
  const sp = await searchParams;
  const filters = boardFilters(parseLeadFilters(sp));
  const [t, locale, columns, options] = await Promise.all([getTranslations(), getLocale().then(toLocale), boardData(user, filters), leadFilterOptions(user)]);
  const total = columns.reduce((n, c) => n + c.count, 0);
  const activeCount = Object.keys(leadFiltersToParams(filters)).length;
  return (
    <>
      <PageHeader title={t("board.title")} subtitle={t("board.subtitle", { count: total })} />
      <details open={activeCount > 0} className="mb-3">
        <summary className="cursor-pointer select-none text-sm font-medium text-brand-700">
          {t("leads.filters.title")}
          {activeCount ? `（${activeCount}）` : ""}
        </summary>
        <div className="mt-2">
          <LeadFilters options={options} fields={["group", "district", "owner", "leader"]} id="board-filters" />
        </div>
      </details>
      <p className="sr-only">{t("board.summary", { count: total, amount: formatMoney(columns.reduce((n, c) => n + c.amount, 0), locale) })}</p>
      <BoardView columns={columns} filterQuery={new URLSearchParams(leadFiltersToParams(filters)).toString()} openStages={openStagesOf(sp.open)} />
    </>
  );
}
