"use client";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { FieldError, fieldA11y } from "@/components/form/field";
import { revealBelow } from "@/components/form/focus-error";
import { inputClass, labelClass, smallButton } from "@/components/form/styles";
import { type IndustryOption } from "./company-fields";
import { CompanyQuickCreate } from "./company-quick-create";

export type PickedCompany = { id: number; name: string; city?: string | null };
type Match = { id: number; name: string; city: string | null; creditCode: string | null };
type SearchAnswer = { query: string; companies: Match[]; failed: boolean };

/** The longest text the search answers (the route cuts it alike). */
const maxQuery = 100;

/**
 * The one company search as you type (GET /companies/lookup?q=…, the server's lookupCompanies). Each
 * answer names the text it answers; only the answer to the text typed now is ever offered: an answer
 * to an earlier text (a slow network, a fast typist) is dropped, and the request it came from is
 * aborted as soon as the text changes. `pending` is true while the current text has no answer yet.
 */
export function useCompanySearch(text: string, enabled = true, onAnswer?: (answer: SearchAnswer) => void) {
  const query = text.trim().slice(0, maxQuery);
  const [answer, setAnswer] = useState<SearchAnswer | null>(null);
  const onAnswerRef = useRef(onAnswer);
  useEffect(() => {
    onAnswerRef.current = onAnswer;
  });
  useEffect(() => {
    if (!enabled || !query) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      let next: SearchAnswer | null = null;
      try {
        const response = await fetch(`/companies/lookup?q=${encodeURIComponent(query)}`, { signal: controller.signal, cache: "no-store" });
        const body = response.ok ? ((await response.json()) as { query: string; companies: Match[] }) : null;
        if (!body) next = { query, companies: [], failed: true };
        else if (body.query === query) next = { query, companies: body.companies, failed: false };
      } catch {
        next = { query, companies: [], failed: true };
      }
      // Aborted: the text changed meanwhile, and this answer answers nothing typed now.
      if (!next || controller.signal.aborted) return;
      setAnswer(next);
      onAnswerRef.current?.(next);
    }, 150);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [query, enabled]);
  const current = answer && answer.query === query ? answer : null;
  return { query, matches: current?.companies ?? [], pending: enabled && query !== "" && current === null, failed: current?.failed ?? false };
}

type Option = { kind: "match"; match: Match } | { kind: "create" };

/**
 * The input and the list of a company search: the matches of the text typed now (never an earlier
 * text's), then, when `create` is given, "新建企业“…”". Arrow keys move, Enter or a tap picks. Enter
 * while the text has no answer yet waits for it, then picks the first option of that answer; typing on
 * cancels it. Without `create`, Enter with no option chosen is left to the form.
 */
function CompanyCombobox({
  inputId,
  label,
  text,
  onText,
  onPick,
  create,
  hidden,
  a11y,
  status,
  inputRef,
}: {
  inputId: string;
  label: string;
  text: string;
  onText: (text: string) => void;
  onPick: (match: Match) => void;
  /** The trailing option that makes a new company of what was typed. */
  create?: (name: string) => void;
  /** The list stays shut (a company is chosen already). */
  hidden?: boolean;
  a11y: ReturnType<typeof fieldA11y>;
  status: (search: { pending: boolean; failed: boolean; empty: boolean; query: string }) => string | null;
  inputRef?: React.Ref<HTMLInputElement>;
}) {
  const t = useTranslations("companies.picker");
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // The text Enter was pressed on before its answer came: the first option of that answer is taken.
  const enterFor = useRef<string | null>(null);
  const closeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const search = useCompanySearch(text, !hidden, (answer) => {
    if (enterFor.current !== answer.query) return;
    enterFor.current = null;
    const first = answer.companies[0];
    choose(first ? { kind: "match", match: first } : create ? { kind: "create" } : undefined);
  });
  const options: Option[] = search.query
    ? [...search.matches.map((match) => ({ kind: "match" as const, match })), ...(create ? [{ kind: "create" as const }] : [])]
    : [];
  // While the answer is pending, only "create" (about the text typed now) can be chosen.
  const choosable = search.pending ? options.filter((o) => o.kind === "create") : options;
  const showList = open && !hidden && search.query !== "" && (choosable.length > 0 || search.pending);

  function choose(option: Option | undefined) {
    enterFor.current = null;
    if (!option) return;
    setOpen(false);
    setActive(-1);
    if (option.kind === "match") onPick(option.match);
    else create?.(search.query);
  }

  const message = status({ pending: search.pending, failed: search.failed, empty: search.matches.length === 0, query: search.query });
  return (
    <div className="relative">
      <input
        ref={inputRef}
        {...a11y}
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-busy={search.pending || undefined}
        aria-activedescendant={showList && active >= 0 && active < choosable.length ? `${listId}-${active}` : undefined}
        value={text}
        onChange={(event) => {
          onText(event.target.value);
          setOpen(true);
          setActive(-1);
          enterFor.current = null;
        }}
        onFocus={(event) => {
          // Back in the box before an earlier blur closed the list: it stays open.
          clearTimeout(closeTimer.current);
          setOpen(true);
          const box = event.target;
          requestAnimationFrame(() => revealBelow(box, 240));
        }}
        onBlur={() => {
          closeTimer.current = setTimeout(() => setOpen(false), 150);
        }}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown") {
            event.preventDefault();
            setOpen(true);
            setActive((i) => Math.min(i + 1, choosable.length - 1));
          } else if (event.key === "ArrowUp") {
            event.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (event.key === "Escape") {
            setOpen(false);
            enterFor.current = null;
          } else if (event.key === "Enter") {
            if (!search.query || hidden) return;
            if (active >= 0 && choosable[active]) {
              event.preventDefault();
              choose(choosable[active]);
            } else if (create) {
              // Enter picks instead of sending the form, once the answer to this very text is in.
              event.preventDefault();
              if (search.pending) enterFor.current = search.query;
              else choose(options[0]);
            }
          }
        }}
        placeholder={t("placeholder")}
        autoComplete="off"
        enterKeyHint="search"
        className={inputClass}
      />
      {showList ? (
        <ul
          id={listId}
          role="listbox"
          aria-label={label}
          className="absolute inset-x-0 top-full z-30 mt-1 max-h-80 overflow-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg"
        >
          {choosable.map((option, index) => (
            <li
              key={option.kind === "match" ? option.match.id : "create"}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              // Pointer down, not click: the input's blur would close the list first.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(option);
              }}
              className={`flex min-h-11 cursor-pointer flex-col justify-center px-3 py-2 text-base ${index === active ? "bg-brand-50" : "hover:bg-slate-50"} ${
                option.kind === "create" ? "border-t border-slate-100 font-medium text-brand-700" : ""
              }`}
            >
              {option.kind === "match" ? (
                <>
                  <span>{option.match.name}</span>
                  {option.match.city ? <span className="text-xs text-slate-600">{option.match.city}</span> : null}
                </>
              ) : (
                <span>{t("create", { name: search.query })}</span>
              )}
            </li>
          ))}
          {search.pending ? (
            <li role="presentation" aria-live="polite" className="px-3 py-2 text-sm text-slate-600">
              {t("searching")}
            </li>
          ) : null}
        </ul>
      ) : null}
      {message ? (
        <p id={`${inputId}-hint`} aria-live="polite" className="mt-1 text-xs text-slate-600">
          {message}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Pick a company from the directory as you type (any part of its name, its credit code or its city),
 * or make a new one in place: the one company picker of every form (meetings, chains, leads). A new
 * company that is already in the directory is offered as the existing one instead.
 */
export function CompanyPicker({
  inputId,
  label,
  value,
  onChange,
  error,
  industries,
}: {
  inputId: string;
  label: string;
  value: PickedCompany | null;
  onChange: (company: PickedCompany | null) => void;
  error?: string;
  industries: IndustryOption[];
}) {
  const t = useTranslations("companies.picker");
  const [text, setText] = useState("");
  const [creating, setCreating] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  if (value) {
    return (
      <div>
        <span className={labelClass} id={`${inputId}-label`}>
          {label}
        </span>
        <div className="mt-1 flex items-center justify-between gap-3 rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2">
          <div className="min-w-0">
            <div className="font-medium text-slate-900" data-testid="picked-company">
              {value.name}
            </div>
            {value.city ? <div className="text-xs text-slate-600">{value.city}</div> : null}
          </div>
          <button
            type="button"
            className={smallButton}
            onClick={() => {
              onChange(null);
              setTimeout(() => inputRef.current?.focus(), 0);
            }}
          >
            {t("change")}
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
          setText("");
          onChange(company);
        }}
      />
    );
  }

  return (
    <div>
      <label htmlFor={inputId} className={labelClass}>
        {label}
        <span aria-hidden className="ml-0.5 text-red-600">
          *
        </span>
      </label>
      <div className="mt-1">
        <CompanyCombobox
          inputId={inputId}
          inputRef={inputRef}
          label={label}
          text={text}
          onText={setText}
          onPick={(match) => {
            setText("");
            onChange({ id: match.id, name: match.name, city: match.city });
          }}
          create={(name) => setCreating(name)}
          a11y={fieldA11y(inputId, error, true)}
          status={({ pending, failed, empty, query }) =>
            pending ? t("searching") : failed ? t("failed") : query && empty ? `${t("noMatch")} ${t("hint")}` : t("hint")
          }
        />
      </div>
      <FieldError id={inputId} error={error} />
    </div>
  );
}

/**
 * A company named in a form that makes it when it is new (a chain's target or local company): picked
 * from the directory as you type, or typed in full and kept as a new company, which the server then
 * finds by its name or creates. `value.companyId` is set only by a pick.
 */
export function CompanyNameField({
  id,
  label,
  value,
  onChange,
  a11y,
}: {
  id: string;
  label: string;
  value: { companyId: number | null; companyName: string };
  onChange: (value: { companyId: number | null; companyName: string }) => void;
  a11y: ReturnType<typeof fieldA11y>;
}) {
  const t = useTranslations("companies.picker");
  return (
    <CompanyCombobox
      inputId={id}
      label={label}
      text={value.companyName}
      onText={(companyName) => onChange({ companyId: null, companyName })}
      onPick={(match) => onChange({ companyId: match.id, companyName: match.name })}
      hidden={value.companyId !== null}
      a11y={a11y}
      status={({ pending, failed, empty, query }) => (value.companyId !== null || !query ? null : pending ? t("searching") : failed ? t("failed") : empty ? t("newOnSave") : null)}
    />
  );
}
