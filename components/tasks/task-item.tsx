// One task as the 工作台 and the 待办 page show it: what to do, by when (overdue in red, with the
// days), whose it is when not the reader's, the meeting it came from, and 完成 / 重新打开.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { TaskRow } from "@/db/queries/tasks";
import { toLocale } from "@/i18n/locales";
import type { CurrentUser } from "@/lib/auth/current-user";
import { canAnswerInstruction, canCompleteTask } from "@/lib/auth/policy";
import { formatDate } from "@/lib/format";
import { TaskStatusButton } from "./task-status-button";
import type { TaskOwner } from "./task-form";
import { TaskReassign } from "./task-reassign";

const dayMs = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / dayMs);

/** `owners`: whom the viewer may hand tasks to (the 待办 page offers 转交; the 工作台 does not). */
export async function TaskItem({ task, viewer, today, owners }: { task: TaskRow; viewer: CurrentUser; today: string; owners?: TaskOwner[] }) {
  const [t, locale] = await Promise.all([getTranslations("tasks"), getLocale().then(toLocale)]);
  const overdue = task.status === "open" && task.dueOn !== null && task.dueOn < today;
  const isInstruction = task.source === "instruction";
  const title =
    task.source === "follow_up" ? t("followUpTitle", { name: task.title }) : isInstruction ? t("instructionTitle", { title: task.title }) : task.title;
  const mayAct = isInstruction ? task.status === "open" && canAnswerInstruction(viewer, task) : task.status !== "cancelled" && canCompleteTask(viewer, task);
  return (
    <li className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1 px-3 py-3 text-sm">
      <div className="min-w-0 flex-1">
        <p className="line-clamp-3 whitespace-pre-line font-medium text-slate-900">{title}</p>
        <p className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-slate-600">
          {task.status === "done" && task.doneAt ? (
            <span>{t("doneOn", { date: formatDate(task.doneAt, locale) })}</span>
          ) : task.dueOn ? (
            <span className={overdue ? "font-semibold text-red-700" : undefined}>
              {t("dueOn", { date: formatDate(task.dueOn, locale) })}
              {overdue ? ` · ${t("overdueDays", { days: daysBetween(task.dueOn, today) })}` : ""}
            </span>
          ) : (
            <span>{t("noDue")}</span>
          )}
          {task.ownerId !== viewer.id ? <span>{t("owner", { name: task.ownerName })}</span> : null}
          {task.leadId && task.leadName && task.source !== "follow_up" ? (
            <Link href={`/leads/${task.leadId}`} prefetch={false} className="text-brand-700 hover:underline">
              {t("aboutLead", { name: task.leadName })}
            </Link>
          ) : null}
          {task.source === "follow_up" && task.leadId ? (
            <Link href={`/leads/${task.leadId}`} prefetch={false} className="text-brand-700 hover:underline">
              {t("source.follow_up")}
            </Link>
          ) : null}
          {task.meetingId && task.companyName && task.meetingHeldOn ? (
            <Link href={`/meetings/${task.meetingId}`} prefetch={false} className="text-brand-700 hover:underline">
              {t("fromMeeting", { company: task.companyName, date: formatDate(task.meetingHeldOn, locale) })}
            </Link>
          ) : null}
        </p>
        {task.status === "done" && task.doneNote ? <p className="mt-1 whitespace-pre-line text-xs text-slate-700">{task.doneNote}</p> : null}
      </div>
      <div className="contents">
        {mayAct ? (
          <TaskStatusButton id={task.id} version={task.version} title={title.slice(0, 40)} done={task.status === "done"} answer={isInstruction} />
        ) : null}
        {owners && task.status === "open" && task.source !== "meeting" && task.source !== "follow_up" && canCompleteTask(viewer, task) ? (
          <TaskReassign id={task.id} version={task.version} title={title.slice(0, 40)} ownerId={task.ownerId} owners={owners} />
        ) : null}
      </div>
    </li>
  );
}
