import { useTranslations } from "next-intl";
import type { KindCounts } from "@/db/queries/partners";
import { agreementKinds } from "@/lib/domain/enums";
import { periodName, type Period } from "@/lib/domain/period";
import { smallButton } from "@/components/form/styles";

type T = ReturnType<typeof useTranslations>;

/** The period in the interface's language: "2026年", "2026年1—7月" or "2025年11月—2026年2月". */
function periodText(t: T, period: Period): string {
  const name = periodName(period);
  if (name.kind === "year") return t("partners.period.yearLabel", { year: name.year });
  if (name.kind === "months") return t("partners.period.monthsSame", { year: name.year, from: name.from, to: name.to });
  return t("partners.period.monthsSpan", { fromYear: name.fromYear, from: name.from, toYear: name.toYear, to: name.to });
}

const selectClass = "min-h-11 rounded-md border border-slate-300 bg-white px-2 text-base sm:text-sm";
const buttonClass = smallButton;

/** The period in the URL, chosen as a year or as a range of months (plain GET forms: the URL is the state). */
export function PeriodPicker({ action, period, keep, today }: { action: string; period: Period; keep: Record<string, string>; today: string }) {
  const t = useTranslations();
  const thisYear = Number(today.slice(0, 4));
  const years = Array.from({ length: 8 }, (_, i) => thisYear - i);
  const hidden = Object.entries(keep).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
  return (
    <div role="group" aria-label={t("partners.period.label")} className="flex flex-wrap items-end gap-x-6 gap-y-3">
      <form method="get" action={action} aria-label={t("partners.period.year")} className="flex items-end gap-2">
        {hidden}
        <label className="text-sm text-slate-700">
          <span className="mb-1 block text-xs text-slate-500">{t("partners.period.year")}</span>
          <select name="year" defaultValue={String(period.year)} className={selectClass}>
            {years.map((y) => (
              <option key={y} value={y}>
                {t("partners.period.yearLabel", { year: y })}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={buttonClass}>
          {t("partners.period.apply")}
        </button>
      </form>
      <form method="get" action={action} aria-label={t("partners.period.months")} className="flex flex-wrap items-end gap-2">
        {hidden}
        <label className="text-sm text-slate-700">
          <span className="mb-1 block text-xs text-slate-500">{t("partners.period.from")}</span>
          <input type="month" name="from" required defaultValue={period.fromMonth} className={selectClass} />
        </label>
        <label className="text-sm text-slate-700">
          <span className="mb-1 block text-xs text-slate-500">{t("partners.period.to")}</span>
          <input type="month" name="to" required defaultValue={period.toMonth} className={selectClass} />
        </label>
        <button type="submit" className={buttonClass}>
          {t("partners.period.apply")}
        </button>
      </form>
    </div>
  );
}

/** Agreements signed in the period by kind, with the one-sentence answer ("共22个，其中平台性9个"). */
export function KindCountsPanel({ counts, period, scope }: { counts: KindCounts; period: Period; scope: string }) {
  const t = useTranslations();
  const items: [string, number][] = [[t("partners.summary.total"), counts.total], ...agreementKinds.map((k) => [t(`enum.agreementKind.${k}`), counts.byKind[k]] as [string, number])];
  return (
    <section aria-labelledby="kind-counts-title" className="rounded-lg border border-slate-200 bg-white p-3 sm:p-4">
      <h2 id="kind-counts-title" className="text-base font-semibold text-slate-900">
        {t("partners.summary.title")}
      </h2>
      <p className="mt-1 text-sm text-slate-800">
        {t("partners.summary.sentence", { period: periodText(t, period), scope, total: counts.total, platform: counts.platform })}
      </p>
      <ul aria-label={t("partners.summary.title")} className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6">
        {items.map(([label, n], i) => (
          <li key={label} aria-label={`${label}：${n}`} className={`rounded-md px-3 py-2 ${i === 0 ? "bg-brand-800 text-white" : "bg-slate-50 text-slate-800 ring-1 ring-slate-200"}`}>
            <div className={`text-xs ${i === 0 ? "text-brand-100" : "text-slate-500"}`}>{label}</div>
            <div className="text-xl font-semibold tabular-nums">
              {n}
              <span className="ml-0.5 text-xs font-normal">{t("units.count")}</span>
            </div>
          </li>
        ))}
        <li aria-label={`${t("partners.platformAgreements")}：${counts.platform}`} className="rounded-md bg-emerald-50 px-3 py-2 text-emerald-900 ring-1 ring-emerald-200 col-span-2 sm:col-span-3 lg:col-span-6">
          <span className="text-xs">{t("partners.platformAgreements")}</span>
          <span className="ml-2 text-lg font-semibold tabular-nums">{counts.platform}</span>
          <span className="ml-0.5 text-xs">{t("units.count")}</span>
          <span className="ml-3 text-xs text-emerald-800">{t("partners.summary.platformNote")}</span>
        </li>
      </ul>
    </section>
  );
}
