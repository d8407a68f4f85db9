// GET /admin/audit/xlsx?who=…&action=…&from=…&to=…&entity=…&entityId=…: the filtered audit log as a
// workbook (newest first, at most auditExportLimit rows), written as a stream. Admin only.
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { getTranslations } from "next-intl/server";
import { auditExportLimit, exportAudit } from "@/db/queries/audit";
import { parseAuditFilter } from "@/lib/audit-filters";
import { actionLabel, detailsSummary, entityLabel } from "@/lib/audit/labels";
import { summarizeUserAgent } from "@/lib/user-agent";
import { canUseArea } from "@/lib/auth/policy";
import { getCurrentUser } from "@/lib/auth/session";
import { attachment } from "@/lib/export/csv";
import { formatDateTime, toIsoDate } from "@/lib/format";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Unauthorized", { status: 401 });
  if (!canUseArea(user, "admin")) return new Response("Forbidden", { status: 403 });

  const url = new URL(request.url);
  const filter = parseAuditFilter(Object.fromEntries(url.searchParams.entries()));
  const [zh, rows] = await Promise.all([getTranslations({ locale: "zh-CN", namespace: "audit" }), exportAudit(user, filter, auditExportLimit)]);
  const t = zh as unknown as Parameters<typeof actionLabel>[0];

  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: true });
  workbook.creator = user.name;
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(zh("title"));
  sheet.columns = [
    { header: zh("time"), width: 22 },
    { header: zh("user"), width: 22 },
    { header: zh("action"), width: 22 },
    { header: zh("entity"), width: 14 },
    { header: zh("entityId"), width: 10 },
    { header: zh("ip"), width: 18 },
    { header: zh("userAgent"), width: 22 },
    { header: zh("details"), width: 60 },
    { header: "action", width: 22 },
    { header: "User-Agent", width: 40 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();

  void (async () => {
    try {
      for (const row of rows) {
        const who = row.actorId
          ? `${row.actorName ?? ""}（${row.actorUsername ?? row.actorId}）`
          : row.typedUsername
            ? zh("typed", { name: row.typedUsername })
            : zh("system");
        sheet
          .addRow([
            formatDateTime(row.createdAt, "zh-CN"),
            who,
            actionLabel(t, row.action),
            entityLabel(t, row.entity),
            row.entityId,
            row.ip,
            summarizeUserAgent(row.userAgent),
            detailsSummary(t, row.details, 2000),
            row.action,
            row.userAgent,
          ])
          .commit();
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      console.error("[audit xlsx]", error);
      stream.destroy(error as Error);
    }
  })();

  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": attachment(`${zh("title")}-${toIsoDate(new Date())}.xlsx`, `audit-${toIsoDate(new Date())}.xlsx`),
      "cache-control": "no-store",
    },
  });
}
