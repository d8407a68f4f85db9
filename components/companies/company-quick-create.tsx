"use client";
import { lazyZodResolver } from "@/components/form/lazy-resolver";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { createCompanyAction } from "@/app/(crm)/companies/actions";
import { FormAlert } from "@/components/form/field";
import { primaryButton, smallButton } from "@/components/form/styles";
import { useActionForm } from "@/components/form/use-action-form";
import type { CompanyFormValues } from "@/lib/validation/company";
import { CompanyFields, type IndustryOption } from "./company-fields";
import type { PickedCompany } from "./company-picker";
import { DuplicateOffer, type ExistingCompany, findExistingCompany } from "./duplicate-offer";

const companyCreateResolver = lazyZodResolver(() => import("@/lib/validation/company").then((m) => m.companyCreateSchema));

const companyFields = ["name", "creditCode", "industryId", "province", "city", "address", "description"] as const;

/** The create-in-place panel: a company made without leaving the form it is picked in (which keeps its values). */
export function CompanyQuickCreate({
  initialName,
  industries,
  onCancel,
  onDone,
}: {
  initialName: string;
  industries: IndustryOption[];
  onCancel: () => void;
  onDone: (company: PickedCompany) => void;
}) {
  const t = useTranslations();
  const [existing, setExisting] = useState<ExistingCompany | null>(null);
  const form = useForm<CompanyFormValues>({
    resolver: companyCreateResolver,
    defaultValues: { name: initialName, creditCode: "", industryId: "", province: "", city: "", address: "", description: "" },
  });
  const { register, formState, handleSubmit } = form;
  const action = useActionForm(form, { fields: companyFields, scope: "quick-company" });

  const save = handleSubmit(async () => {
    setExisting(null);
    const values = form.getValues();
    const result = await action.run(
      () => createCompanyAction(values),
      (data) => onDone({ id: data.id, name: data.name, city: values.city ? String(values.city) : null }),
    );
    if (!result.ok && (result.fieldErrors?.name || result.fieldErrors?.creditCode)) {
      setExisting(await findExistingCompany(String(values.name ?? ""), values.creditCode ? String(values.creditCode) : null));
    }
  });

  return (
    // Not a <form>: it sits inside the meeting form. Enter in its fields saves the company, not the meeting.
    <div
     
      role="group"
      aria-labelledby="quick-company-title"
      className="space-y-4 rounded-md border border-brand-100 bg-brand-50/50 p-3"
      onKeyDown={(event) => {
        if (event.key === "Enter" && event.target instanceof HTMLInputElement) {
          event.preventDefault();
          void save();
        }
      }}
    >
      <h3 id="quick-company-title" className="text-sm font-semibold text-brand-800">
        {t("companies.quickCreate.title")}
      </h3>
      <CompanyFields idPrefix="quick-company" register={register} errors={formState.errors} industries={industries} full={false} />
      {existing ? (
        <DuplicateOffer
          company={existing}
          action={
            <button
              type="button"
              onClick={() => onDone({ id: existing.id, name: existing.name, city: existing.city })}
              className="inline-flex min-h-11 items-center rounded-md bg-amber-600 px-4 text-sm font-semibold text-white hover:bg-amber-700"
            >
              {t("companies.useExisting")}
            </button>
          }
        />
      ) : null}
      <FormAlert message={action.error} />
      <div className="flex gap-3">
        <button
          type="button"
          onClick={() => void save()}
          disabled={formState.isSubmitting}
          className={`${primaryButton} flex-1`}
        >
          {formState.isSubmitting ? t("formKit.saving") : t("companies.quickCreate.save")}
        </button>
        <button type="button" onClick={onCancel} className={smallButton}>
          {t("actions.cancel")}
        </button>
      </div>
    </div>
  );
}
