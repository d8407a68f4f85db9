"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FieldError } from "./field";
import { inputClass } from "./styles";

export type PersonOption = { id: number; name: string; title: string | null };

/**
 * Several people from a long list: a filter box, the chosen ones first, each a row big enough for
 * a thumb. Values are ids as strings (what checkboxes and the zod schema's coercion agree on).
 */
export function PeoplePicker({
  id,
  legend,
  hint,
  people,
  value,
  onChange,
  error,
  filterable = true,
}: {
  id: string;
  legend: string;
  hint?: string;
  people: PersonOption[];
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
  filterable?: boolean;
}) {
  const t = useTranslations("formKit");
  const [filter, setFilter] = useState("");
  const chosen = new Set(value.map(String));
  const text = filter.trim();
  // The chosen stay in view whatever the filter, first.
  const shown = people
    .filter((p) => chosen.has(String(p.id)) || !text || p.name.includes(text) || (p.title ?? "").includes(text))
    .sort((a, b) => Number(chosen.has(String(b.id))) - Number(chosen.has(String(a.id))));
  const toggle = (personId: string, on: boolean) => onChange(on ? [...value.map(String), personId] : value.map(String).filter((v) => v !== personId));
  return (
    <fieldset aria-describedby={[hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined}>
      <legend className="block text-sm font-medium text-slate-700">
        {legend}
        <span className="ml-2 text-xs font-normal text-slate-600">{t("selected", { count: chosen.size })}</span>
      </legend>
      {hint ? (
        <p id={`${id}-hint`} className="mt-0.5 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {filterable ? (
        <input
          type="search"
          aria-label={`${t("label", { label: legend })}${t("filterPeople")}`}
          placeholder={t("filterPeople")}
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") event.preventDefault();
          }}
          enterKeyHint="search"
          className={`${inputClass} mt-2`}
        />
      ) : null}
      <ul className="mt-2 max-h-64 divide-y divide-slate-100 overflow-auto rounded-md border border-slate-200 bg-white">
        {shown.length === 0 ? <li className="px-3 py-3 text-sm text-slate-600">{t("noPeople")}</li> : null}
        {shown.map((person) => {
          const checkboxId = `${id}-${person.id}`;
          return (
            <li key={person.id}>
              <label htmlFor={checkboxId} className="flex min-h-11 cursor-pointer items-center gap-3 px-3 py-2">
                <input
                  id={checkboxId}
                  type="checkbox"
                  checked={chosen.has(String(person.id))}
                  onChange={(event) => toggle(String(person.id), event.target.checked)}
                  className="h-5 w-5 shrink-0 accent-brand-600"
                />
                <span className="min-w-0">
                  <span className="text-base text-slate-900">{person.name}</span>
                  {person.title ? <span className="ml-2 text-xs text-slate-600">{person.title}</span> : null}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}
