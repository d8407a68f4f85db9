"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useListUrl } from "./use-list-url";
import { primaryButton } from "@/components/form/styles";

/** Keyword filter kept in the URL (?q=…); submits on Enter or the button. */
export function SearchBox({ label }: { label: string }) {
  const t = useTranslations();
  const { searchParams, update } = useListUrl();
  const [value, setValue] = useState(searchParams.get("q") ?? "");
  return (
    <form
      role="search"
      className="flex w-full max-w-md gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        update({ q: value.trim() });
      }}
    >
      <label className="sr-only" htmlFor="list-search">
        {label}
      </label>
      <input
        id="list-search"
        type="search"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        placeholder={label}
        enterKeyHint="search"
        className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600"
      />
      <button type="submit" className={primaryButton}>
        {t("actions.search")}
      </button>
    </form>
  );
}
