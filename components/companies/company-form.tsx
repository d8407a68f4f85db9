"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { type Resolver, useForm } from "react-hook-form";
import { createCompanyAction, updateCompanyAction } from "@/app/(crm)/companies/actions";
import { FormSection } from "@/components/form/field";
import { FormActions } from "@/components/form/actions";
import { callAction, showFieldErrors } from "@/components/form/submit";
import { useNotice } from "@/components/ui/notice";
import { companyCreateSchema, type CompanyFormValues, companyUpdateSchema } from "@/lib/validation/company";
import { CompanyFields, type IndustryOption } from "./company-fields";
import { DuplicateOffer, type ExistingCompany, findExistingCompany } from "./duplicate-offer";

type Values = CompanyFormValues & { id?: unknown; version?: unknown };
const fields = ["name", "creditCode", "industryId", "province", "city", "address", "description"] as const;

/** Creating or editing a company of the directory. A duplicate is refused and the existing company offered instead. */
export function CompanyForm({
  industries,
  initial,
  cancelHref,
}: {
  industries: IndustryOption[];
  initial?: Values & { id: number; version: number };
  cancelHref: string;
}) {
  const t = useTranslations();
  const router = useRouter();
  const notice = useNotice();
  const isEdit = Boolean(initial);
  const [formError, setFormError] = useState<string | null>(null);
  const [existing, setExisting] = useState<ExistingCompany | null>(null);
  const form = useForm<Values>({
    resolver: (isEdit ? zodResolver(companyUpdateSchema) : zodResolver(companyCreateSchema)) as unknown as Resolver<Values>,
    defaultValues: initial ?? { name: "", creditCode: "", industryId: "", province: "", city: "", address: "", description: "" },
  });
  const { register, handleSubmit, formState, setError } = form;

  const onSubmit = handleSubmit(async () => {
    setFormError(null);
    setExisting(null);
    const values = form.getValues();
    const result = isEdit
      ? await callAction(updateCompanyAction, values, t("formKit.network"))
      : await callAction(createCompanyAction, values, t("formKit.network"));
    if (result.ok) {
      notice.show("success", isEdit ? t("companies.saved") : t("companies.created", { name: String(values.name) }));
      router.push(`/companies/${result.data.id}`);
      router.refresh();
      return;
    }
    const shown = showFieldErrors(setError, result.fieldErrors, fields);
    if (result.fieldErrors?.name || result.fieldErrors?.creditCode) {
      const match = await findExistingCompany(String(values.name ?? ""), values.creditCode ? String(values.creditCode) : null);
      if (match && match.id !== initial?.id) setExisting(match);
    }
    setFormError(shown ? t("formKit.fixErrors") : result.error);
    notice.show("error", result.error);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="mx-auto max-w-2xl space-y-4">
      <FormSection title={t("companies.detail.basics")} id="company-basics">
        <CompanyFields idPrefix="company" register={register} errors={formState.errors} industries={industries} />
        {existing ? (
          <DuplicateOffer
            company={existing}
            action={
              <Link href={`/companies/${existing.id}`} className="inline-flex min-h-11 items-center rounded-md bg-amber-600 px-4 text-sm font-semibold text-white hover:bg-amber-700">
                {t("companies.useExisting")}
              </Link>
            }
          />
        ) : null}
      </FormSection>
      <FormActions error={formError} submitting={formState.isSubmitting} cancelHref={cancelHref} />
    </form>
  );
}
