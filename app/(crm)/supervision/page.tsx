import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { AttentionList } from "@/components/supervision/attention-list";
import { StaleLimitsForm } from "@/components/supervision/stale-limits-form";
import { SimpleTable } from "@/components/ui/simple-table";
import { supervisionData } from "@/db/queries/supervision";
import { requireArea } from "@/lib/auth/session";
import { managesSettings, maySupervise } from "@/lib/auth/policy";
import { toIsoDate } from "@/lib/format";
import { tasksHref } from "@/lib/task-filters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supervision"))("title") };
}

function CountLink({ value, href, label }: { value: number; href: string; label: string }) {
  if (value === 0) return <span className="tabular-nums text-slate-600">0</span>;
  return (
    <Link href={href} aria-label={label} className="font-semibold tabular-nums text-red-700 hover:underline">
      {value}
    </Link>
  );
}

type Count = { value: number; href: string; label: string };
type Counted = { key: string; name: React.ReactNode; overdue: Count; stale: Count; overdueTasks: Count };

/** The phone's form of a count table: a card per group or person, each count a button-sized link. */
function CountCards({ label, rows, overdueTitle, staleTitle, tasksTitle }: { label: string; rows: Counted[]; overdueTitle: string; staleTitle: string; tasksTitle: string }) {
  const chip = (title: string, count: Counted["overdue"], tone: string) =>
    count.value === 0 ? (
      <span className="inline-flex min-h-11 items-center rounded-md bg-slate-50 px-3 text-slate-700">
        {title} <span className="ml-1.5 tabular-nums">0</span>
      </span>
    ) : (
      <Link href={count.href} aria-label={count.label} className={`inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-3 hover:border-brand-600 ${tone}`}>
        {title} <span className="ml-1.5 font-semibold tabular-nums">{count.value}</span>
      </Link>
    );
  return (
    <ul aria-label={label} className="space-y-2 md:hidden">
      {rows.map((row) => (
        <li key={row.key} className="rounded-lg border border-slate-200 bg-white px-3 py-2.5 text-sm">
          <div className="font-medium text-slate-900">{row.name}</div>
          <div className="mt-1.5 flex flex-wrap gap-2">
            {chip(overdueTitle, row.overdue, "text-red-700")}
            {chip(staleTitle, row.stale, "text-amber-800")}
            {chip(tasksTitle, row.overdueTasks, "text-red-700")}
          </div>
        </li>
      ))}
    </ul>
  );
}

export default async function SupervisionPage() {
  const user = await requireArea("supervision");
  const now = new Date();
  const today = toIsoDate(now);
  const [t, { limits, summary, overdue, stale }] = await Promise.all([getTranslations(), supervisionData(user, now)]);
  const overdueTitle = t("supervision.overdueTitle");
  const staleTitle = t("supervision.staleTitle");
  const tasksTitle = t("supervision.overdueTasksTitle");
  const tasksLink = (filter: { groupId?: number; ownerId?: number }) => tasksHref({ status: "open", due: "overdue", mine: false, ...filter });
  const byGroup: Counted[] = summary.byGroup.map((g) => ({
    key: String(g.groupId),
    name: g.groupName,
    overdue: { value: g.overdue, href: `/leads?group=${g.groupId}&attention=overdue`, label: `${g.groupName} ${overdueTitle} ${g.overdue}` },
    stale: { value: g.stale, href: `/leads?group=${g.groupId}&stale=1`, label: `${g.groupName} ${staleTitle} ${g.stale}` },
    overdueTasks: { value: g.overdueTasks, href: tasksLink({ groupId: g.groupId }), label: `${g.groupName} ${tasksTitle} ${g.overdueTasks}` },
  }));
  const byOwner: Counted[] = summary.byOwner.map((o) => ({
    key: String(o.ownerId),
    name: (
      <span className="whitespace-nowrap">
        {o.ownerName}
        {o.ownerTitle ? <span className="ml-1 text-xs font-normal text-slate-600">{o.ownerTitle}</span> : null}
      </span>
    ),
    overdue: { value: o.overdue, href: `/leads?owner=${o.ownerId}&attention=overdue`, label: `${o.ownerName} ${overdueTitle} ${o.overdue}` },
    stale: { value: o.stale, href: `/leads?owner=${o.ownerId}&stale=1`, label: `${o.ownerName} ${staleTitle} ${o.stale}` },
    overdueTasks: { value: o.overdueTasks, href: tasksLink({ ownerId: o.ownerId }), label: `${o.ownerName} ${tasksTitle} ${o.overdueTasks}` },
  }));
  const countTable = (caption: string, heading: string, rows: Counted[]) => (
    <>
      <CountCards label={caption} rows={rows} overdueTitle={overdueTitle} staleTitle={staleTitle} tasksTitle={tasksTitle} />
      <div className="hidden md:block">
        <SimpleTable
          caption={caption}
          headers={[heading, overdueTitle, staleTitle, tasksTitle]}
          rows={rows.map((row) => [
            row.name,
            <CountLink key="o" {...row.overdue} />,
            <CountLink key="s" {...row.stale} />,
            <CountLink key="t" {...row.overdueTasks} />,
          ])}
        />
      </div>
    </>
  );
  return (
    <>
      <PageHeader title={t("supervision.title")} subtitle={t("supervision.subtitle")} />
      <div className="mb-6 grid grid-cols-3 gap-3 sm:max-w-xl">
        <Link href="/leads?attention=overdue" className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600">
          <div className="text-sm text-slate-600">{t("supervision.overdueTitle")}</div>
          <div className="mt-1 text-2xl font-semibold tabular-nums text-red-700">{summary.overdue}</div>
        </Link>
        <Link href="/leads?stale=1" className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600">
          <div className="text-sm text-slate-600">{t("supervision.staleTitle")}</div>
          <div className="mt-1 text-2xl font-semibold tabular-nums text-amber-700">{summary.stale}</div>
        </Link>
        <Link href={tasksLink({})} className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600">
          <div className="text-sm text-slate-600">{tasksTitle}</div>
          <div className="mt-1 text-2xl font-semibold tabular-nums text-red-700">{summary.overdueTasks}</div>
        </Link>
      </div>

      <div className="grid gap-6 xl:grid-cols-2">
        <section aria-labelledby="by-group">
          <h2 id="by-group" className="mb-2 text-lg font-semibold">{t("supervision.byGroup")}</h2>
          {summary.byGroup.length === 0 ? (
            <p className="text-sm text-slate-600">{t("supervision.allClear")}</p>
          ) : (
            countTable(t("supervision.byGroup"), t("leads.group"), byGroup)
          )}
        </section>
        <section aria-labelledby="by-owner">
          <h2 id="by-owner" className="mb-2 text-lg font-semibold">{t("supervision.byOwner")}</h2>
          {summary.byOwner.length === 0 ? (
            <p className="text-sm text-slate-600">{t("supervision.allClear")}</p>
          ) : (
            countTable(t("supervision.byOwner"), t("leads.owner"), byOwner)
          )}
        </section>
      </div>

      <section aria-labelledby="attention" className="mt-6">
        <h2 id="attention" className="mb-2 text-lg font-semibold">{t("supervision.leads")}</h2>
        <div className="grid gap-4 lg:grid-cols-2">
          <AttentionList kind="overdue" rows={overdue.rows} total={overdue.total} moreHref="/leads?attention=overdue&sort=nextFollowUpOn&dir=asc" limits={limits} today={today} now={now} superviseLink={maySupervise(user)} />
          <AttentionList kind="stale" rows={stale.rows} total={stale.total} moreHref="/leads?stale=1&sort=lastActivityAt&dir=asc" limits={limits} today={today} now={now} superviseLink={maySupervise(user)} />
        </div>
      </section>

      {managesSettings(user) ? (
        <div className="mt-6">
          <StaleLimitsForm limits={limits} />
        </div>
      ) : null}
    </>
  );
}
