"use client";
import { useDraggable } from "@dnd-kit/core";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { toLocale } from "@/i18n/locales";
import type { Stage } from "@/lib/domain/enums";
import { formatMoney } from "@/lib/format";
import type { Card } from "./types";
import { MoveMenu } from "./move-menu";
import { OpenTaskTag } from "@/components/tasks/open-task-tag";

export function CardBody({ card, link = false }: { card: Card; link?: boolean }) {
  const t = useTranslations();
  const locale = toLocale(useLocale());
  return (
    <>
      <div className="break-words text-sm font-medium leading-5 text-slate-900">
        {link ? (
          <Link href={`/leads/${card.id}`} draggable={false} className="hover:text-brand-700 hover:underline">
            {card.name}
          </Link>
        ) : (
          card.name
        )}
      </div>
      <div className="mt-0.5 break-words text-xs text-slate-600">{card.companyName}</div>
      <div className="mt-1.5 flex flex-wrap items-center justify-between gap-x-2 text-xs text-slate-700">
        <span className="truncate">{card.ownerName}</span>
        <span className="whitespace-nowrap tabular-nums" data-testid="card-amount">
          {formatMoney(card.signedInvestment ?? card.plannedInvestment, locale)}
        </span>
      </div>
      {card.openTask ? <OpenTaskTag task={card.openTask} className="mt-1.5" /> : null}
      {card.isStale ? (
        <div className="mt-1.5" title={t("board.staleHint")}>
          <Badge tone="amber">{t("board.stale")}</Badge>
        </div>
      ) : null}
    </>
  );
}

/**
 * A lead on the board. Dragged by mouse anywhere on the card, by touch after a short press (so a
 * swipe still scrolls the board); from the keyboard its handle takes Left and Right, one column a
 * press; "移动到…" does the same from a menu.
 */
export function BoardCardView({
  card,
  onMove,
  onStep,
  keyboardHelpId,
}: {
  card: Card;
  onMove: (card: Card, to: Stage) => void;
  onStep: (card: Card, direction: -1 | 1) => void;
  keyboardHelpId: string;
}) {
  const t = useTranslations();
  const { listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: `lead-${card.id}`,
    disabled: !card.canMove,
  });
  return (
    <li
      ref={setNodeRef}
      onMouseDown={listeners?.onMouseDown as React.MouseEventHandler | undefined}
      onTouchStart={listeners?.onTouchStart as React.TouchEventHandler | undefined}
      aria-label={card.name}
      data-lead-card={card.id}
      className={`select-none rounded-md border border-slate-200 bg-white p-2 shadow-sm [-webkit-touch-callout:none] ${isDragging ? "opacity-40" : ""} ${card.canMove ? "cursor-grab" : ""}`}
    >
      <CardBody card={card} link />
      {card.canMove ? (
        <div className="mt-1.5 flex items-center justify-between border-t border-slate-100 pt-1">
          <button
            type="button"
            ref={setActivatorNodeRef}
            data-move-handle={card.id}
            aria-label={t("board.dragHandle", { name: card.name })}
            aria-describedby={keyboardHelpId}
            onKeyDown={(event) => {
              if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
              if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
              event.preventDefault();
              onStep(card, event.key === "ArrowRight" ? 1 : -1);
            }}
            className="inline-flex min-h-11 min-w-11 items-center justify-center rounded text-slate-600 hover:bg-slate-100 hover:text-slate-900 sm:min-h-8 sm:min-w-8"
          >
            <span aria-hidden>⠿</span>
          </button>
          <MoveMenu current={card.stage} name={card.name} onChoose={(to) => onMove(card, to)} />
        </div>
      ) : null}
    </li>
  );
}
