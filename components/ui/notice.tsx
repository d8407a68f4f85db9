"use client";
import { createContext, useCallback, useContext, useEffect, useState } from "react";

type Notice = { id: number; tone: "success" | "error"; text: string };
type NoticeApi = { show: (tone: Notice["tone"], text: string) => void };

const NoticeContext = createContext<NoticeApi>({ show: () => undefined });

/**
 * One place where the outcome of an action is announced ("已停用用户…", "保存失败…"). It sits
 * outside tables and forms, so a re-render of the row that triggered it cannot swallow it.
 */
export function NoticeProvider({ children }: { children: React.ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const show = useCallback((tone: Notice["tone"], text: string) => setNotice({ id: Date.now(), tone, text }), []);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), notice.tone === "error" ? 10_000 : 6_000);
    return () => clearTimeout(timer);
  }, [notice]);
  return (
    <NoticeContext.Provider value={{ show }}>
      {children}
      <div role="status" aria-live="polite" className="no-print pointer-events-none fixed inset-x-0 bottom-4 z-50 flex justify-center px-4">
        {notice ? (
          <p
            key={notice.id}
            className={`pointer-events-auto max-w-md rounded-lg px-4 py-2.5 text-sm font-medium shadow-lg ${
              notice.tone === "success" ? "bg-emerald-700 text-white" : "bg-red-700 text-white"
            }`}
          >
            {notice.text}
          </p>
        ) : null}
      </div>
    </NoticeContext.Provider>
  );
}

export function useNotice() {
  return useContext(NoticeContext);
}
