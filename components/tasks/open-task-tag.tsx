"use client";
// A lead's open task due first, on its card, row and page (Pipedrive's "next activity"): its kind and
// title, its date, and "逾期N天" in red once past (China's date).
import { useLocale, useTranslations } from "next-intl";
import type { LeadOpenTask } from "@/db/queries/tasks";
import { toLocale } from "@/i18n/locales";
import { formatDate, toIsoDate } from "@/lib/format";

const dayMs = 86_400_000;

export function OpenTaskTag({ task, className = "" }: { task: LeadOpenTask; className?: string }) {
  const t = useTranslations("tasks");
  const locale = toLocale(useLocale());
  const today = toIsoDate(new Date());
  const overdueDays = task.dueOn && task.dueOn < today ? Math.round((Date.parse(today) - Date.parse(task.dueOn)) / dayMs) : 0;
  const what = task.source === "follow_up" ? t("source.follow_up") : `${t(`source.${task.source}`)}：${task.title}`;
  return (
    <span className={`flex min-w-0 flex-wrap gap-x-1.5 text-xs ${className}`} data-testid="open-task">
      <span className="min-w-0 truncate text-slate-700" title={task.title}>
        {what}
      </span>
      {task.dueOn ? (
        <span className={overdueDays ? "whitespace-nowrap font-semibold text-red-700" : "whitespace-nowrap text-slate-600"}>
          {overdueDays ? t("overdueDays", { days: overdueDays }) : t("dueOn", { date: formatDate(task.dueOn, locale) })}
        </span>
      ) : null}
    </span>
  );
}
