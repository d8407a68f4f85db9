"use client";
import { useEffect } from "react";

/** Marks the page as hydrated (see submit-guard.tsx). */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.setAttribute("data-hydrated", "");
  }, []);
  return null;
}
