"use client";
import { useDroppable } from "@dnd-kit/core";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { StageBadge } from "@/components/leads/stage-badge";
import { toLocale } from "@/i18n/locales";
import type { Stage } from "@/lib/domain/enums";
import { formatMoney } from "@/lib/format";
import type { Column } from "./types";

/**
 * One stage: its count and summed amount, its cards, and "加载更多" for the next page. A column
 * that may be folded (搁置, 终止) shows, while folded, only its name and count on a narrow strip
 * that opens it (and takes a dropped card all the same).
 */
export function BoardColumn({
  column,
  shown,
  folded,
  onToggle,
  onLoadMore,
  children,
}: {
  column: Column;
  /** How many of its cards the column shows now. */
  shown: number;
  /** null: the column does not fold; true/false: folded or open. */
  folded: boolean | null;
  onToggle: (stage: Stage) => void;
  onLoadMore: (stage: Stage, cursor: string) => Promise<void>;
  children: React.ReactNode;
}) {
  const t = useTranslations();
  const locale = toLocale(useLocale());
  const { setNodeRef, isOver } = useDroppable({ id: `column-${column.stage}` });
  const [isLoading, setIsLoading] = useState(false);
  const headingId = `board-column-${column.stage}`;
  const remaining = Math.max(0, column.count - shown);
  const stageName = t(`enum.stage.${column.stage}`);
  const border = isOver ? "border-brand-600 bg-brand-50" : "border-slate-200";

  if (folded) {
    return (
      <section ref={setNodeRef} aria-labelledby={headingId} data-stage={column.stage} className={`flex w-12 shrink-0 flex-col rounded-lg border bg-slate-100/70 ${border}`}>
        <h2 id={headingId} className="sr-only">
          {stageName}
        </h2>
        <button
          type="button"
          aria-expanded={false}
          title={t("board.unfold", { stage: stageName })}
          onClick={() => onToggle(column.stage)}
          className="flex flex-1 flex-col items-center gap-2 rounded-lg px-1 py-3 text-slate-800 hover:bg-white"
        >
          <span aria-hidden className="text-sm text-brand-700">
            ›
          </span>
          <span className="text-sm font-medium [writing-mode:vertical-rl]">{stageName}</span>
          <span className="text-sm font-semibold tabular-nums" data-testid="column-count">
            {column.count}
          </span>
        </button>
      </section>
    );
  }

  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      data-stage={column.stage}
      className={`flex min-w-[15rem] flex-1 basis-0 flex-col rounded-lg border bg-slate-100/70 transition-colors sm:min-w-[8rem] ${border}`}
    >
      <header className="border-b border-slate-200 px-2 py-2">
        <div className="flex items-center justify-between gap-1">
          <h2 id={headingId} className="text-sm">
            <StageBadge stage={column.stage} />
          </h2>
          <span className="text-sm font-semibold text-slate-700" data-testid="column-count">
            {t("board.count", { count: column.count })}
          </span>
          {folded === false ? (
            <button
              type="button"
              aria-expanded
              aria-label={t("board.fold", { stage: stageName })}
              onClick={() => onToggle(column.stage)}
              className="-my-1 inline-flex min-h-8 min-w-8 items-center justify-center rounded text-brand-700 hover:bg-white"
            >
              <span aria-hidden>‹</span>
            </button>
          ) : null}
        </div>
        <div className="mt-1 text-xs tabular-nums text-slate-700" data-testid="column-amount">
          {formatMoney(column.amount, locale)}
        </div>
      </header>
      <ul className="flex-1 space-y-1.5 p-1.5">{children}</ul>
      {column.nextCursor && remaining > 0 ? (
        <div className="px-1.5 pb-1.5">
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
            className="min-h-11 w-full rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-700 hover:border-brand-600 hover:text-brand-700 disabled:opacity-60 sm:min-h-9"
          >
            {isLoading ? t("board.loading") : t("board.loadMore", { count: remaining })}
          </button>
        </div>
      ) : null}
    </section>
  );
}
