// The admin's audit log: every change and every access event, newest first, 50 a page, filtered by
// who / what / when / which row. The filters are a plain GET form, so they live in the URL (a link
// to a filtered view can be shared) and the export takes the same ones.
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { auditExportLimit, auditUsers, listAudit, type AuditRow } from "@/db/queries/audit";
import { auditFilterParams, parseAuditFilter } from "@/lib/audit-filters";
import type { SearchParams } from "@/lib/list-params";
import { toLocale } from "@/i18n/locales";
import { actionLabel, auditActionFamilies, auditActionNames, auditEntities, detailsSummary, entityLabel } from "@/lib/audit/labels";
import { summarizeUserAgent } from "@/lib/user-agent";
import { requireArea } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { filterControlClass, filterLabelClass, primaryButton } from "@/components/form/styles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}


export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireArea("admin");
  const filter = parseAuditFilter(await searchParams);
  const [tAll, t, locale, page, people] = await Promise.all([
    getTranslations(),
    getTranslations("audit"),
    getLocale().then(toLocale),
    listAudit(user, filter),
    auditUsers(user),
  ]);
  const tr = t as unknown as Parameters<typeof actionLabel>[0];
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  const query = auditFilterParams(filter);
  const pageHref = (n: number) => {
    const params = new URLSearchParams(query);
    if (n > 1) params.set("page", String(n));
    const s = params.toString();
    return s ? `/admin/audit?${s}` : "/admin/audit";
  };
  const exportHref = `/admin/audit/xlsx${query.toString() ? `?${query}` : ""}`;

  const who = (row: AuditRow) => {
    if (row.actorId) return `${row.actorName ?? "—"}（${row.actorUsername ?? row.actorId}）`;
    if (row.typedUsername) return t("typed", { name: row.typedUsername });
    return t("system");
  };

  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle")}
        back={{ href: "/admin", label: tAll("nav.admin") }}
      />
      <form method="get" action="/admin/audit" aria-label={t("filters")} className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-4">
        <label className={filterLabelClass}>
          {t("who")}
          <input name="who" defaultValue={filter.who} list="audit-people" placeholder={t("whoHint")} className={filterControlClass} />
        </label>
        <datalist id="audit-people">
          {people.map((p) => (
            <option key={p.id} value={p.username}>
              {p.name}
            </option>
          ))}
        </datalist>
        <label className={filterLabelClass}>
          {t("action")}
          <select name="action" defaultValue={filter.action ?? ""} className={filterControlClass}>
            <option value="">{t("anyAction")}</option>
            {auditActionFamilies.map((family) => (
              <option key={family} value={`${family}.*`}>
                {t(`families.${family}`)}
              </option>
            ))}
            {auditActionNames.map((name) => (
              <option key={name} value={name}>
                {actionLabel(tr, name)}
              </option>
            ))}
          </select>
        </label>
        <label className={filterLabelClass}>
          {t("from")}
          <input type="date" name="from" defaultValue={filter.from ?? ""} className={filterControlClass} />
        </label>
        <label className={filterLabelClass}>
          {t("to")}
          <input type="date" name="to" defaultValue={filter.to ?? ""} className={filterControlClass} />
        </label>
        <label className={filterLabelClass}>
          {t("entity")}
          <select name="entity" defaultValue={filter.entity ?? ""} className={filterControlClass}>
            <option value="">{t("anyEntity")}</option>
            {auditEntities.map((entity) => (
              <option key={entity} value={entity}>
                {entityLabel(tr, entity)}
              </option>
            ))}
          </select>
        </label>
        <label className={filterLabelClass}>
          {t("entityId")}
          <input type="number" name="entityId" min={1} defaultValue={filter.entityId ?? ""} className={filterControlClass} />
        </label>
        {filter.user ? <input type="hidden" name="user" value={filter.user} /> : null}
        <div className="flex flex-wrap items-end gap-2 lg:col-span-2">
          <button type="submit" className={primaryButton}>
            {t("apply")}
          </button>
          <Link href="/admin/audit" className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-4 py-2 text-sm text-slate-700 hover:bg-slate-50">
            {t("clear")}
          </Link>
          <a
            href={exportHref}
            download
            className="inline-flex min-h-11 items-center rounded-md border border-brand-600 px-4 py-2 text-sm font-medium text-brand-700 hover:bg-brand-50"
          >
            {t("export")}
          </a>
        </div>
      </form>
      <p className="mb-2 text-sm text-slate-600">
        {t("total", { total: page.total })}
        {page.total > auditExportLimit ? ` · ${t("exportLimit", { limit: auditExportLimit.toLocaleString("en-US") })}` : ""}
      </p>
      {page.rows.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-6 text-center text-sm text-slate-500">{t("none")}</p>
      ) : (
        <SimpleTable
          caption={t("title")}
          headers={[t("time"), t("user"), t("action"), t("entity"), t("ip"), t("userAgent"), t("details")]}
          rows={page.rows.map((row) => [
            <span key="t" className="whitespace-nowrap">{formatDateTime(row.createdAt, locale)}</span>,
            who(row),
            <span key="a" title={row.action}>{actionLabel(tr, row.action)}</span>,
            `${entityLabel(tr, row.entity)}${row.entityId ? ` #${row.entityId}` : ""}`,
            <span key="ip" className="font-mono text-xs">{row.ip ?? "—"}</span>,
            <span key="ua" title={row.userAgent ?? undefined}>{summarizeUserAgent(row.userAgent)}</span>,
            <span key="d" className="break-all text-xs text-slate-600">{detailsSummary(tr, row.details)}</span>,
          ])}
        />
      )}
      <nav aria-label={t("page", { page: filter.page, pages })} className="mt-3 flex items-center justify-between text-sm">
        <span>{t("page", { page: Math.min(filter.page, pages), pages })}</span>
        <span className="flex gap-2">
          {filter.page > 1 ? (
            <Link href={pageHref(filter.page - 1)} className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-4 py-2 hover:bg-slate-50">
              {t("previous")}
            </Link>
          ) : null}
          {filter.page < pages ? (
            <Link href={pageHref(filter.page + 1)} className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-4 py-2 hover:bg-slate-50">
              {t("next")}
            </Link>
          ) : null}
        </span>
      </nav>
    </>
  );
}
