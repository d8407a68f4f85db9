import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { AttentionList } from "@/components/supervision/attention-list";
import { StaleLimitsForm } from "@/components/supervision/stale-limits-form";
import { SimpleTable } from "@/components/ui/simple-table";
import { supervisionData } from "@/db/queries/supervision";
import { requireArea } from "@/lib/auth/session";
import { managesSettings } from "@/lib/auth/policy";
import { toIsoDate } from "@/lib/format";

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

export default async function SupervisionPage() {
  const user = await requireArea("supervision");
  const now = new Date();
  const today = toIsoDate(now);
  const [t, { limits, summary, overdue, stale }] = await Promise.all([getTranslations(), supervisionData(user, now)]);
  return (
    <>
      <PageHeader title={t("supervision.title")} subtitle={t("supervision.subtitle")} />
      <div className="mb-6 grid grid-cols-2 gap-3 sm:max-w-md">
        <Link href="/leads?attention=overdue" className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600">
          <div className="text-sm text-slate-500">{t("supervision.overdueTitle")}</div>
          <div className="mt-1 text-2xl font-semibold tabular-nums text-red-700">{summary.overdue}</div>
        </Link>
        <Link href="/leads?stale=1" className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600">
          <div className="text-sm text-slate-500">{t("supervision.staleTitle")}</div>
          <div className="mt-1 text-2xl font-semibold tabular-nums text-amber-700">{summary.stale}</div>
        </Link>
      </div>

      <div className="grid gap-6 xl:grid-cols-2">
        <section aria-labelledby="by-group">
          <h2 id="by-group" className="mb-2 text-lg font-semibold">{t("supervision.byGroup")}</h2>
          {summary.byGroup.length === 0 ? (
            <p className="text-sm text-slate-500">{t("supervision.allClear")}</p>
          ) : (
            <SimpleTable
              caption={t("supervision.byGroup")}
              headers={[t("leads.group"), t("supervision.overdueTitle"), t("supervision.staleTitle")]}
              rows={summary.byGroup.map((g) => [
                g.groupName,
                <CountLink key="o" value={g.overdue} href={`/leads?group=${g.groupId}&attention=overdue`} label={`${g.groupName} ${t("supervision.overdueTitle")} ${g.overdue}`} />,
                <CountLink key="s" value={g.stale} href={`/leads?group=${g.groupId}&stale=1`} label={`${g.groupName} ${t("supervision.staleTitle")} ${g.stale}`} />,
              ])}
            />
          )}
        </section>
        <section aria-labelledby="by-owner">
          <h2 id="by-owner" className="mb-2 text-lg font-semibold">{t("supervision.byOwner")}</h2>
          {summary.byOwner.length === 0 ? (
            <p className="text-sm text-slate-500">{t("supervision.allClear")}</p>
          ) : (
            <SimpleTable
              caption={t("supervision.byOwner")}
              headers={[t("leads.owner"), t("supervision.overdueTitle"), t("supervision.staleTitle")]}
              rows={summary.byOwner.map((o) => [
                <span key="n" className="whitespace-nowrap">
                  {o.ownerName}
                  {o.ownerTitle ? <span className="ml-1 text-xs text-slate-500">{o.ownerTitle}</span> : null}
                </span>,
                <CountLink key="o" value={o.overdue} href={`/leads?owner=${o.ownerId}&attention=overdue`} label={`${o.ownerName} ${t("supervision.overdueTitle")} ${o.overdue}`} />,
                <CountLink key="s" value={o.stale} href={`/leads?owner=${o.ownerId}&stale=1`} label={`${o.ownerName} ${t("supervision.staleTitle")} ${o.stale}`} />,
              ])}
            />
          )}
        </section>
      </div>

      <section aria-labelledby="attention" className="mt-6">
        <h2 id="attention" className="mb-2 text-lg font-semibold">{t("supervision.leads")}</h2>
        <div className="grid gap-4 lg:grid-cols-2">
          <AttentionList kind="overdue" rows={overdue.rows} total={overdue.total} moreHref="/leads?attention=overdue&sort=nextFollowUpOn&dir=asc" limits={limits} today={today} now={now} />
          <AttentionList kind="stale" rows={stale.rows} total={stale.total} moreHref="/leads?stale=1&sort=lastActivityAt&dir=asc" limits={limits} today={today} now={now} />
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
