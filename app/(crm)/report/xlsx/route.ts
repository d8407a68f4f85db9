// GET /report/xlsx?year=…|from=…&to=…: the report card (答卷) as a workbook, in Chinese like the
// printed page: the opening sentence, then the tables by district and by task group (amounts in 亿元),
// signed by the agency the admin named (the date alone until then).
import ExcelJS from "exceljs";
import { getTranslations } from "next-intl/server";
import { reportCard, totalOf, type BreakdownRow } from "@/db/queries/cockpit";
import { officeNames } from "@/db/queries/office";
import { readsCockpit } from "@/lib/auth/policy";
import { periodOrYearToDate, periodTitle } from "@/lib/domain/period";
import { attachment } from "@/lib/export/csv";
import { formatDate, toIsoDate } from "@/lib/format";
import { withUser } from "@/lib/server/with-user";

export const dynamic = "force-dynamic";

const yi = (wan: number) => Math.round(wan / 100) / 100;

export const GET = withUser(async (request, { user }) => {
  const url = new URL(request.url);
  const sp = Object.fromEntries(url.searchParams.entries());
  const now = new Date();
  const today = toIsoDate(now);
  const period = periodOrYearToDate(sp, today);
  const [zh, card, office] = await Promise.all([getTranslations({ locale: "zh-CN", namespace: "report" }), reportCard(user, period, now), officeNames()]);
  const label = periodTitle(period);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = user.name;
  workbook.created = now;
  // The names the admin set; without them the workbook names no city and no agency.
  if (office) workbook.company = office.agencyName;
  const sheet = workbook.addWorksheet(zh("title"));
  sheet.columns = [{ width: 30 }, ...Array.from({ length: 8 }, () => ({ width: 16 }))];
  sheet.addRow([zh("heading", { period: label, city: office?.cityName ?? "" })]).font = { bold: true, size: 16 };
  sheet.mergeCells(1, 1, 1, 9);
  const sentence = sheet.addRow([card.sentence]);
  sheet.mergeCells(2, 1, 2, 9);
  sentence.alignment = { wrapText: true, vertical: "top" };
  sentence.height = 60;

  const block = (title: string, firstHeader: string, rows: BreakdownRow[]) => {
    sheet.addRow([]);
    sheet.addRow([title]).font = { bold: true };
    const header = sheet.addRow([
      firstHeader,
      zh("projects"),
      zh("from1to5"),
      zh("over5"),
      zh("signed"),
      zh("fixed"),
      zh("funds"),
      zh("targetProjects"),
      zh("percent"),
    ]);
    header.font = { bold: true };
    for (const r of rows) {
      sheet.addRow([r.name ?? zh("unset"), r.introduced, r.from1to5, r.over5, yi(r.signedInvestment), yi(r.fixedAsset), yi(r.fundsInPlace), r.target?.projects ?? null, r.percent]);
    }
    const total = totalOf(rows);
    sheet.addRow([
      zh("total"),
      total.introduced,
      total.from1to5,
      total.over5,
      yi(total.signedInvestment),
      yi(total.fixedAsset),
      yi(total.fundsInPlace),
      total.targetProjects || null,
      total.targetProjects ? Math.round((total.introduced / total.targetProjects) * 1000) / 10 : null,
    ]).font = { bold: true };
  };
  block(zh("byDistrict"), zh("district"), card.byDistrict);
  block(zh("byGroup"), zh("group"), card.byGroup);
  sheet.addRow([]);
  const date = formatDate(today, "zh-CN");
  sheet.addRow([office ? zh("madeOn", { agency: office.agencyName, date }) : date]);

  const buffer = await workbook.xlsx.writeBuffer();
  const baseName = `${zh("title")}-${label}`;
  return new Response(new Uint8Array(buffer as ArrayBuffer), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": attachment(`${baseName}.xlsx`, `report-${period.fromMonth}-${period.toMonth}.xlsx`),
      "cache-control": "no-store",
    },
  });
}, (user) => readsCockpit(user));
