"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

export type ExistingCompany = { id: number; name: string; city: string | null; creditCode: string | null };

/** Asks the directory which company a new one would duplicate (same credit code or same name). */
export async function findExistingCompany(name: string, creditCode: string | null | undefined): Promise<ExistingCompany | null> {
  const params = new URLSearchParams({ name });
  if (creditCode) params.set("creditCode", creditCode);
  try {
    const response = await fetch(`/companies/lookup?${params}`, { cache: "no-store" });
    if (!response.ok) return null;
    const body = (await response.json()) as { duplicate: ExistingCompany | null };
    return body.duplicate;
  } catch {
    return null;
  }
}

/** "该企业已在客商库中：… [使用已有企业]": offered instead of creating a duplicate. */
export function DuplicateOffer({ company, action }: { company: ExistingCompany; action: ReactNode }) {
  const t = useTranslations("companies");
  return (
    <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-3 text-sm text-amber-900">
      <p className="font-medium">{t("duplicateOffer", { name: company.name })}</p>
      <p className="mt-0.5 text-xs text-amber-800">
        {[company.city, company.creditCode].filter(Boolean).join(" · ")}
      </p>
      <div className="mt-2">{action}</div>
    </div>
  );
}
