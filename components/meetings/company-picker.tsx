"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { createCompanyAction } from "@/app/(crm)/companies/actions";
import { CompanyFields, type IndustryOption } from "@/components/companies/company-fields";
import { DuplicateOffer, type ExistingCompany, findExistingCompany } from "@/components/companies/duplicate-offer";
import { FieldError, fieldA11y, FormAlert } from "@/components/form/field";
import { useActionForm } from "@/components/form/use-action-form";
import { companyCreateSchema, type CompanyFormValues } from "@/lib/validation/company";
import { inputClass, labelClass, primaryButton, smallButton } from "@/components/form/styles";

export type PickedCompany = { id: number; name: string; city?: string | null };
type Match = { id: number; name: string; city: string | null; creditCode: string | null };

/**
 * Pick a company as you type (any part of its Chinese name), or create it in place. Creating one
 * that is already in the directory offers the existing company instead.
 */
export function CompanyPicker({
  value,
  onChange,
  error,
  industries,
  inputId,
}: {
  value: PickedCompany | null;
  onChange: (company: PickedCompany | null) => void;
  error?: string;
  industries: IndustryOption[];
  inputId: string;
}) {
  const t = useTranslations();
  const listId = useId();
  const [query, setQuery] = useState("");
  const [matches, setMatches] = useState<Match[]>([]);
  const [isOpen, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [isSearching, setSearching] = useState(false);
  const [creating, setCreating] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const text = query.trim();
    if (!text) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setSearching(true);
      try {
        const response = await fetch(`/companies/lookup?q=${encodeURIComponent(text)}`, { signal: controller.signal, cache: "no-store" });
        if (response.ok) setMatches(((await response.json()) as { companies: Match[] }).companies);
      } catch {
        /* offline or aborted: keep the last matches */
      } finally {
        if (!controller.signal.aborted) setSearching(false);
      }
    }, 200);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [query]);

  const text = query.trim();
  // The options: the matches, then "create …" with what was typed.
  const options = text ? [...matches.map((m) => ({ kind: "match" as const, match: m })), { kind: "create" as const }] : [];

  const choose = (index: number) => {
    const option = options[index];
    if (!option) return;
    setOpen(false);
    if (option.kind === "match") {
      onChange({ id: option.match.id, name: option.match.name, city: option.match.city });
      setQuery("");
    } else {
      setCreating(text);
    }
  };

  if (value) {
    return (
      <div>
        <span className={labelClass} id={`${inputId}-label`}>
          {t("meetings.company")}
        </span>
        <div className="mt-1 flex items-center justify-between gap-3 rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2">
          <div className="min-w-0">
            <div className="font-medium text-slate-900" data-testid="picked-company">
              {value.name}
            </div>
            {value.city ? <div className="text-xs text-slate-500">{value.city}</div> : null}
          </div>
          <button
            type="button"
            className={smallButton}
            onClick={() => {
              onChange(null);
              setTimeout(() => inputRef.current?.focus(), 0);
            }}
          >
            {t("meetings.changeCompany")}
          </button>
        </div>
        <FieldError id={inputId} error={error} />
      </div>
    );
  }

  if (creating !== null) {
    return (
      <CompanyQuickCreate
        initialName={creating}
        industries={industries}
        onCancel={() => setCreating(null)}
        onDone={(company) => {
          setCreating(null);
          setQuery("");
          onChange(company);
        }}
      />
    );
  }

  const a11y = fieldA11y(inputId, error, true);
  return (
    <div>
      <label htmlFor={inputId} className={labelClass}>
        {t("meetings.company")}
        <span aria-hidden className="ml-0.5 text-red-600">
          *
        </span>
      </label>
      <div className="relative mt-1">
        <input
          ref={inputRef}
          {...a11y}
          role="combobox"
          aria-expanded={isOpen && options.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={isOpen && active >= 0 ? `${listId}-${active}` : undefined}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(-1);
            if (!event.target.value.trim()) setMatches([]);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={(event) => {
            if (event.key === "ArrowDown") {
              event.preventDefault();
              setOpen(true);
              setActive((i) => Math.min(i + 1, options.length - 1));
            } else if (event.key === "ArrowUp") {
              event.preventDefault();
              setActive((i) => Math.max(i - 1, 0));
            } else if (event.key === "Enter") {
              // Enter picks an option instead of submitting the meeting form.
              event.preventDefault();
              if (options.length) choose(active >= 0 ? active : 0);
            } else if (event.key === "Escape") {
              setOpen(false);
            }
          }}
          placeholder={t("meetings.companyPlaceholder")}
          autoComplete="off"
          enterKeyHint="search"
          className={inputClass}
        />
        {isOpen && options.length > 0 ? (
          <ul
            id={listId}
            role="listbox"
            aria-label={t("meetings.company")}
            className="absolute inset-x-0 top-full z-20 mt-1 max-h-80 overflow-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg"
          >
            {options.map((option, index) => (
              <li
                key={option.kind === "match" ? option.match.id : "create"}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                // Pointer down, not click: the input's blur would close the list first.
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(index);
                }}
                className={`flex min-h-11 cursor-pointer flex-col justify-center px-3 py-2 text-base ${
                  index === active ? "bg-brand-50" : "hover:bg-slate-50"
                } ${option.kind === "create" ? "border-t border-slate-100 font-medium text-brand-700" : ""}`}
              >
                {option.kind === "match" ? (
                  <>
                    <span>{option.match.name}</span>
                    {option.match.city ? <span className="text-xs text-slate-500">{option.match.city}</span> : null}
                  </>
                ) : (
                  <span>
                    {matches.length === 0 && !isSearching ? `${t("meetings.noMatch")} ` : ""}
                    {t("meetings.createCompany", { name: text })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <p id={`${inputId}-hint`} className="mt-1 text-xs text-slate-500">
        {isSearching ? t("meetings.searching") : t("meetings.companyHint")}
      </p>
      <FieldError id={inputId} error={error} />
    </div>
  );
}

const companyFields = ["name", "creditCode", "industryId", "province", "city", "address", "description"] as const;

/** The create-in-place panel: a company made without leaving the meeting form (which keeps its values). */
function CompanyQuickCreate({
  initialName,
  industries,
  onCancel,
  onDone,
}: {
  initialName: string;
  industries: IndustryOption[];
  onCancel: () => void;
  onDone: (company: PickedCompany) => void;
}) {
  const t = useTranslations();
  const [existing, setExisting] = useState<ExistingCompany | null>(null);
  const form = useForm<CompanyFormValues>({
    resolver: zodResolver(companyCreateSchema),
    defaultValues: { name: initialName, creditCode: "", industryId: "", province: "", city: "", address: "", description: "" },
  });
  const { register, formState, handleSubmit } = form;
  const action = useActionForm(form, { fields: companyFields });

  const save = handleSubmit(async () => {
    setExisting(null);
    const values = form.getValues();
    const result = await action.run(
      () => createCompanyAction(values),
      (data) => onDone({ id: data.id, name: data.name, city: values.city ? String(values.city) : null }),
    );
    if (!result.ok && (result.fieldErrors?.name || result.fieldErrors?.creditCode)) {
      setExisting(await findExistingCompany(String(values.name ?? ""), values.creditCode ? String(values.creditCode) : null));
    }
  });

  return (
    // Not a <form>: it sits inside the meeting form. Enter in its fields saves the company, not the meeting.
    <div
      role="group"
      aria-labelledby="quick-company-title"
      className="space-y-4 rounded-md border border-brand-100 bg-brand-50/50 p-3"
      onKeyDown={(event) => {
        if (event.key === "Enter" && event.target instanceof HTMLInputElement) {
          event.preventDefault();
          void save();
        }
      }}
    >
      <h3 id="quick-company-title" className="text-sm font-semibold text-brand-800">
        {t("companies.quickCreate.title")}
      </h3>
      <CompanyFields idPrefix="quick-company" register={register} errors={formState.errors} industries={industries} full={false} />
      {existing ? (
        <DuplicateOffer
          company={existing}
          action={
            <button
              type="button"
              onClick={() => onDone({ id: existing.id, name: existing.name, city: existing.city })}
              className="inline-flex min-h-11 items-center rounded-md bg-amber-600 px-4 text-sm font-semibold text-white hover:bg-amber-700"
            >
              {t("companies.useExisting")}
            </button>
          }
        />
      ) : null}
      <FormAlert message={action.error} />
      <div className="flex gap-3">
        <button
          type="button"
          onClick={() => void save()}
          disabled={formState.isSubmitting}
          className={`${primaryButton} flex-1`}
        >
          {formState.isSubmitting ? t("formKit.saving") : t("companies.quickCreate.save")}
        </button>
        <button type="button" onClick={onCancel} className={smallButton}>
          {t("actions.cancel")}
        </button>
      </div>
    </div>
  );
}
