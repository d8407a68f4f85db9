"use client";
import { useDraggable } from "@dnd-kit/core";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { Stage } from "@/lib/domain/enums";
import { formatYi } from "@/lib/format";
import type { Card } from "./types";
import { MoveMenu } from "./move-menu";

export function CardBody({ card, link = false }: { card: Card; link?: boolean }) {
  const t = useTranslations();
  return (
    <>
      <div className="text-sm font-medium leading-5 text-slate-900">
        {link ? (
          <Link href={`/leads/${card.id}`} draggable={false} className="hover:text-brand-700 hover:underline">
            {card.name}
          </Link>
        ) : (
          card.name
        )}
      </div>
      <div className="mt-0.5 text-xs text-slate-500">{card.companyName}</div>
      <div className="mt-2 flex items-center justify-between gap-2 text-xs text-slate-600">
        <span className="truncate">{card.ownerName}</span>
        <span className="whitespace-nowrap tabular-nums">
          {formatYi(card.signedInvestment ?? card.plannedInvestment)} {t("units.yi")}
        </span>
      </div>
      {card.isStale ? (
        <div className="mt-1.5" title={t("board.staleHint")}>
          <Badge tone="amber">{t("board.stale")}</Badge>
        </div>
      ) : null}
    </>
  );
}

/**
 * A lead on the board. Dragged by pointer anywhere on the card, or by keyboard from its handle
 * (space to lift, left/right to change column, space to drop); "移动到…" does the same from a menu.
 */
export function BoardCardView({ card, onMove }: { card: Card; onMove: (card: Card, to: Stage) => void }) {
  const t = useTranslations();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: `lead-${card.id}`,
    disabled: !card.canMove,
  });
  return (
    <li
      ref={setNodeRef}
      onMouseDown={listeners?.onMouseDown as React.MouseEventHandler | undefined}
      onTouchStart={listeners?.onTouchStart as React.TouchEventHandler | undefined}
      aria-label={card.name}
      className={`rounded-md border border-slate-200 bg-white p-2.5 shadow-sm ${isDragging ? "opacity-40" : ""} ${card.canMove ? "cursor-grab" : ""}`}
    >
      <CardBody card={card} link />
      {card.canMove ? (
        <div className="mt-2 flex items-center justify-between border-t border-slate-100 pt-1.5">
          <button
            type="button"
            ref={setActivatorNodeRef}
            {...attributes}
            onKeyDown={listeners?.onKeyDown as React.KeyboardEventHandler | undefined}
            aria-label={t("board.dragHandle", { name: card.name })}
            className="rounded px-1.5 py-0.5 text-slate-400 hover:bg-slate-100 hover:text-slate-700"
          >
            <span aria-hidden>⠿</span>
          </button>
          <MoveMenu current={card.stage} name={card.name} onChoose={(to) => onMove(card, to)} />
        </div>
      ) : null}
    </li>
  );
}
