"use client";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { saveTargetsAction } from "@/app/(crm)/admin/targets/actions";
import { useNotice } from "@/components/ui/notice";
import { WanInputHint } from "@/components/form/wan-input-hint";
import { toLocale } from "@/i18n/locales";
import { formatMoney, formatWan } from "@/lib/format";
import { primaryButton } from "@/components/form/styles";

export type TargetGridRow = {
  scope: "group" | "district";
  scopeId: number;
  name: string;
  projects: number;
  signedInvestment: number;
  fixedAsset: number;
  fundsInPlace: number;
  version: number | null;
};

const fields = ["projects", "signedInvestment", "fixedAsset", "fundsInPlace"] as const;
type FieldName = (typeof fields)[number];
const keyOf = (row: TargetGridRow) => `${row.scope}-${row.scopeId}`;
const isWhole = (text: string) => /^\d*$/.test(text.replace(/[,，\s]/g, ""));
const toNumber = (text: string) => Number(text.replace(/[,，\s]/g, "") || 0);

/** One year's targets: task groups (their sum is the city's target) and districts. */
export function TargetsGrid({ year, rows }: { year: number; rows: TargetGridRow[] }) {
  const t = useTranslations("targets");
  const locale = toLocale(useLocale());
  const router = useRouter();
  const notice = useNotice();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [typed, setTyped] = useState<Record<string, Record<FieldName, string>>>(() =>
    Object.fromEntries(rows.map((r) => [keyOf(r), Object.fromEntries(fields.map((f) => [f, String(r[f])])) as Record<FieldName, string>])),
  );
  const invalid = rows.some((r) => fields.some((f) => !isWhole(typed[keyOf(r)][f])));
  const cityTotal = (field: FieldName) => rows.filter((r) => r.scope === "group").reduce((sum, r) => sum + toNumber(typed[keyOf(r)][field]), 0);

  const save = () =>
    startTransition(async () => {
      setError(null);
      const result = await saveTargetsAction({
        year,
        rows: rows.map((r) => ({
          scope: r.scope,
          scopeId: r.scopeId,
          version: r.version,
          ...Object.fromEntries(fields.map((f) => [f, toNumber(typed[keyOf(r)][f])])),
        })),
      });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      notice.show("success", t("saved", { count: result.data.saved }));
      router.refresh();
    });

  const section = (scope: "group" | "district") => (
    <div role="region" aria-label={t(scope === "group" ? "groups" : "districts")} tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{t(scope === "group" ? "groups" : "districts")}</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className="px-3 py-2 text-left font-medium text-slate-600">{t(scope === "group" ? "group" : "district")}</th>
            {fields.map((f) => (
              <th key={f} scope="col" className="px-3 py-2 text-right font-medium text-slate-600">{t(f)}</th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows
            .filter((r) => r.scope === scope)
            .map((r) => (
              <tr key={keyOf(r)}>
                <th scope="row" className="px-3 py-1.5 text-left font-medium">{r.name}</th>
                {fields.map((f) => (
                  <td key={f} className="px-3 py-1.5 text-right">
                    <input
                      aria-label={`${r.name} ${t(f)}`}
                      inputMode="numeric"
                      value={typed[keyOf(r)][f]}
                      aria-invalid={!isWhole(typed[keyOf(r)][f])}
                      onChange={(e) => setTyped((all) => ({ ...all, [keyOf(r)]: { ...all[keyOf(r)], [f]: e.target.value } }))}
                      className="w-28 rounded border border-slate-300 px-2 py-1.5 text-right tabular-nums aria-[invalid=true]:border-red-500"
                    />
                    {f === "projects" ? null : <WanInputHint value={typed[keyOf(r)][f]} className="text-right" />}
                  </td>
                ))}
              </tr>
            ))}
        </tbody>
        {scope === "group" ? (
          <tfoot className="bg-slate-50 font-semibold">
            <tr>
              <th scope="row" className="px-3 py-2 text-left">{t("cityTotal")}</th>
              {fields.map((f) => (
                <td key={f} className="px-3 py-2 text-right tabular-nums" data-testid={`city-total-${f}`}>
                  {f === "projects" ? formatWan(cityTotal(f)) : formatMoney(cityTotal(f), locale)}
                </td>
              ))}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );

  return (
    <div className="space-y-6">
      <section className="space-y-2">
        <h2 className="text-base font-semibold">{t("groups")}</h2>
        {section("group")}
      </section>
      <section className="space-y-2">
        <h2 className="text-base font-semibold">{t("districts")}</h2>
        {section("district")}
      </section>
      {invalid ? <p className="text-sm text-red-700">{t("integersOnly")}</p> : null}
      {error ? <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">{error}</p> : null}
      <button type="button" onClick={save} disabled={isPending || invalid} className={primaryButton}>
        {t("save")}
      </button>
    </div>
  );
}
