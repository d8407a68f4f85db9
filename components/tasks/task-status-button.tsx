"use client";
// 完成 in one tap, then an optional note of what was done and 确认完成; 重新打开 for a task marked done
// by mistake. A task changed meanwhile (by its meeting, or by someone else) is refused and reloaded.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { setTaskStatusAction } from "@/app/(crm)/tasks/actions";
import { primaryButton, smallButton, textareaClass } from "@/components/form/styles";
import { useNotice } from "@/components/ui/notice";

export function TaskStatusButton({ id, version, title, done }: { id: number; version: number; title: string; done: boolean }) {
  const t = useTranslations("tasks");
  const tActions = useTranslations("actions");
  const notice = useNotice();
  const router = useRouter();
  const noteId = useId();
  const [isPending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState("");

  const save = (markDone: boolean) =>
    startTransition(async () => {
      const result = await setTaskStatusAction({ id, version, done: markDone, note });
      if (result.ok) {
        notice.show("success", t(markDone ? "doneNotice" : "reopenedNotice", { title }));
        setConfirming(false);
      } else {
        notice.show("error", result.fieldErrors?.note?.[0] ?? result.error);
        router.refresh();
      }
    });

  if (done) {
    return (
      <button type="button" className={smallButton} disabled={isPending} onClick={() => save(false)} aria-label={t("reopenOf", { title })}>
        {t("reopen")}
      </button>
    );
  }
  if (!confirming) {
    return (
      <button type="button" className={smallButton} onClick={() => setConfirming(true)} aria-label={t("markDoneOf", { title })}>
        {t("markDone")}
      </button>
    );
  }
  return (
    <div className="mt-2 w-full space-y-2">
      <label htmlFor={noteId} className="block text-sm text-slate-700">
        {t("note")}
      </label>
      <textarea id={noteId} value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={1000} className={textareaClass} autoFocus />
      <div className="flex gap-2">
        <button type="button" className={primaryButton} disabled={isPending} onClick={() => save(true)}>
          {t("confirmDone")}
        </button>
        <button type="button" className={smallButton} disabled={isPending} onClick={() => setConfirming(false)}>
          {tActions("cancel")}
        </button>
      </div>
    </div>
  );
}
