import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { UsersTable } from "@/components/admin/users-table";
import { SearchBox } from "@/components/data-table/search-box";
import { PageHeader } from "@/components/layout/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { listDistricts, listIndustries, recentAudit } from "@/db/queries/admin";
import { officeNames } from "@/db/queries/office";
import { parseListParams, type SearchParams } from "@/lib/list-params";
import { listUsers, userSortable } from "@/db/queries/users";
import { toLocale } from "@/i18n/locales";
import { requireArea } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { primaryButton } from "@/components/form/styles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

export default async function AdminPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireArea("admin");
  const params = parseListParams(await searchParams, userSortable);
  const tTargets = await getTranslations("targets");
  const [t, locale, users, districts, industries, audit, office] = await Promise.all([
    getTranslations(),
    getLocale().then(toLocale),
    listUsers(user, params),
    listDistricts(user),
    listIndustries(user),
    recentAudit(user),
    officeNames(),
  ]);
  return (
    <>
      <PageHeader
        title={t("admin.title")}
        subtitle={t("admin.subtitle")}
        actions={
          <>
            <Link href="/admin/audit" className="rounded-md border border-brand-600 px-4 py-2 text-sm font-medium text-brand-700 hover:bg-brand-50">
              {t("audit.link")}
            </Link>
            <Link href="/admin/channels" className="rounded-md border border-brand-600 px-4 py-2 text-sm font-medium text-brand-700 hover:bg-brand-50">
              {t("channels.link")}
            </Link>
            <Link href="/admin/targets" className="rounded-md border border-brand-600 px-4 py-2 text-sm font-medium text-brand-700 hover:bg-brand-50">
              {tTargets("link")}
            </Link>
            <Link href="/admin/import" className="rounded-md border border-brand-600 px-4 py-2 text-sm font-medium text-brand-700 hover:bg-brand-50">
              {t("actions.import")}
            </Link>
            <Link href="/admin/users/new" className={primaryButton}>
              {t("admin.newUser")}
            </Link>
          </>
        }
      />
      <section aria-labelledby="admin-office" className="mb-8 rounded-lg border border-slate-200 bg-white p-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <div>
            <h2 id="admin-office" className="text-lg font-semibold">{t("office.section")}</h2>
            {office ? (
              <p className="mt-1 text-sm text-slate-700">
                <span data-testid="admin-office-city">{office.cityName}</span>
                {" · "}
                <span data-testid="admin-office-agency">{office.agencyName}</span>
              </p>
            ) : (
              <p className="mt-1 text-sm text-amber-800">{t("office.notSet")}</p>
            )}
          </div>
          <Link href="/admin/office" className="rounded-md border border-brand-600 px-4 py-2 text-sm font-medium text-brand-700 hover:bg-brand-50">
            {t("office.edit")}
          </Link>
        </div>
      </section>
      <section aria-labelledby="admin-users" className="mb-8">
        <h2 id="admin-users" className="mb-2 text-lg font-semibold">{t("admin.users")}</h2>
        <div className="mb-3">
          <SearchBox label={t("table.searchPlaceholder")} />
        </div>
        <UsersTable rows={users.rows} state={{ ...params, total: users.total }} viewerId={user.id} />
      </section>
      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="admin-districts">
          <h2 id="admin-districts" className="mb-2 text-lg font-semibold">{t("admin.districts")}</h2>
          <SimpleTable
            caption={t("admin.districts")}
            headers={[t("admin.name"), t("admin.kind")]}
            rows={districts.map((d) => [d.name, t(`enum.districtKind.${d.kind}`)])}
          />
        </section>
        <section aria-labelledby="admin-industries">
          <h2 id="admin-industries" className="mb-2 text-lg font-semibold">{t("admin.industries")}</h2>
          <SimpleTable
            caption={t("admin.industries")}
            headers={[t("admin.name"), t("admin.category"), t("groups.name")]}
            rows={industries.map((i) => [i.name, t(`enum.industryCategory.${i.category}`), i.groupName ?? "—"])}
          />
        </section>
      </div>
      <section aria-labelledby="admin-audit" className="mt-8">
        <div className="mb-2 flex items-baseline justify-between gap-3">
          <h2 id="admin-audit" className="text-lg font-semibold">{t("admin.auditLog")}</h2>
          <Link href="/admin/audit" className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
            {t("audit.link")} →
          </Link>
        </div>
        <SimpleTable
          caption={t("admin.auditLog")}
          headers={[t("admin.auditTime"), t("admin.auditActor"), t("admin.auditAction"), t("admin.auditEntity")]}
          rows={audit.map((a) => [
            <span key="t" className="whitespace-nowrap">{formatDateTime(a.createdAt, locale)}</span>,
            a.actorName ?? "—",
            <span key="a" className="font-mono text-xs">{a.action}</span>,
            `${a.entity}${a.entityId ? ` #${a.entityId}` : ""}`,
          ])}
        />
      </section>
    </>
  );
}
