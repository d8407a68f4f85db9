import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/trips/print-button";
import { reportCard, totalOf, type BreakdownRow } from "@/db/queries/cockpit";
import { readsCockpit } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { periodOrYearToDate, periodParams, periodTitle } from "@/lib/domain/period";
import { formatDate, formatYi, toIsoDate } from "@/lib/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations({ locale: "zh-CN", namespace: "report" }))("title") };
}

// The report card is an official document: always Chinese, always A4.
const pageCss = `
@page { size: A4; margin: 22mm 18mm 20mm 18mm; }
.report-card { font-family: "FangSong", "STFangsong", "FangSong_GB2312", "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", serif; }
.report-card h1, .report-card h2 { font-family: "SimHei", "Heiti SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; }
.report-card table { border-collapse: collapse; width: 100%; }
.report-card th, .report-card td { border: 1px solid #334155; padding: 3px 5px; }
@media print {
  html, body { background: white !important; }
  main { padding: 0 !important; }
  .report-card { box-shadow: none !important; border: 0 !important; margin: 0 !important; padding: 0 !important; max-width: none !important; font-size: 12pt; line-height: 1.75; }
  .report-card h1 { font-size: 20pt; }
  .report-card h2 { font-size: 14pt; }
  .report-card table { font-size: 10pt; }
  .report-card tr { break-inside: avoid; }
}
`;

type SearchParams = Record<string, string | string[] | undefined>;

export default async function ReportCardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  if (!readsCockpit(user)) forbidden();
  const sp = await searchParams;
  const today = toIsoDate(new Date());
  const period = periodOrYearToDate(sp, today);
  const [zh, card] = await Promise.all([getTranslations({ locale: "zh-CN", namespace: "report" }), reportCard(user, period)]);
  const query = new URLSearchParams(periodParams(period)).toString();
  const label = periodTitle(period);

  const table = (title: string, firstHeader: string, rows: BreakdownRow[]) => {
    const total = totalOf(rows);
    const cells = (r: { introduced: number; from1to5: number; over5: number; signedInvestment: number; fixedAsset: number; fundsInPlace: number }) => [
      r.introduced,
      r.from1to5,
      r.over5,
      formatYi(r.signedInvestment),
      formatYi(r.fixedAsset),
      formatYi(r.fundsInPlace),
    ];
    return (
      <section className="mt-6">
        <h2 className="mb-1 text-base font-bold">{title}</h2>
        <p className="mb-1 text-right text-xs">{zh("unit")}</p>
        <div className="overflow-x-auto">
          <table className="min-w-[40rem] text-sm">
            <thead>
              <tr>
                <th scope="col">{firstHeader}</th>
                <th scope="col">{zh("projects")}</th>
                <th scope="col">{zh("from1to5")}</th>
                <th scope="col">{zh("over5")}</th>
                <th scope="col">{zh("signed")}</th>
                <th scope="col">{zh("fixed")}</th>
                <th scope="col">{zh("funds")}</th>
                <th scope="col">{zh("targetProjects")}</th>
                <th scope="col">{zh("percent")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row" className="text-left font-normal">{r.name ?? zh("unset")}</th>
                  {cells(r).map((v, i) => (
                    <td key={i} className="text-right tabular-nums">{v}</td>
                  ))}
                  <td className="text-right tabular-nums">{r.target?.projects ?? "—"}</td>
                  <td className="text-right tabular-nums">{r.percent === null ? "—" : r.percent.toFixed(1)}</td>
                </tr>
              ))}
              <tr className="font-bold">
                <th scope="row" className="text-left">{zh("total")}</th>
                {cells(total).map((v, i) => (
                  <td key={i} className="text-right tabular-nums">{v}</td>
                ))}
                <td className="text-right tabular-nums">{total.targetProjects || "—"}</td>
                <td className="text-right tabular-nums">
                  {total.targetProjects ? ((Math.round((total.introduced / total.targetProjects) * 1000) / 10).toFixed(1)) : "—"}
                </td>
              </tr>
            </tbody>
          </table>
        </div>
      </section>
    );
  };

  return (
    <>
      <style>{pageCss}</style>
      <div className="mb-3 flex flex-wrap items-center gap-2 print:hidden">
        <Link href={`/?${query}`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:border-brand-600">
          {zh("back")}
        </Link>
        <PrintButton label={zh("print")} />
        <a href={`/report/xlsx?${query}`} download className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:border-brand-600">
          {zh("xlsx")}
        </a>
      </div>
      <article lang="zh-CN" className="report-card mx-auto max-w-[210mm] rounded-lg border border-slate-200 bg-white p-6 shadow-sm sm:p-10">
        <h1 className="text-center text-2xl font-bold">{zh("heading", { period: label })}</h1>
        <p className="mt-6 indent-8 leading-loose" data-testid="report-sentence">{card.sentence}</p>
        {table(zh("byDistrict"), zh("district"), card.byDistrict)}
        {table(zh("byGroup"), zh("group"), card.byGroup)}
        <p className="mt-8 text-right">{zh("madeOn", { date: formatDate(today, "zh-CN") })}</p>
      </article>
    </>
  );
}
