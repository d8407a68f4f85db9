"use client";
import { useDroppable } from "@dnd-kit/core";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { StageBadge } from "@/components/leads/stage-badge";
import type { Stage } from "@/lib/domain/enums";
import { formatYi } from "@/lib/format";
import type { Column } from "./types";

/** One stage: its count and summed amount (亿元), its cards, and "加载更多" for the next page. */
export function BoardColumn({
  column,
  onLoadMore,
  children,
}: {
  column: Column;
  onLoadMore: (stage: Stage, cursor: string) => Promise<void>;
  children: React.ReactNode;
}) {
  const t = useTranslations();
  const { setNodeRef, isOver } = useDroppable({ id: `column-${column.stage}` });
  const [isLoading, setIsLoading] = useState(false);
  const headingId = `board-column-${column.stage}`;
  const remaining = column.count - column.leads.length;
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      className={`flex w-72 shrink-0 flex-col rounded-lg border bg-slate-100/70 transition-colors ${isOver ? "border-brand-600 bg-brand-50" : "border-slate-200"}`}
    >
      <header className="border-b border-slate-200 px-3 py-2.5">
        <div className="flex items-center justify-between">
          <h2 id={headingId} className="text-sm">
            <StageBadge stage={column.stage} />
          </h2>
          <span className="text-sm font-semibold text-slate-700" data-testid="column-count">
            {t("board.count", { count: column.count })}
          </span>
        </div>
        <div className="mt-1 text-xs text-slate-500" data-testid="column-amount">
          {t("board.amount", { amount: formatYi(column.amount) })}
        </div>
      </header>
      <ul className="flex-1 space-y-2 p-2">{children}</ul>
      {column.nextCursor ? (
        <div className="px-2 pb-2">
          <button
            type="button"
            disabled={isLoading}
            onClick={async () => {
              setIsLoading(true);
              try {
                await onLoadMore(column.stage, column.nextCursor!);
              } finally {
                setIsLoading(false);
              }
            }}
            className="w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:border-brand-600 hover:text-brand-700 disabled:opacity-60"
          >
            {isLoading ? t("board.loading") : t("board.loadMore", { count: remaining })}
          </button>
        </div>
      ) : null}
    </section>
  );
}
