"use client";
import {
  type Announcements,
  type CollisionDetection,
  DndContext,
  type DragEndEvent,
  type DragStartEvent,
  DragOverlay,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { moveLeadStageAction } from "@/app/(crm)/leads/actions";
import { StageMoveDialog } from "@/components/leads/stage-move-dialog";
import { useNotice } from "@/components/ui/notice";
import { stages, type Stage } from "@/lib/domain/enums";
import { requirementsFor, undoableMove } from "@/lib/domain/pipeline";
import { encodeCursor } from "@/lib/board-cursor";
import { BoardCardView, CardBody } from "./board-card";
import { BoardColumn } from "./board-column";
import { BoardScroller } from "./board-scroller";
import { foldableStages, type Card, type Column } from "./types";

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

/**
 * Cards moved on this board stay in view at the top of the column they went to: a stage change
 * leaves a lead's last activity as it was, so by the board's order (newest activity first) the
 * card could fall beyond the column's first page. A pin gives way when fresh data places the
 * card in another column (someone else moved it).
 */
function keepPins(pins: Card[], fresh: Column[]): Card[] {
  return pins.filter((pin) => !fresh.some((column) => column.stage !== pin.stage && column.leads.some((card) => card.id === pin.id)));
}

/**
 * A card is over the column whose width holds the pointer (the finger), or else the card's centre:
 * columns are tall and side by side, and narrower than the lifted card.
 */
const overColumn: CollisionDetection = ({ collisionRect, droppableRects, droppableContainers, pointerCoordinates }) => {
  const x = pointerCoordinates ? pointerCoordinates.x : collisionRect.left + collisionRect.width / 2;
  const hit = droppableContainers.find((container) => {
    const rect = droppableRects.get(container.id);
    return rect && x >= rect.left && x <= rect.right;
  });
  return hit ? [{ id: hit.id }] : [];
};

type Via = "pointer" | "menu" | "keyboard";

export function BoardView({ columns: fresh, filterQuery, openStages }: { columns: Column[]; filterQuery: string; openStages: Stage[] }) {
  const t = useTranslations();
  const notice = useNotice();
  const [isPending, startTransition] = useTransition();
  const [freshSeen, setFreshSeen] = useState(fresh);
  const [columns, setColumns] = useState(fresh);
  const [pins, setPins] = useState<Card[]>([]);
  if (freshSeen !== fresh) {
    setFreshSeen(fresh);
    setColumns(mergeColumns(columns, fresh));
    setPins(keepPins(pins, fresh));
  }
  const [open, setOpen] = useState<Stage[]>(openStages);
  const [dragging, setDragging] = useState<Card | null>(null);
  const [pendingMove, setPendingMove] = useState<{ card: Card; to: Stage; via: Via } | null>(null);
  const [said, setSaid] = useState("");
  /** The card whose handle takes the focus once it stands in its new column (a keyboard move). */
  const focusAfterMove = useRef<number | null>(null);
  /** A move waiting for the server's answer: further arrow presses wait for it (they need its version). */
  const moving = useRef(false);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    // A press held still for 250 ms lifts the card; a swipe before that scrolls the board or the page.
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
  );
  const stageName = (stage: Stage) => t(`enum.stage.${stage}`);

  const pinnedIds = new Set(pins.map((p) => p.id));
  /** What each column shows: the cards moved here on this board first, then its pages. */
  const cardsOf = (column: Column) => [
    ...pins.filter((p) => p.stage === column.stage).map((p) => column.leads.find((card) => card.id === p.id) ?? p),
    ...column.leads.filter((card) => !pinnedIds.has(card.id)),
  ];
  const allCards = () => columns.flatMap(cardsOf);
  const cardById = (id: string | number) => allCards().find((card) => `lead-${card.id}` === String(id));

  const isFolded = (stage: Stage) => foldableStages.includes(stage) && !open.includes(stage);
  const toggle = (stage: Stage) => {
    const next = open.includes(stage) ? open.filter((s) => s !== stage) : [...open, stage];
    setOpen(next);
    // Kept in the URL (?open=on_hold,dropped): a reload, the way back and a shared link keep it.
    const url = new URL(window.location.href);
    const kept = stages.filter((s) => next.includes(s) && foldableStages.includes(s));
    if (kept.length) url.searchParams.set("open", kept.join(","));
    else url.searchParams.delete("open");
    window.history.replaceState(window.history.state, "", url);
  };
  const unfold = (stage: Stage) => {
    if (isFolded(stage)) toggle(stage);
  };

  /** A card now at `stage` with `version`: pinned in its new column, that column opened. */
  const placeMoved = (card: Card, stage: Stage, version: number, stageReason: string | null) => {
    const moved = { ...card, stage, version, stageReason };
    setPins((current) => [moved, ...current.filter((p) => p.id !== card.id)]);
    unfold(stage);
    return moved;
  };

  useEffect(() => {
    const id = focusAfterMove.current;
    if (id === null) return;
    const handle = document.querySelector<HTMLButtonElement>(`[data-move-handle="${id}"]`);
    if (!handle) return;
    focusAfterMove.current = null;
    handle.focus();
    handle.scrollIntoView({ block: "nearest", inline: "nearest" });
  });

  /** 撤销: moves the card back, a real move with the new version and the board's reason. */
  const undo = (moved: Card, back: Stage, reasonBefore: string | null) => {
    startTransition(async () => {
      const result = await moveLeadStageAction({
        leadId: moved.id,
        version: moved.version,
        toStage: back,
        // A lead taken out of 搁置 goes back with the reason it had; else the board says why.
        reason: reasonBefore?.trim() || t("board.undoReason"),
      });
      if (!result.ok) {
        notice.show("error", result.fieldErrors ? Object.values(result.fieldErrors)[0][0] : result.error);
        return;
      }
      placeMoved(moved, back, result.data.version, reasonBefore);
      notice.show("success", t("board.undone", { name: moved.name, stage: stageName(back) }));
    });
  };

  /** A drop, a menu choice or an arrow key: moves at once when the stage asks for nothing, else asks first. */
  const requestMove = (card: Card, to: Stage, via: Via) => {
    if (to === card.stage || !card.canMove) return;
    const needs = requirementsFor(card, to);
    if (needs.reason || needs.signing) {
      setPendingMove({ card, to, via });
      return;
    }
    if (via === "keyboard") setSaid(t("board.keyboard.moving", { name: card.name, stage: stageName(to) }));
    moving.current = true;
    startTransition(async () => {
      const result = await moveLeadStageAction({ leadId: card.id, version: card.version, toStage: to }).finally(() => {
        moving.current = false;
      });
      if (!result.ok) {
        notice.show("error", result.fieldErrors ? Object.values(result.fieldErrors)[0][0] : result.error);
        return;
      }
      const moved = placeMoved(card, to, result.data.version, null);
      if (via === "keyboard") focusAfterMove.current = card.id;
      const text = t("leads.move.done", { name: card.name, stage: stageName(to) });
      if (undoableMove(card, to)) {
        notice.show("success", text, { action: { label: t("board.undo"), onClick: () => undo(moved, card.stage, card.stageReason) }, ms: 10_000 });
      } else {
        notice.show("success", text);
      }
    });
  };

  /** Left or Right on a card's handle: the neighbouring stage, one column a press. */
  const step = (card: Card, direction: -1 | 1) => {
    if (moving.current) {
      setSaid(t("board.keyboard.busy"));
      return;
    }
    const to = stages[stages.indexOf(card.stage) + direction];
    if (!to) {
      setSaid(t(direction > 0 ? "board.keyboard.last" : "board.keyboard.first", { name: card.name }));
      return;
    }
    requestMove(card, to, "keyboard");
  };

  const onDragStart = (event: DragStartEvent) => setDragging(cardById(event.active.id) ?? null);
  const onDragEnd = (event: DragEndEvent) => {
    setDragging(null);
    const card = cardById(event.active.id);
    const to = event.over?.id ? (String(event.over.id).replace(/^column-/, "") as Stage) : null;
    if (card && to) requestMove(card, to, "pointer");
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

  const columnOf = (id: string | number) => stageName(String(id).replace(/^column-/, "") as Stage);
  const announcements: Announcements = {
    onDragStart: ({ active }) => t("board.dnd.start", { name: cardById(active.id)?.name ?? "" }),
    onDragOver: ({ active, over }) => (over ? t("board.dnd.over", { name: cardById(active.id)?.name ?? "", stage: columnOf(over.id) }) : t("board.dnd.outside")),
    onDragEnd: ({ active, over }) => (over ? t("board.dnd.end", { name: cardById(active.id)?.name ?? "", stage: columnOf(over.id) }) : t("board.dnd.cancel")),
    onDragCancel: () => t("board.dnd.cancel"),
  };

  const keyboardHelpId = "board-keyboard-help";
  return (
    <>
      <p id={keyboardHelpId} className="sr-only">
        {t("board.keyboard.help")}
      </p>
      <p aria-live="polite" className="sr-only" data-testid="board-announcer">
        {said}
      </p>
      <DndContext
        sensors={sensors}
        collisionDetection={overColumn}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setDragging(null)}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t("board.keyboard.help") } }}
      >
        <BoardScroller busy={isPending}>
          {columns.map((column) => {
            const cards = cardsOf(column);
            return (
              <BoardColumn
                key={column.stage}
                column={column}
                shown={cards.length}
                folded={foldableStages.includes(column.stage) ? isFolded(column.stage) : null}
                onToggle={toggle}
                onLoadMore={loadMore}
              >
                {cards.map((card) => (
                  <BoardCardView key={card.id} card={card} onMove={(c, to) => requestMove(c, to, "menu")} onStep={step} keyboardHelpId={keyboardHelpId} />
                ))}
              </BoardColumn>
            );
          })}
        </BoardScroller>
        <DragOverlay>
          {dragging ? (
            <div className="w-56 rotate-1 rounded-md border border-brand-600 bg-white p-2 shadow-lg">
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
          onMoved={(moved) => {
            // The reason typed in the dialog comes with the board's fresh data.
            placeMoved(pendingMove.card, moved.stage, moved.version, null);
            if (pendingMove.via === "keyboard") focusAfterMove.current = pendingMove.card.id;
          }}
        />
      ) : null}
    </>
  );
}
