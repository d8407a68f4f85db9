"use client";
import { createContext, useCallback, useContext, useEffect, useState } from "react";

/** A button inside the notice, e.g. 撤销 after a move; the notice closes when it is pressed. */
export type NoticeAction = { label: string; onClick: () => void };
type Notice = { id: number; tone: "success" | "error"; text: string; action?: NoticeAction; ms: number };
type NoticeApi = { show: (tone: Notice["tone"], text: string, options?: { action?: NoticeAction; ms?: number }) => void };

const NoticeContext = createContext<NoticeApi>({ show: () => undefined });

/**
 * One place where the outcome of an action is announced ("已停用用户…", "保存失败…"). It sits
 * outside tables and forms, so a re-render of the row that triggered it cannot swallow it.
 */
export function NoticeProvider({ children }: { children: React.ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const show = useCallback<NoticeApi["show"]>(
    (tone, text, options) =>
      setNotice({ id: Date.now(), tone, text, action: options?.action, ms: options?.ms ?? (tone === "error" ? 10_000 : 6_000) }),
    [],
  );
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), notice.ms);
    return () => clearTimeout(timer);
  }, [notice]);
  return (
    <NoticeContext.Provider value={{ show }}>
      {children}
      {/* At the top: the bottom of a phone holds the tab bar and a form's sticky save bar, which a notice must never cover. */}
      <div role="status" aria-live="polite" className="no-print pointer-events-none fixed inset-x-0 top-3 z-50 flex justify-center px-4">
        {notice ? (
          <p
            key={notice.id}
            className={`pointer-events-auto flex max-w-md items-center gap-3 rounded-lg px-4 py-2.5 text-sm font-medium shadow-lg ${
              notice.tone === "success" ? "bg-emerald-700 text-white" : "bg-red-700 text-white"
            }`}
          >
            <span>{notice.text}</span>
            {notice.action ? (
              <button
                type="button"
                className="min-h-11 shrink-0 rounded-md border border-white/70 px-3 font-semibold hover:bg-white/15"
                onClick={() => {
                  const action = notice.action;
                  setNotice(null);
                  action?.onClick();
                }}
              >
                {notice.action.label}
              </button>
            ) : null}
          </p>
        ) : null}
      </div>
    </NoticeContext.Provider>
  );
}

export function useNotice() {
  return useContext(NoticeContext);
}
