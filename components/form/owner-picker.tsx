"use client";
import { useTranslations } from "next-intl";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import type { Role } from "@/lib/domain/enums";
import { type OwnerPerson, ownerSections } from "@/lib/domain/owner-sections";
import type { FieldA11y } from "./field";
import { revealBelow } from "./focus-error";
import { inputClass } from "./styles";

export type OwnerChoices = { people: OwnerPerson[]; groups: { id: number; name: string }[] };

type Option = { key: string; person: OwnerPerson | null };

/**
 * One person as the owner of a next step (下一步责任人): a searchable list grouped by task group, the
 * signed-in person's colleagues first (lib/domain/owner-sections.ts), the delegation of the form's trip
 * before them when there is one. Type a name, a title or a group; tap or Enter picks. The value is the
 * person's id as a string, "" for nobody. Put it in a `Field`: it takes the label's id and aria attributes.
 */
export function OwnerPicker({
  choices,
  viewer,
  trip,
  value,
  onChange,
  noneLabel,
  label,
  a11y,
}: {
  choices: OwnerChoices;
  viewer: { role: Role; groupIds: readonly number[] };
  /** The people of the trip the form is about, first. */
  trip?: readonly number[];
  value: string;
  onChange: (value: string) => void;
  noneLabel: string;
  /** The listbox's name (the field's label). */
  label: string;
  a11y: FieldA11y;
}) {
  const t = useTranslations();
  const listId = useId();
  const [open, setOpen] = useState(false);
  // What is typed to filter; null while the box shows the chosen person.
  const [typed, setTyped] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLDivElement>(null);

  const tripKey = (trip ?? []).join(",");
  const sections = useMemo(
    () => ownerSections(choices.people, choices.groups, viewer, tripKey ? tripKey.split(",").map(Number) : []),
    [choices, viewer, tripKey],
  );
  const chosen = choices.people.find((p) => String(p.id) === value) ?? null;
  const sectionLabel = (s: (typeof sections)[number]) =>
    s.kind === "trip" ? t("formKit.ownerTrip") : s.kind === "group" ? s.name : s.role ? t(`enum.role.${s.role}`) : t("formKit.ownerOthers");

  const query = (typed ?? "").trim();
  const groupName = new Map(choices.groups.map((g) => [g.id, g.name]));
  // A person matches by name, title or any of their task groups; a section by its heading.
  const matches = (p: OwnerPerson) => p.name.includes(query) || (p.title ?? "").includes(query) || p.groupIds.some((id) => (groupName.get(id) ?? "").includes(query));
  const shown = sections
    .map((s) => {
      const heading = sectionLabel(s);
      const people = !query || heading.includes(query) ? s.people : s.people.filter(matches);
      return { key: s.key, heading, mine: s.mine, people };
    })
    .filter((s) => s.people.length > 0);
  const options: Option[] = [...(query ? [] : [{ key: "none", person: null }]), ...shown.flatMap((s) => s.people.map((p) => ({ key: `${s.key}:${p.id}`, person: p })))];
  const indexOf = new Map(options.map((o, i) => [o.key, i]));
  const activeIndex = Math.min(active, options.length - 1);

  useEffect(() => {
    if (!open) return;
    listRef.current?.querySelector(`[data-index="${activeIndex}"]`)?.scrollIntoView({ block: "nearest" });
  }, [open, activeIndex]);

  const choose = (option: Option | undefined) => {
    if (!option) return;
    onChange(option.person ? String(option.person.id) : "");
    setTyped(null);
    setOpen(false);
  };
  const optionId = (i: number) => `${listId}-${i}`;
  const isOpen = open && options.length > 0;

  return (
    <div className="relative">
      <input
        {...a11y}
        role="combobox"
        aria-expanded={isOpen}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={isOpen ? optionId(activeIndex) : undefined}
        autoComplete="off"
        enterKeyHint="done"
        placeholder={t("formKit.ownerPlaceholder")}
        value={typed ?? (chosen ? chosen.name : "")}
        className={inputClass}
        onFocus={(event) => {
          setOpen(true);
          setActive(0);
          event.target.select();
          const box = event.target;
          requestAnimationFrame(() => revealBelow(box, 320));
        }}
        onClick={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          setTyped(null);
        }}
        onChange={(event) => {
          setTyped(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown") {
            event.preventDefault();
            setOpen(true);
            setActive(Math.min(activeIndex + 1, options.length - 1));
          } else if (event.key === "ArrowUp") {
            event.preventDefault();
            setActive(Math.max(activeIndex - 1, 0));
          } else if (event.key === "Enter") {
            // Enter picks a person; it never sends the form from here.
            event.preventDefault();
            if (isOpen) choose(options[activeIndex]);
            else setOpen(true);
          } else if (event.key === "Escape" && open) {
            event.preventDefault();
            setOpen(false);
            setTyped(null);
          }
        }}
      />
      {chosen?.title && !open ? <p className="mt-1 truncate text-xs text-slate-600">{chosen.title}</p> : null}
      {open ? (
        <div
          ref={listRef}
          id={listId}
          role="listbox"
          aria-label={label}
          className="absolute inset-x-0 top-full z-30 mt-1 max-h-80 overflow-auto overscroll-contain rounded-md border border-slate-200 bg-white py-1 shadow-lg"
        >
          {options.length === 0 ? <p className="px-3 py-3 text-sm text-slate-600">{t("formKit.noPeople")}</p> : null}
          {!query ? <OptionRow option={options[0]} index={0} id={optionId(0)} active={activeIndex === 0} chosen={value === ""} label={noneLabel} onChoose={choose} onHover={setActive} /> : null}
          {shown.map((section) => (
            <div key={section.key} role="group" aria-label={section.heading}>
              <div aria-hidden className="sticky top-0 bg-slate-50 px-3 py-1 text-xs font-semibold text-slate-700">
                {section.heading}
                {section.mine ? <span className="ml-1 font-normal">{t("formKit.ownerMine")}</span> : null}
              </div>
              {section.people.map((person) => {
                const index = indexOf.get(`${section.key}:${person.id}`) ?? 0;
                return (
                  <OptionRow
                    key={person.id}
                    option={options[index]}
                    index={index}
                    id={optionId(index)}
                    active={activeIndex === index}
                    chosen={String(person.id) === value}
                    label={person.name}
                    detail={person.title}
                    onChoose={choose}
                    onHover={setActive}
                  />
                );
              })}
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}

function OptionRow({
  option,
  index,
  id,
  active,
  chosen,
  label,
  detail,
  onChoose,
  onHover,
}: {
  option: Option | undefined;
  index: number;
  id: string;
  active: boolean;
  chosen: boolean;
  label: string;
  detail?: string | null;
  onChoose: (option: Option | undefined) => void;
  onHover: (index: number) => void;
}) {
  return (
    <div
      id={id}
      role="option"
      aria-selected={chosen}
      data-index={index}
      // Pointer down, not click: the box's blur would close the list first.
      onMouseDown={(event) => {
        event.preventDefault();
        onChoose(option);
      }}
      onMouseEnter={() => onHover(index)}
      className={`flex min-h-11 cursor-pointer items-center gap-2 px-3 py-2 text-base ${active ? "bg-brand-50" : ""} ${chosen ? "font-semibold text-brand-800" : "text-slate-900"}`}
    >
      <span>{label}</span>
      {detail ? <span className="min-w-0 truncate text-xs font-normal text-slate-600">{detail}</span> : null}
    </div>
  );
}
