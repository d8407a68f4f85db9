// GET /leads/export?format=xlsx|csv&<the table's own URL parameters>: the current view of the
// leads table (same scope, filters, search and order, every page of it) as a spreadsheet with
// headers in the user's language. Amounts in 万元, as in every file the city exchanges.
import ExcelJS from "exceljs";
import { getLocale, getTranslations } from "next-intl/server";
import { exportLeads } from "@/db/queries/leads/export";
import { leadSortable } from "@/db/queries/leads/table";
import { parseLeadFilters } from "@/lib/lead-filters";
import { parseListParams, type SearchParams } from "@/lib/list-params";
import { toLocale } from "@/i18n/locales";
import { canUseArea } from "@/lib/auth/policy";
import { attachment, toCsv, type CsvValue } from "@/lib/export/csv";
import { formatDateTime, toIsoDate } from "@/lib/format";
import { withUser } from "@/lib/server/with-user";

export const dynamic = "force-dynamic";

export const GET = withUser(async (request, { user }) => {

  const url = new URL(request.url);
  const sp: SearchParams = Object.fromEntries(url.searchParams.entries());
  const format = url.searchParams.get("format") === "csv" ? "csv" : "xlsx";
  const params = parseListParams(sp, leadSortable);
  const filters = parseLeadFilters(sp);
  const now = new Date();
  const [t, locale, { rows, truncated, money }] = await Promise.all([getTranslations(), getLocale().then(toLocale), exportLeads(user, params, filters, now)]);

  const columns: { header: string; width: number; value: (r: (typeof rows)[number]) => CsvValue }[] = [
    { header: t("leads.export.id"), width: 8, value: (r) => r.id },
    { header: t("leads.name"), width: 36, value: (r) => r.name },
    { header: t("leads.company"), width: 30, value: (r) => r.companyName },
    { header: t("leads.group"), width: 26, value: (r) => r.groupName },
    { header: t("leads.owner"), width: 10, value: (r) => r.ownerName },
    { header: t("leads.district"), width: 12, value: (r) => r.districtName },
    { header: t("leads.industry"), width: 14, value: (r) => r.industryName },
    { header: t("leads.source"), width: 14, value: (r) => t(`enum.source.${r.source}`) },
    { header: t("leads.stage"), width: 8, value: (r) => t(`enum.stage.${r.stage}`) },
    { header: t("leads.stageReasonHeader"), width: 24, value: (r) => r.stageReason },
    { header: t("leads.plannedWan"), width: 14, value: (r) => r.plannedInvestment },
    { header: t("leads.signedWan"), width: 14, value: (r) => r.signedInvestment },
    ...(money && money.kind !== "signed"
      ? [{ header: t(`leads.money.${money.kind}Wan`), width: 16, value: (r: (typeof rows)[number]) => r.amount }]
      : []),
    { header: t("leads.signedOn"), width: 12, value: (r) => r.signedOn },
    { header: t("leads.lastActivity"), width: 18, value: (r) => formatDateTime(new Date(r.lastActivityAt), locale) },
    { header: t("leads.nextFollowUp"), width: 12, value: (r) => r.nextFollowUpOn },
    { header: t("leads.stale"), width: 6, value: (r) => (r.isStale ? t("leads.export.yes") : "") },
  ];
  const headers = columns.map((c) => c.header);
  const values = rows.map((r) => columns.map((c) => c.value(r)));
  // A money figure's drill-down ends with its 合计, equal to the figure clicked.
  if (money) {
    const at = money.kind === "signed" ? headers.indexOf(t("leads.signedWan")) : headers.indexOf(t(`leads.money.${money.kind}Wan`));
    values.push(columns.map((_, i) => (i === 0 ? t("leads.money.totalRow") : i === at ? money.total : null)));
  }
  if (truncated) values.push([t("leads.export.truncated", { count: rows.length })]);

  const day = toIsoDate(now);
  const baseName = `${t("leads.export.fileName")}-${day}`;
  if (format === "csv") {
    return new Response(toCsv(headers, values), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": attachment(`${baseName}.csv`, `leads-${day}.csv`),
        "cache-control": "no-store",
      },
    });
  }

  const workbook = new ExcelJS.Workbook();
  workbook.creator = user.name;
  workbook.created = now;
  const sheet = workbook.addWorksheet(t("leads.title"), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRows(values.map((row) => row.map((v) => (v === undefined ? null : v))));
  const buffer = await workbook.xlsx.writeBuffer();
  return new Response(new Uint8Array(buffer as ArrayBuffer), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": attachment(`${baseName}.xlsx`, `leads-${day}.xlsx`),
      "cache-control": "no-store",
    },
  });
}, (user) => canUseArea(user, "leads"));
