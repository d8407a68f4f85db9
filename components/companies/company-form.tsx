"use client";
import { lazyZodResolver } from "@/components/form/lazy-resolver";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { type Resolver, useForm } from "react-hook-form";
import { createCompanyAction, updateCompanyAction } from "@/app/(crm)/companies/actions";
import { FormSection } from "@/components/form/field";
import { FormActions } from "@/components/form/actions";
import { useActionForm } from "@/components/form/use-action-form";
import type { CompanyFormValues } from "@/lib/validation/company";
import { CompanyFields, type IndustryOption } from "./company-fields";
import { DuplicateOffer, type ExistingCompany, findExistingCompany } from "./duplicate-offer";

const companyUpdateResolver = lazyZodResolver(() => import("@/lib/validation/company").then((m) => m.companyUpdateSchema));
const companyCreateResolver = lazyZodResolver(() => import("@/lib/validation/company").then((m) => m.companyCreateSchema));

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
  const isEdit = Boolean(initial);
  const [existing, setExisting] = useState<ExistingCompany | null>(null);
  const form = useForm<Values>({
    resolver: (isEdit ? companyUpdateResolver : companyCreateResolver) as unknown as Resolver<Values>,
    defaultValues: initial ?? { name: "", creditCode: "", industryId: "", province: "", city: "", address: "", description: "" },
  });
  const { register, handleSubmit, formState } = form;
  const action = useActionForm(form, { fields, fixErrors: true });

  const onSubmit = handleSubmit(async () => {
    setExisting(null);
    const values = form.getValues();
    const result = await action.run<{ id: number }>(
      () => (isEdit ? updateCompanyAction(values) : createCompanyAction(values)),
      (data) => {
        router.push(`/companies/${data.id}`);
        router.refresh();
        return isEdit ? t("companies.saved") : t("companies.created", { name: String(values.name) });
      },
    );
    if (!result.ok && (result.fieldErrors?.name || result.fieldErrors?.creditCode)) {
      const match = await findExistingCompany(String(values.name ?? ""), values.creditCode ? String(values.creditCode) : null);
      if (match && match.id !== initial?.id) setExisting(match);
    }
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
      <FormActions error={action.error} submitting={formState.isSubmitting} cancelHref={cancelHref} />
    </form>
  );
}
