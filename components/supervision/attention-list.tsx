import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { StageBadge } from "@/components/leads/stage-badge";
import type { AttentionLead } from "@/db/queries/supervision";
import { toLocale } from "@/i18n/locales";
import { daysSince, type StaleLimits } from "@/lib/domain/stale";
import { formatDate } from "@/lib/format";

const dayMs = 24 * 3600_000;

/** Overdue follow-ups or stale leads, each with how far behind it is, linking to the lead. */
export async function AttentionList({
  kind,
  rows,
  total,
  moreHref,
  limits,
  today,
  now,
  showOwner = true,
  superviseLink = false,
}: {
  kind: "overdue" | "stale";
  rows: AttentionLead[];
  total: number;
  moreHref: string;
  limits: StaleLimits;
  today: string;
  now: Date;
  showOwner?: boolean;
  /** A 督办 link beside each lead (for city leaders and group leads): its page, with the 督办 form open. */
  superviseLink?: boolean;
}) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale().then(toLocale)]);
  const title = t(kind === "overdue" ? "supervision.overdueTitle" : "supervision.staleTitle");
  return (
    <section aria-label={title} className="rounded-lg border border-slate-200 bg-white">
      <header className="flex items-center justify-between gap-2 border-b border-slate-100 px-3 py-2.5">
        <h3 className="font-semibold">
          {title}{" "}
          <span className="ml-1 text-sm font-normal text-slate-600">{t("supervision.count", { count: total })}</span>
        </h3>
        {total > rows.length ? (
          <Link href={moreHref} className="inline-flex min-h-11 items-center whitespace-nowrap text-sm text-brand-700 hover:underline">
            {t("supervision.viewAll")}
          </Link>
        ) : null}
      </header>
      {rows.length === 0 ? (
        <p className="px-3 py-4 text-sm text-slate-600">{t(kind === "overdue" ? "supervision.noneOverdue" : "supervision.noneStale")}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {rows.map((lead) => {
            const behind =
              kind === "overdue" && lead.nextFollowUpOn
                ? Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${lead.nextFollowUpOn}T00:00:00Z`)) / dayMs)
                : daysSince(new Date(lead.lastActivityAt), now);
            return (
              <li key={lead.id} className="flex items-stretch">
                {/* The whole item opens the lead: a thumb-sized target on a phone. */}
                <Link href={`/leads/${lead.id}`} prefetch={false} className="block min-h-11 min-w-0 flex-1 px-3 py-2.5 text-sm hover:bg-brand-50/40 active:bg-brand-50">
                  <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
                    <span className="font-medium text-brand-700">{lead.name}</span>
                    <StageBadge stage={lead.stage} />
                  </span>
                  <span className="mt-0.5 block text-xs text-slate-600">
                    {showOwner ? `${lead.ownerName} · ` : ""}
                    {lead.groupName}
                  </span>
                  <span className="mt-0.5 block text-xs font-medium text-red-700">
                    {kind === "overdue"
                      ? t("supervision.overdueBy", { days: behind, date: formatDate(lead.nextFollowUpOn, locale) })
                      : t("supervision.staleBy", { days: behind, limit: limits[lead.stage] ?? 0 })}
                  </span>
                </Link>
                {superviseLink ? (
                  <Link
                    href={`/leads/${lead.id}?task=1#lead-task`}
                    prefetch={false}
                    aria-label={`${t("leads.supervise")}：${lead.name}`}
                    className="flex min-h-11 shrink-0 items-center px-3 text-sm text-brand-700 hover:underline"
                  >
                    {t("leads.supervise")}
                  </Link>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
