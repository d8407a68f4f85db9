import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { TaskItem } from "@/components/tasks/task-item";
import { TaskForm } from "@/components/tasks/task-form";
import { taskFilterNames, taskList, taskOwnerChoices } from "@/db/queries/tasks";
import { requireArea } from "@/lib/auth/session";
import { taskStatuses } from "@/lib/domain/enums";
import { toIsoDate } from "@/lib/format";
import type { SearchParams } from "@/lib/list-params";
import { parseTaskFilters, taskDueBands, tasksHref, type TaskFilters } from "@/lib/task-filters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tasks"))("title") };
}

/** One row of choices, each a link that keeps the other filters (the current one marked). */
function Choices({ label, options }: { label: string; options: { label: string; href: string; current: boolean }[] }) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="w-12 text-sm text-slate-600">{label}</span>
      {options.map((option) => (
        <Link
          key={option.href}
          href={option.href}
          aria-current={option.current ? "page" : undefined}
          className={`inline-flex min-h-11 items-center rounded-md border px-3 text-sm ${
            option.current ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-700 hover:border-brand-600"
          }`}
        >
          {option.label}
        </Link>
      ))}
    </div>
  );
}

export default async function TasksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireArea("tasks");
  const today = toIsoDate(new Date());
  const filters = parseTaskFilters(await searchParams);
  const [t, { rows, total, pageSize }, owners, { groupName, ownerName }] = await Promise.all([
    getTranslations("tasks"),
    taskList(user, filters, today),
    taskOwnerChoices(user),
    taskFilterNames(filters),
  ]);
  const href = (change: Partial<TaskFilters>) => tasksHref({ ...filters, page: 1, ...change });
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const pageHref = (page: number) => href({ page });
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <details className="mb-4 max-w-2xl">
        <summary className="inline-flex min-h-11 cursor-pointer items-center rounded-md border border-brand-700 bg-white px-3 text-sm font-medium text-brand-700">{t("create")}</summary>
        <div className="mt-2">
          <TaskForm mode="manual" owners={owners} viewerId={user.id} heading={t("create")} />
        </div>
      </details>
      <nav aria-label={t("filters")} className="mb-4 space-y-2">
        <Choices
          label={t("whoseFilter")}
          options={[true, false].map((mine) => ({ label: t(`whose.${mine ? "mine" : "all"}`), href: href({ mine }), current: filters.mine === mine }))}
        />
        <Choices label={t("statusFilter")} options={taskStatuses.map((status) => ({ label: t(`status.${status}`), href: href({ status }), current: filters.status === status }))} />
        {filters.status === "open" ? (
          <Choices
            label={t("dueFilter")}
            options={[null, ...taskDueBands].map((due) => ({ label: t(`due.${due ?? "any"}`), href: href({ due }), current: filters.due === due }))}
          />
        ) : null}
        {[
          [t("groupFilter"), groupName, { groupId: null }] as const,
          [t("ownerFilter"), ownerName, { ownerId: null }] as const,
        ]
          .filter(([, name]) => name)
          .map(([label, name, clear]) => (
            <p key={label} className="flex items-center gap-2 text-sm text-slate-700">
              {t("filteredBy", { what: `${label} ${name}` })}
              <Link href={href(clear)} className="inline-flex min-h-11 items-center text-brand-700 hover:underline">
                {t("clearFilter")}
              </Link>
            </p>
          ))}
      </nav>
      <p className="mb-2 text-sm text-slate-600" role="status">
        {t("count", { count: total })}
      </p>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white px-3 py-3 text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {rows.map((task) => (
            <TaskItem key={task.id} task={task} viewer={user} today={today} owners={owners} />
          ))}
        </ul>
      )}
      {pages > 1 ? (
        <nav aria-label={t("pages")} className="mt-4 flex items-center justify-between text-sm">
          {filters.page > 1 ? <Link href={pageHref(filters.page - 1)} className="inline-flex min-h-11 items-center text-brand-700 hover:underline">{t("previous")}</Link> : <span />}
          <span className="tabular-nums text-slate-600">{filters.page} / {pages}</span>
          {filters.page < pages ? <Link href={pageHref(filters.page + 1)} className="inline-flex min-h-11 items-center text-brand-700 hover:underline">{t("next")}</Link> : <span />}
        </nav>
      ) : null}
    </>
  );
}
