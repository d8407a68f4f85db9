"use client";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState, useTransition } from "react";
import { saveMonthFiguresAction } from "@/app/(crm)/groups/[id]/figures/actions";
import { StageBadge } from "@/components/leads/stage-badge";
import { useNotice } from "@/components/ui/notice";
import type { Stage } from "@/lib/domain/enums";
import { WanInputHint } from "@/components/form/wan-input-hint";
import { toLocale } from "@/i18n/locales";
import { formatMoneyFigure, formatWan, moneyHeading } from "@/lib/format";
import { primaryButton } from "@/components/form/styles";

export type GridRow = {
  leadId: number;
  name: string;
  companyName: string;
  stage: Stage;
  ownerName: string | null;
  signedInvestment: number | null;
  fixedAsset: number | null;
  fundsInPlace: number | null;
  version: number | null;
  /** 万元, January to the month before. */
  yearBefore: { fixedAsset: number; fundsInPlace: number };
  /** 万元, the month before (null: none entered). */
  lastMonth: { fixedAsset: number; fundsInPlace: number } | null;
  /** Whether this viewer may change the row (a member: their own leads; the group lead: all). */
  editable: boolean;
};

type Typed = Record<number, { fixedAsset: string; fundsInPlace: string }>;

const parse = (text: string) => (text.trim() === "" ? 0 : Number(text.replace(/[,，\s]/g, "")));
const isValid = (text: string) => text.trim() === "" || /^\d+$/.test(text.replace(/[,，\s]/g, ""));

/**
 * One group, one month: type the figures in 万元, Tab to the next cell, save once. Beside each cell the
 * lead's year to date (with what is typed) and last month's figure; the totals in 亿元. Rows the
 * viewer may not change are read-only and are not sent.
 */
export function MonthGrid({ taskGroupId, monthOn, rows, canEdit }: { taskGroupId: number; monthOn: string; rows: GridRow[]; canEdit: boolean }) {
  const t = useTranslations("figures");
  const locale = toLocale(useLocale());
  const router = useRouter();
  const notice = useNotice();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [typed, setTyped] = useState<Typed>(() =>
    Object.fromEntries(rows.map((r) => [r.leadId, { fixedAsset: r.fixedAsset?.toString() ?? "", fundsInPlace: r.fundsInPlace?.toString() ?? "" }])),
  );
  const invalid = rows.some((r) => !isValid(typed[r.leadId].fixedAsset) || !isValid(typed[r.leadId].fundsInPlace));
  const totals = useMemo(
    () =>
      rows.reduce(
        (sum, r) => ({
          fixedAsset: sum.fixedAsset + (isValid(typed[r.leadId].fixedAsset) ? parse(typed[r.leadId].fixedAsset) : 0),
          fundsInPlace: sum.fundsInPlace + (isValid(typed[r.leadId].fundsInPlace) ? parse(typed[r.leadId].fundsInPlace) : 0),
        }),
        { fixedAsset: 0, fundsInPlace: 0 },
      ),
    [rows, typed],
  );

  const save = () =>
    startTransition(async () => {
      setError(null);
      const result = await saveMonthFiguresAction({
        taskGroupId,
        monthOn,
        rows: rows.filter((r) => r.editable).map((r) => ({
          leadId: r.leadId,
          fixedAsset: parse(typed[r.leadId].fixedAsset),
          fundsInPlace: parse(typed[r.leadId].fundsInPlace),
          version: r.version,
        })),
      });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      notice.show("success", t("saved", { count: result.data.saved }));
      router.refresh();
    });

  const cellInput = (row: GridRow, field: "fixedAsset" | "fundsInPlace", label: string) => {
    const value = typed[row.leadId][field];
    const readOnly = !canEdit || !row.editable;
    const yearToDate = row.yearBefore[field] + (isValid(value) ? parse(value) : 0);
    return (
      <div className="flex flex-col items-end gap-0.5">
        <input
          aria-label={`${row.name} ${label}`}
          aria-invalid={!isValid(value)}
          inputMode="numeric"
          enterKeyHint="next"
          value={value}
          readOnly={readOnly}
          title={readOnly && canEdit ? t("notYours") : undefined}
          onChange={(e) => setTyped((all) => ({ ...all, [row.leadId]: { ...all[row.leadId], [field]: e.target.value } }))}
          className="w-28 rounded border border-slate-300 px-2 py-1.5 text-right tabular-nums aria-[invalid=true]:border-red-500 read-only:border-transparent read-only:bg-transparent"
        />
        {readOnly ? null : <WanInputHint value={value} className="mt-0 text-right" />}
        <span className="whitespace-nowrap text-xs tabular-nums text-slate-500" data-testid={`context-${field}-${row.leadId}`}>
          {t("yearToDate", { value: formatWan(yearToDate) })}
          {" · "}
          {row.lastMonth ? t("lastMonth", { value: formatWan(row.lastMonth[field]) }) : t("noLastMonth")}
        </span>
      </div>
    );
  };

  return (
    <div className="space-y-3">
      <div role="region" aria-label={t("caption")} tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className="px-3 py-2 text-left font-medium text-slate-600">{t("lead")}</th>
              <th scope="col" className="px-3 py-2 text-left font-medium text-slate-600">{t("stage")}</th>
              <th scope="col" className="px-3 py-2 text-right font-medium text-slate-600">{t("signedYi")}</th>
              <th scope="col" className="px-3 py-2 text-right font-medium text-slate-600">{t("fixedAsset")}</th>
              <th scope="col" className="px-3 py-2 text-right font-medium text-slate-600">{t("fundsInPlace")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={row.leadId} data-lead-id={row.leadId} data-editable={canEdit && row.editable ? "true" : "false"}>
                <td className="min-w-40 px-3 py-1.5">
                  <div className="font-medium">{row.name}</div>
                  <div className="text-xs text-slate-500">
                    {row.companyName}
                    {row.ownerName ? ` · ${t("owner")}：${row.ownerName}` : ""}
                  </div>
                </td>
                <td className="px-3 py-1.5"><StageBadge stage={row.stage} /></td>
                <td className="px-3 py-1.5 text-right tabular-nums">{row.signedInvestment === null ? "—" : formatMoneyFigure(row.signedInvestment, locale)}</td>
                <td className="px-3 py-1.5 text-right">{cellInput(row, "fixedAsset", t("fixedAsset"))}</td>
                <td className="px-3 py-1.5 text-right">{cellInput(row, "fundsInPlace", t("fundsInPlace"))}</td>
              </tr>
            ))}
          </tbody>
          <tfoot className="bg-slate-50 font-semibold">
            <tr>
              <th scope="row" colSpan={3} className="px-3 py-2 text-left">{t("totalYi")}</th>
              <td className="px-3 py-2 text-right tabular-nums">
                <span data-testid="total-fixed-asset">{formatMoneyFigure(totals.fixedAsset, locale)}</span> <span className="text-xs font-normal text-slate-600">{moneyHeading(locale)}</span>
              </td>
              <td className="px-3 py-2 text-right tabular-nums">
                <span data-testid="total-funds">{formatMoneyFigure(totals.fundsInPlace, locale)}</span> <span className="text-xs font-normal text-slate-600">{moneyHeading(locale)}</span>
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      {invalid ? <p className="text-sm text-red-700">{t("integersOnly")}</p> : null}
      {error ? <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">{error}</p> : null}
      {canEdit ? <p className="text-xs text-slate-500">{t("ownOnly")}</p> : null}
      {canEdit ? (
        <button
          type="button"
          onClick={save}
          disabled={isPending || invalid}
          className={primaryButton}
        >
          {t("save")}
        </button>
      ) : null}
    </div>
  );
}
