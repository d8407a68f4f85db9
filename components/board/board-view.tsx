"use client";
import {
  type Announcements,
  type CollisionDetection,
  DndContext,
  type DragEndEvent,
  type DragStartEvent,
  DragOverlay,
  type KeyboardCoordinateGetter,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { moveLeadStageAction } from "@/app/(crm)/leads/actions";
import { StageMoveDialog } from "@/components/leads/stage-move-dialog";
import { useNotice } from "@/components/ui/notice";
import type { Stage } from "@/lib/domain/enums";
import { requirementsFor } from "@/lib/domain/pipeline";
import { encodeCursor } from "@/lib/lead-filters";
import { BoardCardView, CardBody } from "./board-card";
import { BoardColumn } from "./board-column";
import type { Card, Column } from "./types";

const at = (card: Card) => +new Date(card.lastActivityAt);
const newestFirst = (a: Card, b: Card) => at(b) - at(a) || b.id - a.id;
const cursorOf = (card: Card) => encodeCursor({ at: at(card), id: card.id });

/**
 * The cards a column shows after the server sent fresh first pages: the new first page, plus what
 * "加载更多" had loaded before (unless the card now stands in another column), in board order.
 */
function mergeColumns(previous: Column[] | null, fresh: Column[]): Column[] {
  if (!previous) return fresh;
  const placed = new Map<number, Stage>();
  for (const column of fresh) for (const card of column.leads) placed.set(card.id, column.stage);
  return fresh.map((column) => {
    const before = previous.find((c) => c.stage === column.stage);
    if (!before || before.leads.length <= column.leads.length) return column;
    const byId = new Map<number, Card>();
    for (const card of before.leads) if ((placed.get(card.id) ?? column.stage) === column.stage) byId.set(card.id, card);
    for (const card of column.leads) byId.set(card.id, card);
    const leads = Array.from(byId, ([, card]) => card).sort(newestFirst);
    const last = leads[leads.length - 1];
    return { ...column, leads, nextCursor: column.count > leads.length && last ? cursorOf(last) : null };
  });
}

/** Left and right arrows jump a lifted card to the neighbouring column (up and down do nothing). */
const columnKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  if (event.code !== "ArrowRight" && event.code !== "ArrowLeft") {
    event.preventDefault();
    return undefined;
  }
  const rects = Array.from(context.droppableRects, ([, rect]) => rect).sort((a, b) => a.left - b.left);
  const width = context.collisionRect?.width ?? 0;
  const center = currentCoordinates.x + width / 2;
  const index = rects.findIndex((r) => center >= r.left && center <= r.right);
  const next = rects[index + (event.code === "ArrowRight" ? 1 : -1)];
  if (!next) return undefined;
  return { x: next.left + (next.width - width) / 2, y: currentCoordinates.y };
};

/** A card is over the column whose width holds its centre: columns are tall and side by side. */
const overColumn: CollisionDetection = ({ collisionRect, droppableRects, droppableContainers }) => {
  const x = collisionRect.left + collisionRect.width / 2;
  const hit = droppableContainers.find((container) => {
    const rect = droppableRects.get(container.id);
    return rect && x >= rect.left && x <= rect.right;
  });
  return hit ? [{ id: hit.id }] : [];
};

export function BoardView({ columns: fresh, filterQuery }: { columns: Column[]; filterQuery: string }) {
  const t = useTranslations();
  const notice = useNotice();
  const [isPending, startTransition] = useTransition();
  const [freshSeen, setFreshSeen] = useState(fresh);
  const [columns, setColumns] = useState(fresh);
  if (freshSeen !== fresh) {
    setFreshSeen(fresh);
    setColumns(mergeColumns(columns, fresh));
  }
  const [dragging, setDragging] = useState<Card | null>(null);
  const [pendingMove, setPendingMove] = useState<{ card: Card; to: Stage } | null>(null);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }),
  );
  const stageName = (stage: Stage) => t(`enum.stage.${stage}`);
  const cardById = (id: string | number) => columns.flatMap((c) => c.leads).find((card) => `lead-${card.id}` === String(id));

  /** A drop or a menu choice: moves at once when the stage asks for nothing, else asks first. */
  const requestMove = (card: Card, to: Stage) => {
    if (to === card.stage || !card.canMove) return;
    const needs = requirementsFor(card, to);
    if (needs.reason || needs.signing) {
      setPendingMove({ card, to });
      return;
    }
    startTransition(async () => {
      const result = await moveLeadStageAction({ leadId: card.id, version: card.version, toStage: to });
      if (result.ok) notice.show("success", t("leads.move.done", { name: card.name, stage: stageName(to) }));
      else notice.show("error", result.fieldErrors ? Object.values(result.fieldErrors)[0][0] : result.error);
    });
  };

  const onDragStart = (event: DragStartEvent) => setDragging(cardById(event.active.id) ?? null);
  const onDragEnd = (event: DragEndEvent) => {
    setDragging(null);
    const card = cardById(event.active.id);
    const to = event.over?.id ? (String(event.over.id).replace(/^column-/, "") as Stage) : null;
    if (card && to) requestMove(card, to);
  };

  const loadMore = async (stage: Stage, cursor: string) => {
    const response = await fetch(`/board/column?stage=${stage}&cursor=${encodeURIComponent(cursor)}${filterQuery ? `&${filterQuery}` : ""}`, {
      headers: { accept: "application/json" },
    });
    if (!response.ok) {
      notice.show("error", t("board.loadFailed"));
      return;
    }
    const page = (await response.json()) as { leads: Card[]; nextCursor: string | null };
    setColumns((current) =>
      current.map((c) => {
        if (c.stage !== stage) return c;
        const known = new Set(c.leads.map((l) => l.id));
        return { ...c, leads: [...c.leads, ...page.leads.filter((l) => !known.has(l.id))], nextCursor: page.nextCursor };
      }),
    );
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => t("board.dnd.start", { name: cardById(active.id)?.name ?? "" }),
    onDragOver: ({ active, over }) =>
      over ? t("board.dnd.over", { name: cardById(active.id)?.name ?? "", stage: stageName(String(over.id).replace(/^column-/, "") as Stage) }) : t("board.dnd.outside"),
    onDragEnd: ({ active, over }) =>
      over ? t("board.dnd.end", { name: cardById(active.id)?.name ?? "", stage: stageName(String(over.id).replace(/^column-/, "") as Stage) }) : t("board.dnd.cancel"),
    onDragCancel: () => t("board.dnd.cancel"),
  };

  return (
    <>
      <DndContext
        sensors={sensors}
        collisionDetection={overColumn}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setDragging(null)}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t("board.dnd.instructions") } }}
      >
        <div
          aria-busy={isPending}
          className={`-mx-3 flex items-stretch gap-3 overflow-x-auto px-3 pb-4 sm:mx-0 sm:px-0 ${isPending ? "opacity-70" : ""}`}
        >
          {columns.map((column) => (
            <BoardColumn key={column.stage} column={column} onLoadMore={loadMore}>
              {column.leads.map((card) => (
                <BoardCardView key={card.id} card={card} onMove={requestMove} />
              ))}
            </BoardColumn>
          ))}
        </div>
        <DragOverlay>
          {dragging ? (
            <div className="w-64 rotate-1 rounded-md border border-brand-600 bg-white p-2.5 shadow-lg">
              <CardBody card={dragging} />
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>
      {pendingMove ? (
        <StageMoveDialog
          lead={pendingMove.card}
          target={pendingMove.to}
          open
          onClose={() => setPendingMove(null)}
        />
      ) : null}
    </>
  );
}
