// 我的待办, first on the 工作台: the reader's open tasks in bands (已逾期 in red, 今天到期, 本周到期,
// 以后), each with 完成, and a link to all of them on the 待办 page.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { myOpenTasks } from "@/db/queries/tasks";
import type { CurrentUser } from "@/lib/auth/current-user";
import { TaskItem } from "./task-item";

const bands = ["overdue", "today", "week", "later"] as const;

/** `hideWhenEmpty`: on the cockpit, where a leader seldom owns a task, nothing at all without one. */
export async function MyTasks({ viewer, today, hideWhenEmpty = false }: { viewer: CurrentUser; today: string; hideWhenEmpty?: boolean }) {
  const [t, { rows, total }] = await Promise.all([getTranslations("tasks"), myOpenTasks(viewer, today, 8)]);
  if (hideWhenEmpty && total === 0) return null;
  return (
    <section aria-labelledby="my-tasks" className="mb-6">
      <div className="mb-2 flex items-baseline justify-between gap-3">
        <h2 id="my-tasks" className="text-lg font-semibold">{t("mine")}</h2>
        {total > 0 ? (
          <Link href="/tasks" className="inline-flex min-h-11 items-center text-sm text-brand-700 hover:underline">
            {t("allMine", { count: total })}
          </Link>
        ) : null}
      </div>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white px-3 py-3 text-sm text-slate-600">{t("mineEmpty")}</p>
      ) : (
        <div className="space-y-3">
          {bands.map((band) => {
            const inBand = rows.filter((row) => row.band === band);
            if (inBand.length === 0) return null;
            return (
              <div key={band} role="group" aria-labelledby={`my-tasks-${band}`} className={`rounded-lg border bg-white ${band === "overdue" ? "border-red-300" : "border-slate-200"}`}>
                <h3 id={`my-tasks-${band}`} className={`border-b px-3 py-2 text-sm font-semibold ${band === "overdue" ? "border-red-200 text-red-700" : "border-slate-100 text-slate-700"}`}>
                  {t(`bands.${band}`)}
                </h3>
                <ul className="divide-y divide-slate-100">
                  {inBand.map((task) => (
                    <TaskItem key={task.id} task={task} viewer={viewer} today={today} />
                  ))}
                </ul>
              </div>
            );
          })}
        </div>
      )}
    </section>
  );
}
