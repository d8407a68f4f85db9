"use client";
import { useLocale, useTranslations } from "next-intl";
import { type Control, type FieldPath, type FieldValues, useWatch } from "react-hook-form";
import { toLocale } from "@/i18n/locales";
import { formatMoney, parseWanInput } from "@/lib/format";

/**
 * Under a 万元 field, what the typed figure reads as ("= 1.23 亿元", "= 123.5 m CNY"), as it is
 * typed. Empty (but holding its line, so nothing jumps) while the field holds no whole number.
 */
export function WanInputHint({ value, className = "" }: { value: unknown; className?: string }) {
  const t = useTranslations("formKit");
  const locale = toLocale(useLocale());
  const wan = parseWanInput(typeof value === "number" || typeof value === "string" ? value : null);
  return (
    <p data-testid="wan-hint" className={`mt-1 min-h-4 text-xs leading-4 tabular-nums text-slate-700 ${className}`}>
      {wan === null ? "" : t("wanHint", { amount: formatMoney(wan, locale) })}
    </p>
  );
}

/** The hint of a react-hook-form field, watching it by name. */
export function WatchedWanHint<T extends FieldValues>({ control, name, className }: { control: Control<T>; name: FieldPath<T>; className?: string }) {
  const value = useWatch({ control, name });
  return <WanInputHint value={value} className={className} />;
}
