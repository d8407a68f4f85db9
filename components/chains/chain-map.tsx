import Link from "next/link";
import { useTranslations } from "next-intl";
import { chainPositions } from "@/lib/domain/enums";
import type { ChainMapNode, ChainSegment } from "@/db/queries/chains";
import { formatRate, type RateBreakdown } from "@/lib/domain/supporting-rate";
import { partStatus, statusGlyph, type PartStatus } from "./presence";

const chipClass: Record<PartStatus, string> = {
  present: "border-emerald-700 bg-emerald-700 text-white",
  filled: "border-emerald-600 bg-emerald-50 text-emerald-900 ring-2 ring-emerald-500 ring-offset-1",
  partial: "border-amber-400 bg-amber-100 text-amber-950",
  missing: "border-dashed border-red-500 bg-white text-red-700",
};

const statuses: PartStatus[] = ["present", "filled", "partial", "missing"];

/** A rate as a labelled meter (bar and figure); an empty chain shows "—". */
export function RateMeter({ label, rate, size = "sm" }: { label: string; rate: number | null; size?: "sm" | "lg" }) {
  const percent = rate === null ? null : Math.round(rate * 1000) / 10;
  return (
    <div
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent ?? undefined}
      aria-valuetext={formatRate(rate)}
      className="flex items-center gap-2"
    >
      <span className={`font-semibold tabular-nums ${size === "lg" ? "text-3xl text-slate-900" : "text-sm text-slate-800"}`}>{formatRate(rate)}</span>
      <span aria-hidden className={`block overflow-hidden rounded-full bg-slate-200 ${size === "lg" ? "h-2.5 w-40" : "h-1.5 w-14"}`}>
        <span className="block h-full rounded-full bg-emerald-600" style={{ width: `${percent ?? 0}%` }} />
      </span>
    </div>
  );
}

function Legend() {
  const t = useTranslations("chains.map");
  return (
    <ul aria-label={t("legend")} className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600">
      {statuses.map((s) => (
        <li key={s} className="flex items-center gap-1">
          <span aria-hidden className={`inline-flex h-4 min-w-6 items-center justify-center rounded border px-1 text-[10px] ${chipClass[s]}`}>
            {statusGlyph[s]}
          </span>
          {t(`status.${s}`)}
        </li>
      ))}
    </ul>
  );
}

/** The local companies of a part, each a link to its company page: listed beside the part, and on a phone a count that opens the list. */
function LocalCompanies({ node }: { node: ChainMapNode }) {
  const t = useTranslations("chains.map");
  const listLabel = t("localsOf", { name: node.name });
  const links = (className: string) => (
    <ul aria-label={listLabel} className={className}>
      {node.locals.map((c) => (
        <li key={c.linkId} className="min-w-0">
          <Link href={`/companies/${c.companyId}`} className="inline-block min-h-6 break-words py-1 text-brand-700 underline-offset-2 hover:underline">
            {c.name}
          </Link>
        </li>
      ))}
    </ul>
  );
  return (
    <>
      {links("hidden min-w-0 flex-1 basis-40 text-xs leading-snug sm:block")}
      <details className="group min-w-0 text-xs sm:hidden">
        <summary className="inline-flex min-h-8 cursor-pointer list-none items-center gap-1 rounded-md px-1.5 text-brand-700 hover:bg-brand-50 [&::-webkit-details-marker]:hidden">
          {t("localsCount", { count: node.locals.length })}
          <span aria-hidden className="transition-transform group-open:rotate-90">
            ▸
          </span>
        </summary>
        {links("space-y-2 py-1.5 pl-1.5 text-sm leading-snug")}
      </details>
    </>
  );
}

function PartChip({ node, note }: { node: ChainMapNode; note?: string }) {
  const t = useTranslations("chains.map");
  const status = partStatus(node);
  const gapTargets = status === "missing" || status === "partial" ? node.targets.length : 0;
  const label = `${node.name}：${t(`status.${status}`)}`;
  return (
    <li aria-label={label} className="flex flex-wrap items-start gap-x-2 gap-y-0.5">
      <span title={label} className={`inline-flex max-w-full shrink-0 items-center gap-1 rounded-md border px-2 py-1 text-sm ${chipClass[status]}`}>
        <span aria-hidden>{statusGlyph[status]}</span>
        <span>{node.name}</span>
        {note ? <span className="text-[11px] opacity-80">（{note}）</span> : null}
        {gapTargets > 0 ? (
          <span aria-hidden title={t("targetsCount", { count: gapTargets })} className="ml-0.5 rounded-full bg-red-600 px-1.5 text-[10px] font-semibold text-white">
            {gapTargets}
          </span>
        ) : null}
      </span>
      {node.locals.length > 0 ? <LocalCompanies node={node} /> : null}
    </li>
  );
}

function SegmentBlock({ segment }: { segment: ChainSegment }) {
  const t = useTranslations("chains.map");
  return (
    <div role="group" aria-label={segment.name} className="rounded-md border border-slate-200 bg-slate-50 p-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h4 className="text-sm font-semibold text-slate-900">{segment.name}</h4>
        <RateMeter label={t("segmentRate", { name: segment.name })} rate={segment.breakdown.rate} />
      </div>
      <ul aria-label={segment.name} className="mt-2 space-y-1.5">
        {segment.parts.length > 0 ? segment.parts.map((p) => <PartChip key={p.id} node={p} />) : <PartChip node={segment} note={t("noParts")} />}
      </ul>
    </div>
  );
}

/** The whole chain on one screen: upstream → midstream → downstream, every part coloured by presence. */
export function ChainMapView({ segments, emptyText }: { segments: ChainSegment[]; emptyText: string }) {
  const t = useTranslations();
  return (
    <section aria-labelledby="chain-map-title" className="rounded-lg border border-slate-200 bg-white p-3 sm:p-4">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <div>
          <h2 id="chain-map-title" className="text-lg font-semibold text-slate-900">
            {t("chains.map.title")}
          </h2>
          <p className="text-xs text-slate-500">{t("chains.map.flow")}</p>
        </div>
        <Legend />
      </div>
      {segments.length === 0 ? (
        <p className="py-6 text-center text-sm text-slate-500">{emptyText}</p>
      ) : (
        <div className="grid gap-2 lg:grid-cols-[minmax(0,1fr)_1.25rem_minmax(0,1fr)_1.25rem_minmax(0,1fr)]">
          {chainPositions.map((position, i) => {
            const own = segments.filter((s) => s.position === position);
            return [
              <div key={position} role="group" aria-label={t(`enum.chainPosition.${position}`)} className="space-y-2">
                <h3 className="rounded bg-brand-800 px-3 py-1.5 text-center text-sm font-semibold tracking-wide text-white">{t(`enum.chainPosition.${position}`)}</h3>
                {own.length ? own.map((s) => <SegmentBlock key={s.id} segment={s} />) : <p className="py-3 text-center text-xs text-slate-600">{t("chains.map.emptyColumn")}</p>}
              </div>,
              i < chainPositions.length - 1 ? (
                <div key={`${position}-arrow`} aria-hidden className="flex items-center justify-center text-xl text-slate-400">
                  <span className="hidden lg:inline">→</span>
                  <span className="lg:hidden">↓</span>
                </div>
              ) : null,
            ];
          })}
        </div>
      )}
    </section>
  );
}

/** The chain's rate, the arithmetic behind it and the formula in words. */
export function RatePanel({ breakdown }: { breakdown: RateBreakdown }) {
  const t = useTranslations();
  return (
    <section aria-labelledby="chain-rate-title" className="flex flex-wrap items-center gap-x-8 gap-y-3 rounded-lg border border-slate-200 bg-white p-3 sm:p-4">
      <div>
        <h2 id="chain-rate-title" className="text-sm text-slate-500">
          {t("chains.map.chainRate")}
        </h2>
        <RateMeter label={t("chains.map.chainRate")} rate={breakdown.rate} size="lg" />
      </div>
      <div className="min-w-0 basis-full space-y-1 text-sm text-slate-700 sm:basis-0 sm:flex-1 sm:min-w-72">
        <p className="tabular-nums">
          {t("chains.rate")} {t("chains.map.arithmetic", { present: breakdown.present, partial: breakdown.partial, leaves: breakdown.leaves })}
          {breakdown.rate !== null ? ` = ${formatRate(breakdown.rate)}` : ""}
        </p>
        {breakdown.covered > 0 ? <p className="text-emerald-800">{t("chains.map.coveredNote", { covered: breakdown.covered })}</p> : null}
        <p className="text-xs text-slate-500">
          {t("chains.rateFormula")} {t("chains.coverRule")}
        </p>
      </div>
    </section>
  );
}
