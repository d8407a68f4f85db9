import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { partStatus } from "@/components/chains/presence";
import { OfficialDocument } from "@/components/print/official-document";
import { PrintButton } from "@/components/trips/print-button";
import { getChainMap, type ChainMapNode, type ChainSegment } from "@/db/queries/chains";
import { requireArea } from "@/lib/auth/session";
import { chineseNumber } from "@/lib/chinese-ordinal";
import { chainPositions } from "@/lib/domain/enums";
import { formatRate } from "@/lib/domain/supporting-rate";
import { formatDate, toIsoDate } from "@/lib/format";
import { parseRouteId } from "@/lib/route-id";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations({ locale: "zh-CN", namespace: "chains" }))("print.title") };
}

const cell = "border border-black px-1.5 py-1 align-top [overflow-wrap:anywhere]";

/** The chain map on A4 for a leader's briefing: every part with its status, its local companies and its targets. */
export default async function ChainPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireArea("chains");
  const id = parseRouteId((await params).id);
  if (id === null) notFound();
  const [ui, zhAll, map] = await Promise.all([getTranslations(), getTranslations({ locale: "zh-CN" }), getChainMap(user, id)]);
  if (!map) notFound();
  const t = (key: string, values?: Record<string, string | number>) => zhAll(`chains.print.${key}` as never, values as never);
  const { chain, breakdown } = map;
  const none = t("none");
  const names = (list: string[]) => (list.length === 0 ? <span className="text-slate-500">—</span> : list.map((name) => <div key={name}>{name}</div>));
  const line = (label: string, value: string) => (
    <p>
      <span className="font-bold">{label}：</span>
      {value || none}
    </p>
  );
  const partRow = (node: ChainMapNode, note?: string) => (
    <tr key={node.id}>
      <td className={cell}>
        {node.name}
        {note ? `（${note}）` : node.aim ? `（${zhAll(`enum.chainAim.${node.aim}`)}）` : ""}
      </td>
      <td className={`${cell} text-center`}>{zhAll(`chains.map.status.${partStatus(node)}`)}</td>
      <td className={cell}>{names(node.locals.map((c) => c.name))}</td>
      <td className={cell}>{names(node.targets.map((c) => (c.priority ? t("target", { name: c.name, priority: c.priority }) : c.name)))}</td>
    </tr>
  );
  // A segment is a row across the table, its parts the rows under it: rows may break over pages, a row does not.
  const segmentRows = (segment: ChainSegment) => [
    <tr key={`segment-${segment.id}`}>
      <th scope="colgroup" colSpan={4} className={`${cell} bg-slate-100 text-left font-bold print:bg-transparent`}>
        {segment.name}　{t("segmentRate", { rate: formatRate(segment.breakdown.rate) })}
      </th>
    </tr>,
    ...(segment.parts.length === 0 ? [partRow(segment, t("noParts"))] : segment.parts.map((part) => partRow(part))),
  ];

  return (
    <OfficialDocument
      label={`${chain.name}${t("title")}`}
      className="space-y-4 border border-slate-200 bg-white px-5 py-8 text-[15px] leading-8 text-black shadow-sm sm:px-[20mm] sm:py-[22mm]"
      toolbar={
        <>
          <Link href={`/chains/${chain.id}`} className="inline-flex min-h-11 items-center text-sm text-brand-700 hover:underline">
            ← {ui("chains.print.back")}
          </Link>
          <div className="flex items-center gap-3">
            <span className="hidden text-xs text-slate-500 sm:inline">{ui("chains.print.hint")}</span>
            <PrintButton label={ui("actions.print")} />
          </div>
        </>
      }
    >
      <header className="text-center">
        <h1 className="text-xl font-bold leading-snug sm:text-2xl">{chain.name}</h1>
        <p className="mt-1 text-lg font-bold">{t("subtitle")}</p>
      </header>

      <section className="space-y-1">
        <h2 className="text-base font-bold">{t("basics")}</h2>
        {line(t("district"), chain.districtName)}
        {line(t("industry"), chain.industryName)}
        {line(t("group"), chain.taskGroupName ?? zhAll("chains.noTaskGroup"))}
        {chain.description ? line(t("description"), chain.description) : null}
        {line(t("rate"), formatRate(breakdown.rate))}
        {breakdown.leaves > 0 ? (
          <p className="indent-8">
            {zhAll("chains.rate")} {zhAll("chains.map.arithmetic", { present: breakdown.present, partial: breakdown.partial, leaves: breakdown.leaves })} = {formatRate(breakdown.rate)}。
            {breakdown.covered > 0 ? zhAll("chains.map.coveredNote", { covered: breakdown.covered }) : ""}
          </p>
        ) : null}
      </section>

      {chainPositions.map((position, index) => {
        const segments = map.segments.filter((s) => s.position === position);
        const heading = t("mapHeading", { number: chineseNumber(index + 2), position: zhAll(`enum.chainPosition.${position}`) });
        return (
          <section key={position} aria-label={heading} className="space-y-2">
            <h2 className="text-base font-bold">{heading}</h2>
            {segments.length === 0 ? (
              <p className="indent-8">{t("emptyColumn")}</p>
            ) : (
              <div role="region" aria-label={heading} tabIndex={0} className="overflow-x-auto">
                <table className="w-full min-w-[36rem] table-fixed border-collapse text-sm leading-6 print:min-w-0">
                  <caption className="sr-only">{heading}</caption>
                  <colgroup>
                    <col className="w-[20%]" />
                    <col className="w-[12%]" />
                    <col className="w-[32%]" />
                    <col className="w-[36%]" />
                  </colgroup>
                  <thead>
                    <tr>
                      {[t("part"), t("status"), t("locals"), t("targets")].map((h) => (
                        <th key={h} scope="col" className="border border-black px-1.5 py-1 text-center font-bold">
                          {h}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>{segments.flatMap(segmentRows)}</tbody>
                </table>
              </div>
            )}
          </section>
        );
      })}

      <footer className="pt-6 text-right">
        <p>{t("maker", { name: user.name })}</p>
        <p>{formatDate(toIsoDate(new Date()), "zh-CN")}</p>
      </footer>
    </OfficialDocument>
  );
}
