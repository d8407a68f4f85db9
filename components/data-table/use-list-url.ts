"use client";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useTransition } from "react";

/** Reads and writes list state (page, sort, filters) in the URL, so every view can be bookmarked. */
export function useListUrl() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [isPending, startTransition] = useTransition();

  const hrefWith = useCallback(
    (changes: Record<string, string | number | null | undefined>, resetPage = true) => {
      const next = new URLSearchParams(searchParams.toString());
      for (const [key, value] of Object.entries(changes)) {
        if (value === null || value === undefined || value === "") next.delete(key);
        else next.set(key, String(value));
      }
      if (resetPage && !("page" in changes)) next.delete("page");
      const query = next.toString();
      return query ? `${pathname}?${query}` : pathname;
    },
    [pathname, searchParams],
  );

  const update = useCallback(
    (changes: Record<string, string | number | null | undefined>, resetPage = true) => {
      startTransition(() => router.push(hrefWith(changes, resetPage), { scroll: false }));
    },
    [hrefWith, router],
  );

  return { searchParams, hrefWith, update, isPending };
}
