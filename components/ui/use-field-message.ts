"use client";
import { useTranslations } from "next-intl";

/** Shows a validation message: message keys ("validation.required") are translated, plain text is kept. */
export function useFieldMessage() {
  const t = useTranslations();
  return (message: string | undefined) => (message ? (t.has(message as never) ? t(message as never) : message) : undefined);
}
