"use client";
// 转交: an open task handed to someone else (the new owner is told). The people offered are those the
// viewer may give tasks to; the server checks again, against the task's lead too.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { reassignTaskAction } from "@/app/(crm)/tasks/actions";
import { primaryButton, selectClass, smallButton } from "@/components/form/styles";
import { useNotice } from "@/components/ui/notice";
import type { TaskOwner } from "./task-form";

export function TaskReassign({ id, version, title, ownerId, owners }: { id: number; version: number; title: string; ownerId: number; owners: TaskOwner[] }) {
  const t = useTranslations("tasks");
  const tActions = useTranslations("actions");
  const notice = useNotice();
  const router = useRouter();
  const selectId = useId();
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState("");
  const [isPending, startTransition] = useTransition();
  const choices = owners.filter((o) => o.id !== ownerId);
  if (!choices.length) return null;
  if (!open) {
    return (
      <button type="button" className={smallButton} onClick={() => setOpen(true)} aria-label={t("reassignOf", { title })}>
        {t("reassign")}
      </button>
    );
  }
  const save = () =>
    startTransition(async () => {
      if (!to) return;
      const result = await reassignTaskAction({ id, version, ownerId: to });
      if (result.ok) {
        notice.show("success", t("reassignedNotice", { title }));
        setOpen(false);
      } else {
        const fieldError = result.fieldErrors?.ownerId?.[0];
        notice.show("error", fieldError?.startsWith("tasks.") ? t(fieldError.slice(6) as "ownerNotAllowed") : result.error);
        router.refresh();
      }
    });
  return (
    <div className="mt-2 flex w-full flex-wrap items-end gap-2">
      <label htmlFor={selectId} className="text-sm text-slate-700">
        {t("reassignTo")}
      </label>
      <select id={selectId} value={to} onChange={(e) => setTo(e.target.value)} className={`${selectClass} max-w-xs`}>
        <option value="" />
        {choices.map((o) => (
          <option key={o.id} value={o.id}>
            {o.title ? `${o.name}（${o.title}）` : o.name}
          </option>
        ))}
      </select>
      <button type="button" className={primaryButton} disabled={isPending || !to} onClick={save}>
        {t("reassignSubmit")}
      </button>
      <button type="button" className={smallButton} disabled={isPending} onClick={() => setOpen(false)}>
        {tActions("cancel")}
      </button>
    </div>
  );
}
