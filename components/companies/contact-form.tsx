"use client";
import { lazyZodResolver } from "@/components/form/lazy-resolver";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type Resolver, useForm } from "react-hook-form";
import { createContactAction, updateContactAction } from "@/app/(crm)/companies/actions";
import { Field, FormAlert } from "@/components/form/field";
import { useActionForm } from "@/components/form/use-action-form";
import type { ContactFormValues } from "@/lib/validation/company";
import { inputClass, primaryButton, smallButton, textareaClass } from "@/components/form/styles";

const contactUpdateResolver = lazyZodResolver(() => import("@/lib/validation/company").then((m) => m.contactUpdateSchema));
const contactCreateResolver = lazyZodResolver(() => import("@/lib/validation/company").then((m) => m.contactCreateSchema));

type Values = ContactFormValues & { companyId?: unknown; id?: unknown; version?: unknown };
const fields = ["name", "title", "phone", "email", "notes"] as const;

/** Adding a person to a company, or correcting one (inline on the company page). */
export function ContactForm({
  companyId,
  initial,
  onDone,
}: {
  companyId: number;
  initial?: { id: number; version: number; name: string; title: string | null; phone: string | null; email: string | null; notes: string | null };
  onDone: () => void;
}) {
  const t = useTranslations();
  const router = useRouter();
  const isEdit = Boolean(initial);
  const form = useForm<Values>({
    resolver: (isEdit ? contactUpdateResolver : contactCreateResolver) as unknown as Resolver<Values>,
    defaultValues: initial
      ? { id: initial.id, version: initial.version, name: initial.name, title: initial.title ?? "", phone: initial.phone ?? "", email: initial.email ?? "", notes: initial.notes ?? "" }
      : { companyId, name: "", title: "", phone: "", email: "", notes: "" },
  });
  const { register, handleSubmit, formState } = form;
  const action = useActionForm(form, { fields, fixErrors: true });
  const errors = formState.errors;
  const prefix = initial ? `contact-${initial.id}` : "contact-new";

  const onSubmit = handleSubmit(async () => {
    const values = form.getValues();
    await action.run(
      () => (isEdit ? updateContactAction(values) : createContactAction(values)),
      () => {
        router.refresh();
        onDone();
        return t(isEdit ? "companies.detail.contactSaved" : "companies.detail.contactAdded", { name: String(values.name) });
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t(isEdit ? "companies.detail.editContact" : "companies.detail.addContact")} className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3">
      <div className="grid grid-cols-2 gap-3">
        <Field id={`${prefix}-name`} label={t("companies.contact.name")} required error={errors.name?.message}>
          {(a11y) => <input {...a11y} {...register("name")} autoComplete="off" enterKeyHint="next" className={inputClass} />}
        </Field>
        <Field id={`${prefix}-title`} label={t("companies.contact.title")} error={errors.title?.message}>
          {(a11y) => <input {...a11y} {...register("title")} autoComplete="off" enterKeyHint="next" className={inputClass} />}
        </Field>
        <Field id={`${prefix}-phone`} label={t("companies.contact.phone")} error={errors.phone?.message}>
          {(a11y) => <input {...a11y} {...register("phone")} type="tel" inputMode="tel" autoComplete="off" enterKeyHint="next" className={inputClass} />}
        </Field>
        <Field id={`${prefix}-email`} label={t("companies.contact.email")} error={errors.email?.message}>
          {(a11y) => <input {...a11y} {...register("email")} type="email" inputMode="email" autoComplete="off" enterKeyHint="next" className={inputClass} />}
        </Field>
      </div>
      <Field id={`${prefix}-notes`} label={t("companies.contact.notes")} error={errors.notes?.message}>
        {(a11y) => <textarea {...a11y} {...register("notes")} rows={2} className={textareaClass} />}
      </Field>
      <FormAlert message={action.error} />
      <div className="flex gap-2">
        <button type="submit" disabled={formState.isSubmitting} className={primaryButton}>
          {formState.isSubmitting ? t("formKit.saving") : t("actions.save")}
        </button>
        <button type="button" onClick={onDone} className={smallButton}>
          {t("actions.cancel")}
        </button>
      </div>
    </form>
  );
}
