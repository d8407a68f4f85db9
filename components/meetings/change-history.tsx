import { useTranslations } from "next-intl";
import type { Locale } from "@/i18n/locales";
import type { Changes, Snapshot } from "@/lib/domain/changes";
import { formatDate, formatDateTime } from "@/lib/format";

export type HistoryEntry = { id: number; action: string; actorName: string | null; at: Date; changes: Changes };

const dateFields = new Set(["heldOn", "nextStepDueOn", "startOn", "endOn"]);

/** Who logged a meeting and who changed what since, newest first (read from the audit log). */
export function ChangeHistory({ entries, locale, fieldOrder }: { entries: HistoryEntry[]; locale: Locale; fieldOrder: readonly string[] }) {
  const t = useTranslations();
  const show = (field: string, value: Snapshot[string] | undefined) => {
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return t("meetings.history.empty");
    if (Array.isArray(value)) return value.join("、");
    if (field === "kind") return t(`enum.meetingKind.${value}` as never);
    if (dateFields.has(field) && typeof value === "string") return formatDate(value, locale);
    return String(value);
  };
  const label = (field: string) => (t.has(`meetings.fields.${field}` as never) ? t(`meetings.fields.${field}` as never) : field);
  return (
    <ol className="space-y-3">
      {entries.map((entry) => {
        const isCreate = entry.action.endsWith(".create");
        const changed = fieldOrder.filter((f) => f in entry.changes.after || f in entry.changes.before);
        return (
          <li key={entry.id} className="rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm">
            <p className="font-medium">
              {t(isCreate ? "meetings.history.created" : "meetings.history.updated", { name: entry.actorName ?? "—" })}
              <span className="ml-2 font-normal text-slate-500">{formatDateTime(entry.at, locale)}</span>
            </p>
            {!isCreate && changed.length > 0 ? (
              <dl className="mt-2 space-y-1.5">
                {changed.map((field) => (
                  <div key={field}>
                    <dt className="text-xs text-slate-500">{label(field)}</dt>
                    <dd className="break-words">
                      <del className="text-slate-500">{show(field, entry.changes.before[field])}</del>
                      <span aria-hidden className="mx-1.5 text-slate-400">→</span>
                      <ins className="text-slate-900 no-underline">{show(field, entry.changes.after[field])}</ins>
                    </dd>
                  </div>
                ))}
              </dl>
            ) : null}
            {!isCreate && changed.length === 0 ? <p className="mt-1 text-slate-500">{t("meetings.history.noFieldChanged")}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
