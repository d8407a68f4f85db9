import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { StageBadge } from "@/components/leads/stage-badge";
import { Badge } from "@/components/ui/badge";
import { boardColumns } from "@/db/queries/leads";
import { requireArea } from "@/lib/auth/session";
import { formatYi } from "@/lib/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("board"))("title") };
}

export default async function BoardPage() {
  const user = await requireArea("board");
  const [t, columns] = await Promise.all([getTranslations(), boardColumns(user)]);
  return (
    <>
      <PageHeader title={t("board.title")} subtitle={t("board.subtitle")} />
      <div className="-mx-3 flex snap-x gap-3 overflow-x-auto px-3 pb-4 sm:mx-0 sm:px-0">
        {columns.map((column) => (
          <section
            key={column.stage}
            aria-label={t(`enum.stage.${column.stage}`)}
            className="flex w-72 shrink-0 snap-start flex-col rounded-lg border border-slate-200 bg-slate-100/70"
          >
            <header className="border-b border-slate-200 px-3 py-2.5">
              <div className="flex items-center justify-between">
                <StageBadge stage={column.stage} />
                <span className="text-sm font-semibold text-slate-700">{t("board.count", { count: column.count })}</span>
              </div>
              <div className="mt-1 text-xs text-slate-500">{t("board.amount", { amount: formatYi(column.amount) })}</div>
            </header>
            <ul className="flex-1 space-y-2 p-2">
              {column.leads.map((lead) => (
                <li key={lead.id} className="rounded-md border border-slate-200 bg-white p-2.5 shadow-sm">
                  <div className="text-sm font-medium leading-5 text-slate-900">{lead.name}</div>
                  <div className="mt-0.5 text-xs text-slate-500">{lead.companyName}</div>
                  <div className="mt-2 flex items-center justify-between text-xs text-slate-600">
                    <span>{lead.ownerName}</span>
                    <span className="tabular-nums">{formatYi(lead.signedInvestment ?? lead.plannedInvestment)} {t("units.yi")}</span>
                  </div>
                  {lead.isStale ? (
                    <div className="mt-1.5" title={t("board.staleHint")}>
                      <Badge tone="amber">{t("board.stale")}</Badge>
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
            {column.count > column.leads.length ? (
              <p className="px-3 pb-3 text-xs text-slate-500">{t("board.more", { count: column.count - column.leads.length })}</p>
            ) : null}
          </section>
        ))}
      </div>
    </>
  );
}
