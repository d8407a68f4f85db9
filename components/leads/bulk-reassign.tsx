"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { reassignLeadsAction } from "@/app/(crm)/leads/actions";
import { Field } from "@/components/form/field";
import { useNotice } from "@/components/ui/notice";
import { primaryButton, secondaryButton, selectClass } from "@/components/form/styles";

export type Membership = { userId: number; groupId: number };

/**
 * Hands the selected leads to one person. Only people who belong to the task group of every
 * selected lead are offered (the owner must be a member of the lead's group); the server checks again.
 */
export function BulkReassign({
  selected,
  owners,
  memberships,
  onDone,
}: {
  selected: { id: number; version: number; taskGroupId: number }[];
  owners: { id: number; name: string }[];
  memberships: Membership[];
  onDone: () => void;
}) {
  const t = useTranslations();
  const notice = useNotice();
  const [ownerId, setOwnerId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const groups = [...new Set(selected.map((l) => l.taskGroupId))];
  const candidates = owners.filter((o) => groups.every((g) => memberships.some((m) => m.userId === o.id && m.groupId === g)));
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!ownerId) {
      setError(t("leads.bulk.chooseOwner"));
      return;
    }
    startTransition(async () => {
      const result = await reassignLeadsAction({ leads: selected.map(({ id, version }) => ({ id, version })), ownerId });
      if (result.ok) {
        const name = owners.find((o) => String(o.id) === ownerId)?.name ?? "";
        notice.show("success", t("leads.bulk.done", { count: result.data.changed, name }));
        setOwnerId("");
        onDone();
      } else setError(result.fieldErrors?.ownerId?.[0] ?? result.error);
    });
  };
  return (
    <form
      onSubmit={submit}
      aria-label={t("leads.bulk.title")}
      className="mb-3 flex flex-wrap items-end gap-3 rounded-lg border border-brand-200 bg-brand-50 px-3 py-2.5"
    >
      <p className="text-sm font-medium text-brand-800" aria-live="polite">
        {t("leads.bulk.selected", { count: selected.length })}
      </p>
      <Field id="bulk-owner" label={t("leads.bulk.owner")}>
        {({ id }) => (
          <select
            id={id}
            value={ownerId}
            onChange={(e) => setOwnerId(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "bulk-owner-error" : undefined}
            className={`${selectClass} min-w-44`}
          >
            <option value="">{t("leads.choose")}</option>
            {candidates.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className={primaryButton} disabled={isPending}>
        {t("leads.bulk.submit")}
      </button>
      <button type="button" className={secondaryButton} onClick={onDone}>
        {t("leads.bulk.clear")}
      </button>
      {candidates.length === 0 ? <p className="w-full text-sm text-slate-600">{t("leads.bulk.noCommonOwner")}</p> : null}
      {error ? (
        <p id="bulk-owner-error" role="alert" className="w-full text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
