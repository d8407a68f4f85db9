"use client";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { inputClass } from "@/components/form/styles";

type Option = { id: number; name: string; city: string | null };

/**
 * Pick a company as you type: suggestions come from the company directory on the server
 * (/companies/lookup, the one company search). Typing a name that is not there keeps it as a new company.
 */
export function CompanyPicker({
  id,
  value,
  onChange,
  invalid,
  describedBy,
  label,
}: {
  id: string;
  value: { companyId: number | null; companyName: string };
  onChange: (value: { companyId: number | null; companyName: string }) => void;
  invalid?: boolean;
  describedBy?: string;
  label: string;
}) {
  const t = useTranslations("chains.segments");
  const listId = useId();
  const [options, setOptions] = useState<Option[]>([]);
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  const [active, setActive] = useState(-1);
  const latest = useRef(0);
  const text = value.companyName;

  useEffect(() => {
    const q = text.trim();
    if (value.companyId !== null || q.length === 0) return;
    const ticket = ++latest.current;
    const timer = setTimeout(async () => {
      setLoading(true);
      try {
        const response = await fetch(`/companies/lookup?q=${encodeURIComponent(q)}`, { headers: { accept: "application/json" }, cache: "no-store" });
        const rows = response.ok ? ((await response.json()) as { companies: Option[] }).companies : [];
        if (ticket === latest.current) {
          setOptions(rows);
          setActive(-1);
        }
      } finally {
        if (ticket === latest.current) setLoading(false);
      }
    }, 200);
    return () => clearTimeout(timer);
  }, [text, value.companyId]);

  const choose = (option: Option) => {
    onChange({ companyId: option.id, companyName: option.name });
    setOpen(false);
  };
  const showList = open && value.companyId === null && text.trim().length > 0;

  return (
    <div className="relative">
      <input
        id={id}
        role="combobox"
        aria-label={label}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-invalid={invalid}
        aria-describedby={describedBy}
        aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        value={text}
        placeholder={t("companyPlaceholder")}
        className={inputClass}
        onChange={(event) => {
          onChange({ companyId: null, companyName: event.target.value });
          // The last search's matches no longer answer what is typed now.
          setOptions([]);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(event) => {
          if (!showList || options.length === 0) return;
          if (event.key === "ArrowDown") {
            event.preventDefault();
            setActive((i) => (i + 1) % options.length);
          } else if (event.key === "ArrowUp") {
            event.preventDefault();
            setActive((i) => (i <= 0 ? options.length - 1 : i - 1));
          } else if (event.key === "Enter" && active >= 0) {
            event.preventDefault();
            choose(options[active]);
          } else if (event.key === "Escape") {
            setOpen(false);
          }
        }}
      />
      {showList ? (
        <ul id={listId} role="listbox" aria-label={label} className="absolute z-30 mt-1 max-h-64 w-full overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg">
          {options.map((option, i) => (
            <li
              key={option.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
              className={`cursor-pointer px-3 py-2 ${i === active ? "bg-brand-50" : "hover:bg-slate-50"}`}
            >
              {option.name}
              {option.city ? <span className="ml-2 text-xs text-slate-500">{option.city}</span> : null}
            </li>
          ))}
          {!loading && options.length === 0 ? <li className="px-3 py-2 text-slate-500">{t("noMatch")}</li> : null}
          {loading ? <li className="px-3 py-2 text-slate-500">{t("searching")}</li> : null}
        </ul>
      ) : null}
    </div>
  );
}
