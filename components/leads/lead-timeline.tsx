import { getLocale, getTranslations } from "next-intl/server";
import type { TimelineEvent } from "@/db/queries/lead-detail";
import { toLocale } from "@/i18n/locales";
import { TaskStatusButton } from "@/components/tasks/task-status-button";
import type { CurrentUser } from "@/lib/auth/current-user";
import { canAnswerInstruction } from "@/lib/auth/policy";
import { formatDate, formatDateTime, formatMoneyExact } from "@/lib/format";
import { StageBadge } from "./stage-badge";

const kindTone: Record<TimelineEvent["kind"], string> = {
  created: "bg-slate-400",
  stage: "bg-brand-600",
  owner: "bg-violet-500",
  amount: "bg-emerald-600",
  note: "bg-slate-400",
  visit: "bg-sky-500",
  call: "bg-sky-500",
  follow_up: "bg-sky-500",
  instruction: "bg-red-600",
  instruction_reply: "bg-emerald-600",
};

/**
 * The lead's history, newest first: what happened, who did it and when. A 批示 with a 办理时限 shows
 * its date and, once answered, the answer under it; its owner answers it here.
 */
export async function LeadTimeline({ events, title, viewer }: { events: TimelineEvent[]; title: string; viewer: CurrentUser }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale().then(toLocale)]);
  if (events.length === 0) return <p className="text-sm text-slate-500">{t("leads.timeline.empty")}</p>;
  const amount = (value: string | null) => (value === null ? "—" : formatMoneyExact(Number(value), locale));
  /** An amount event names the lead's field, or a month figure of the 月报 ("fixedAsset:2026-03"). */
  const amountField = (field: string | null) => {
    const [name, month] = (field ?? "").split(":");
    if (month && (name === "fixedAsset" || name === "fundsInPlace")) {
      const [year, m] = month.split("-");
      return t("leads.timeline.monthFigure", { year, month: Number(m), field: t(`figures.${name}Short`) });
    }
    return t(name === "signedInvestment" ? "leads.signed" : "leads.planned");
  };
  return (
    <ol aria-label={title} className="relative space-y-4 border-l border-slate-200 pl-5">
      {events.map((e) => (
        <li key={e.id} className="relative">
          <span aria-hidden className={`absolute -left-[1.6rem] top-1.5 h-2.5 w-2.5 rounded-full ring-4 ring-white ${kindTone[e.kind]}`} />
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
            <span className={`font-medium ${e.kind === "instruction" ? "text-red-700" : "text-slate-900"}`}>{t(`enum.leadEventKind.${e.kind}`)}</span>
            {e.kind === "stage" || (e.kind === "created" && e.toStage) ? (
              <span className="inline-flex items-center gap-1">
                {e.fromStage ? (
                  <>
                    <StageBadge stage={e.fromStage} />
                    <span aria-label={t("leads.timeline.to")}>→</span>
                  </>
                ) : null}
                {e.toStage ? <StageBadge stage={e.toStage} /> : null}
              </span>
            ) : null}
            {e.kind === "owner" ? (
              <span className="text-slate-700">{t("leads.timeline.ownerChange", { from: e.fromValue ?? "—", to: e.toValue ?? "—" })}</span>
            ) : null}
            {e.kind === "amount" ? (
              <span className="text-slate-700">
                {t("leads.timeline.amountChange", {
                  field: amountField(e.field),
                  from: amount(e.fromValue),
                  to: amount(e.toValue),
                })}
              </span>
            ) : null}
          </div>
          {e.kind === "stage" && e.toValue ? (
            <p className="mt-0.5 text-sm text-slate-700">{t("leads.timeline.signedOn", { date: formatDate(e.toValue, locale) })}</p>
          ) : null}
          {e.body ? <p className="mt-1 whitespace-pre-line text-sm text-slate-700">{e.body}</p> : null}
          {e.kind === "instruction" && e.task ? (
            <div className="mt-1 space-y-1">
              <p className="flex flex-wrap gap-x-2 text-xs">
                <span className="text-slate-600">{t("leads.timeline.answerDue", { date: formatDate(e.task.dueOn, locale) })}</span>
                <span className={e.task.status === "done" ? "font-medium text-emerald-700" : "font-medium text-amber-700"}>
                  {t(e.task.status === "done" ? "leads.timeline.answered" : "leads.timeline.waiting")}
                </span>
              </p>
              {e.task.status === "done" && e.task.doneNote ? (
                <blockquote aria-label={t("leads.timeline.answerTitle")} className="whitespace-pre-line border-l-2 border-emerald-500 pl-2 text-sm text-slate-800">
                  {e.task.doneNote}
                </blockquote>
              ) : null}
              {e.task.status === "open" && canAnswerInstruction(viewer, e.task) ? (
                <TaskStatusButton id={e.task.id} version={e.task.version} title={(e.body ?? "").slice(0, 40)} done={false} answer />
              ) : null}
            </div>
          ) : null}
          {["follow_up", "visit", "call", "note"].includes(e.kind) && e.toValue ? (
            <p className="mt-0.5 text-xs text-slate-500">{t("leads.timeline.next", { date: formatDate(e.toValue, locale) })}</p>
          ) : null}
          <p className="mt-1 text-xs text-slate-500">
            {e.actorName ?? t("leads.timeline.system")}
            {e.actorTitle ? `（${e.actorTitle}）` : ""} · <time dateTime={new Date(e.occurredAt).toISOString()}>{formatDateTime(new Date(e.occurredAt), locale)}</time>
          </p>
        </li>
      ))}
    </ol>
  );
}
