"use client";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";

/**
 * The board's sideways scrolling box. When columns lie beyond an edge, that edge shades and a
 * button scrolls towards them, so a board wider than the window says so.
 */
export function BoardScroller({ busy, children }: { busy: boolean; children: React.ReactNode }) {
  const t = useTranslations("board");
  const box = useRef<HTMLDivElement>(null);
  const [edges, setEdges] = useState({ left: false, right: false });

  const measure = useCallback(() => {
    const el = box.current;
    if (!el) return;
    const left = el.scrollLeft > 1;
    const right = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
    setEdges((e) => (e.left === left && e.right === right ? e : { left, right }));
  }, []);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    for (const child of Array.from(el.children)) observer.observe(child);
    const mutations = new MutationObserver(measure);
    mutations.observe(el, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      mutations.disconnect();
    };
  }, [measure]);

  const scroll = (direction: -1 | 1) => {
    const el = box.current;
    if (el) el.scrollBy({ left: direction * Math.max(160, el.clientWidth * 0.7), behavior: "smooth" });
  };

  const button =
    "inline-flex h-11 w-11 items-center justify-center rounded-full border border-slate-300 bg-white text-lg text-slate-800 shadow-sm hover:border-brand-600 hover:text-brand-700 disabled:opacity-40 disabled:hover:border-slate-300 disabled:hover:text-slate-800 sm:h-9 sm:w-9";
  const overflows = edges.left || edges.right;
  return (
    <div>
      {overflows ? (
        <div className="mb-1.5 flex items-center justify-end gap-2" data-testid="board-scroll-cue">
          <span className="text-xs text-slate-700">{t("scrollHint")}</span>
          <button type="button" className={button} aria-label={t("scrollLeft")} disabled={!edges.left} onClick={() => scroll(-1)}>
            <span aria-hidden>‹</span>
          </button>
          <button type="button" className={button} aria-label={t("scrollRight")} disabled={!edges.right} onClick={() => scroll(1)}>
            <span aria-hidden>›</span>
          </button>
        </div>
      ) : null}
      <div className="relative">
        <div
          ref={box}
          onScroll={measure}
          aria-busy={busy}
          data-testid="board-scroller"
          className={`relative -mx-3 flex items-stretch gap-1.5 overflow-x-auto px-3 pb-3 sm:mx-0 sm:px-0 ${busy ? "opacity-70" : ""}`}
        >
          {children}
        </div>
        {/* Shades over the edges beyond which columns lie. */}
        <div aria-hidden className={`pointer-events-none absolute inset-y-0 -left-3 w-8 bg-gradient-to-r from-slate-900/25 to-transparent transition-opacity sm:left-0 ${edges.left ? "opacity-100" : "opacity-0"}`} />
        <div aria-hidden className={`pointer-events-none absolute inset-y-0 -right-3 w-8 bg-gradient-to-l from-slate-900/25 to-transparent transition-opacity sm:right-0 ${edges.right ? "opacity-100" : "opacity-0"}`} />
      </div>
    </div>
  );
}
