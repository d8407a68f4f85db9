"use client";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { stages, type Stage } from "@/lib/domain/enums";

type Place = { sheet: true } | { sheet: false; top?: number; bottom?: number; right: number };

/** Below 640 px the menu is a sheet at the bottom of the screen; above, a list beside its button. */
const phoneQuery = "(max-width: 639.98px)";
const itemHeight = 44;

/**
 * "移动到…": the menu way to move a card to another stage (every item 44 px tall). On a phone it is
 * a sheet at the bottom of the screen with every stage in view; on a desktop it opens below its
 * button, or above it when the window has no room below, and never inside the board's scrolling box.
 */
export function MoveMenu({ current, name, onChoose }: { current: Stage; name: string; onChoose: (to: Stage) => void }) {
  const t = useTranslations();
  const [place, setPlace] = useState<Place | null>(null);
  const open = place !== null;
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const choices = stages.filter((s) => s !== current);

  const openMenu = () => {
    const button = buttonRef.current;
    if (!button) return;
    if (window.matchMedia(phoneQuery).matches) {
      setPlace({ sheet: true });
      return;
    }
    const rect = button.getBoundingClientRect();
    const height = choices.length * itemHeight + 8;
    const right = Math.max(8, window.innerWidth - rect.right);
    const roomBelow = window.innerHeight - rect.bottom;
    setPlace(roomBelow >= height + 8 || roomBelow >= rect.top ? { sheet: false, top: rect.bottom + 4, right } : { sheet: false, bottom: window.innerHeight - rect.top + 4, right });
  };
  const close = (refocus: boolean) => {
    setPlace(null);
    if (refocus) buttonRef.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLButtonElement>("[role=menuitem]")?.focus();
    const outside = (event: PointerEvent) => {
      if (!boxRef.current?.contains(event.target as Node) && !buttonRef.current?.contains(event.target as Node)) setPlace(null);
    };
    // The menu stands where its button was: when the page or the board scrolls, it closes.
    const moved = (event: Event) => {
      if (!boxRef.current?.contains(event.target as Node)) setPlace(null);
    };
    document.addEventListener("pointerdown", outside);
    window.addEventListener("scroll", moved, true);
    window.addEventListener("resize", moved);
    return () => {
      document.removeEventListener("pointerdown", outside);
      window.removeEventListener("scroll", moved, true);
      window.removeEventListener("resize", moved);
    };
  }, [open]);

  const onMenuKey = (event: React.KeyboardEvent) => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLButtonElement>("[role=menuitem]") ?? [])];
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const next = (index + (event.key === "ArrowDown" ? 1 : -1) + items.length) % items.length;
      items[next]?.focus();
    } else if (event.key === "Home" || event.key === "End") {
      event.preventDefault();
      items[event.key === "Home" ? 0 : items.length - 1]?.focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      close(true);
    } else if (event.key === "Tab") {
      close(false);
    }
    // Left and right arrows belong to the menu here, not to the card's one-column moves.
    if (event.key === "ArrowLeft" || event.key === "ArrowRight") event.stopPropagation();
  };

  const sheet = place?.sheet === true;
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t("board.moveTo", { name })}
        onClick={() => (open ? close(false) : openMenu())}
        className="inline-flex min-h-11 items-center rounded px-2 text-xs font-medium text-brand-700 hover:bg-brand-50 sm:min-h-8"
      >
        {t("board.moveToShort")}
      </button>
      {open ? (
        <>
          {sheet ? <div aria-hidden className="fixed inset-0 z-40 bg-slate-900/40" /> : null}
          <div
            ref={boxRef}
            // A press in the menu is a choice, never the start of a drag of the card around it.
            onMouseDown={(event) => event.stopPropagation()}
            onTouchStart={(event) => event.stopPropagation()}
            style={place && !place.sheet ? { top: place.top, bottom: place.bottom, right: place.right } : undefined}
            className={
              sheet
                ? "fixed inset-x-0 bottom-0 z-50 max-h-[85vh] overflow-y-auto rounded-t-xl bg-white px-2 pb-[max(0.5rem,env(safe-area-inset-bottom))] pt-2 shadow-2xl"
                : "fixed z-50 max-h-[calc(100vh-1rem)] w-36 overflow-y-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg"
            }
          >
            {sheet ? (
              <p aria-hidden className="px-3 py-2 text-sm font-semibold text-slate-900">
                {t("board.moveTo", { name })}
              </p>
            ) : null}
            <ul ref={menuRef} id={menuId} role="menu" aria-label={t("board.moveTo", { name })} onKeyDown={onMenuKey}>
              {choices.map((stage) => (
                <li key={stage} role="none">
                  <button
                    type="button"
                    role="menuitem"
                    tabIndex={-1}
                    onClick={() => {
                      close(true);
                      onChoose(stage);
                    }}
                    className="flex min-h-11 w-full items-center rounded px-3 text-left text-base hover:bg-brand-50 focus:bg-brand-50 sm:text-sm"
                  >
                    {t(`enum.stage.${stage}`)}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        </>
      ) : null}
    </>
  );
}
