"use client";
// 完成 in one tap, then an optional note of what was done and 确认完成; 重新打开 for a task marked done
// by mistake. A 批示's task is answered instead (回复批示: the answer required, never reopened). A task
// changed meanwhile (by its meeting, or by someone else) is refused and reloaded.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { setTaskStatusAction } from "@/app/(crm)/tasks/actions";
import { primaryButton, smallButton, textareaClass } from "@/components/form/styles";
import { useNotice } from "@/components/ui/notice";

export function TaskStatusButton({ id, version, title, done, answer = false }: { id: number; version: number; title: string; done: boolean; answer?: boolean }) {
  const t = useTranslations("tasks");
  const tActions = useTranslations("actions");
  const notice = useNotice();
  const router = useRouter();
  const noteId = useId();
  const [isPending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState("");

  const [missing, setMissing] = useState(false);
  const save = (markDone: boolean) =>
    startTransition(async () => {
      if (answer && !note.trim()) {
        setMissing(true);
        return;
      }
      const result = await setTaskStatusAction({ id, version, done: markDone, note });
      if (result.ok) {
        notice.show("success", t(answer ? "answeredNotice" : markDone ? "doneNotice" : "reopenedNotice", { title }));
        setConfirming(false);
      } else {
        const noteError = result.fieldErrors?.note?.[0];
        notice.show("error", noteError ? t(noteError.replace(/^tasks\./, "") as "answerRequired") : result.error);
        router.refresh();
      }
    });

  if (done && !answer) {
    return (
      <button type="button" className={smallButton} disabled={isPending} onClick={() => save(false)} aria-label={t("reopenOf", { title })}>
        {t("reopen")}
      </button>
    );
  }
  if (!confirming) {
    return (
      <button type="button" className={smallButton} onClick={() => setConfirming(true)} aria-label={t(answer ? "answerOf" : "markDoneOf", { title })}>
        {t(answer ? "answerSubmit" : "markDone")}
      </button>
    );
  }
  return (
    <div className="mt-2 w-full space-y-2">
      <label htmlFor={noteId} className="block text-sm text-slate-700">
        {t(answer ? "answer" : "note")}
        {answer ? <span className="text-red-600"> *</span> : null}
      </label>
      <textarea
        id={noteId}
        value={note}
        onChange={(e) => {
          setNote(e.target.value);
          setMissing(false);
        }}
        rows={answer ? 3 : 2}
        maxLength={1000}
        className={textareaClass}
        required={answer}
        aria-invalid={missing || undefined}
        aria-describedby={missing ? `${noteId}-error` : undefined}
        autoFocus
      />
      {missing ? (
        <p id={`${noteId}-error`} role="alert" className="text-sm text-red-700">
          {t("answerRequired")}
        </p>
      ) : null}
      <div className="flex gap-2">
        <button type="button" className={primaryButton} disabled={isPending} onClick={() => save(true)}>
          {t(answer ? "answerSubmit" : "confirmDone")}
        </button>
        <button type="button" className={smallButton} disabled={isPending} onClick={() => setConfirming(false)}>
          {tActions("cancel")}
        </button>
      </div>
    </div>
  );
}
