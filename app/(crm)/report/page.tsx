import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { secondaryButton } from "@/components/form/styles";
import { OfficialDocument } from "@/components/print/official-document";
import { PrintButton } from "@/components/trips/print-button";
import { reportCard, totalOf, type BreakdownRow } from "@/db/queries/cockpit";
import { officeNames } from "@/db/queries/office";
import { readsCockpit } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { periodOrYearToDate, periodParams, periodTitle } from "@/lib/domain/period";
import { formatDate, formatMoneyFigure, toIsoDate } from "@/lib/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations({ locale: "zh-CN", namespace: "report" }))("title") };
}


type SearchParams = Record<string, string | string[] | undefined>;

export default async function ReportCardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  if (!readsCockpit(user)) forbidden();
  const sp = await searchParams;
  const today = toIsoDate(new Date());
  const period = periodOrYearToDate(sp, today);
  const [zh, card, office] = await Promise.all([getTranslations({ locale: "zh-CN", namespace: "report" }), reportCard(user, period), officeNames()]);
  const query = new URLSearchParams(periodParams(period)).toString();
  const label = periodTitle(period);
  // The names the admin set; without them the document leaves the city and the agency out rather than print a wrong one.
  const heading = zh("heading", { period: label, city: office?.cityName ?? "" });
  const madeOn = formatDate(today, "zh-CN");

  const table = (title: string, firstHeader: string, rows: BreakdownRow[]) => {
    const total = totalOf(rows);
    const cells = (r: { introduced: number; from1to5: number; over5: number; signedInvestment: number; fixedAsset: number; fundsInPlace: number }) => [
      r.introduced,
      r.from1to5,
      r.over5,
      // A document: in Chinese and 亿元 whatever the interface's language.
      formatMoneyFigure(r.signedInvestment, "zh-CN"),
      formatMoneyFigure(r.fixedAsset, "zh-CN"),
      formatMoneyFigure(r.fundsInPlace, "zh-CN"),
    ];
    return (
      <section className="mt-6">
        <h2 className="mb-1 text-base font-bold">{title}</h2>
        <p className="mb-1 text-right text-xs">{zh("unit")}</p>
        <div role="region" aria-label={title} tabIndex={0} className="overflow-x-auto">
          <table className="w-full min-w-[40rem] border-collapse text-sm [&_td]:border [&_td]:border-slate-700 [&_td]:px-1.5 [&_td]:py-0.5 [&_th]:border [&_th]:border-slate-700 [&_th]:px-1.5 [&_th]:py-0.5">
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
      <OfficialDocument
        label={heading}
        className="report-card rounded-lg border border-slate-200 bg-white p-6 shadow-sm sm:p-10"
        toolbar={
          <div className="flex flex-wrap items-center gap-2">
            <Link href={`/?${query}`} className={secondaryButton}>
              {zh("back")}
            </Link>
            <PrintButton label={zh("print")} />
            <a href={`/report/xlsx?${query}`} download className={secondaryButton}>
              {zh("xlsx")}
            </a>
          </div>
        }
      >
        <h1 className="text-center text-2xl font-bold">{heading}</h1>
        <p className="mt-6 indent-8 leading-loose" data-testid="report-sentence">{card.sentence}</p>
        {table(zh("byDistrict"), zh("district"), card.byDistrict)}
        {table(zh("byGroup"), zh("group"), card.byGroup)}
        <p className="mt-8 text-right" data-testid="report-made-on">{office ? zh("madeOn", { agency: office.agencyName, date: madeOn }) : madeOn}</p>
      </OfficialDocument>
    </>
  );
}
