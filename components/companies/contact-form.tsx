"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { type Resolver, useForm } from "react-hook-form";
import { createContactAction, updateContactAction } from "@/app/(crm)/companies/actions";
import { Field, inputClass, textareaClass } from "@/components/form-kit/field";
import { smallButtonClass } from "@/components/form-kit/sticky-actions";
import { callAction, showFieldErrors } from "@/components/form-kit/submit";
import { useNotice } from "@/components/ui/notice";
import { useFieldMessage } from "@/components/ui/use-field-message";
import { contactCreateSchema, type ContactFormValues, contactUpdateSchema } from "@/lib/validation/company";

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
  const msg = useFieldMessage();
  const router = useRouter();
  const notice = useNotice();
  const isEdit = Boolean(initial);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    resolver: (isEdit ? zodResolver(contactUpdateSchema) : zodResolver(contactCreateSchema)) as unknown as Resolver<Values>,
    defaultValues: initial
      ? { id: initial.id, version: initial.version, name: initial.name, title: initial.title ?? "", phone: initial.phone ?? "", email: initial.email ?? "", notes: initial.notes ?? "" }
      : { companyId, name: "", title: "", phone: "", email: "", notes: "" },
  });
  const { register, handleSubmit, formState, setError } = form;
  const errors = formState.errors;
  const prefix = initial ? `contact-${initial.id}` : "contact-new";

  const onSubmit = handleSubmit(async () => {
    setFormError(null);
    const values = form.getValues();
    const result = isEdit
      ? await callAction(updateContactAction, values, t("formKit.network"))
      : await callAction(createContactAction, values, t("formKit.network"));
    if (result.ok) {
      notice.show("success", t(isEdit ? "companies.detail.contactSaved" : "companies.detail.contactAdded", { name: String(values.name) }));
      router.refresh();
      onDone();
      return;
    }
    const shown = showFieldErrors(setError, result.fieldErrors, fields);
    setFormError(shown ? t("formKit.fixErrors") : result.error);
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t(isEdit ? "companies.detail.editContact" : "companies.detail.addContact")} className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3">
      <div className="grid grid-cols-2 gap-3">
        <Field id={`${prefix}-name`} label={t("companies.contact.name")} required error={msg(errors.name?.message)}>
          {(a11y) => <input {...a11y} {...register("name")} autoComplete="off" enterKeyHint="next" className={inputClass} />}
        </Field>
        <Field id={`${prefix}-title`} label={t("companies.contact.title")} error={msg(errors.title?.message)}>
          {(a11y) => <input {...a11y} {...register("title")} autoComplete="off" enterKeyHint="next" className={inputClass} />}
        </Field>
        <Field id={`${prefix}-phone`} label={t("companies.contact.phone")} error={msg(errors.phone?.message)}>
          {(a11y) => <input {...a11y} {...register("phone")} type="tel" inputMode="tel" autoComplete="off" enterKeyHint="next" className={inputClass} />}
        </Field>
        <Field id={`${prefix}-email`} label={t("companies.contact.email")} error={msg(errors.email?.message)}>
          {(a11y) => <input {...a11y} {...register("email")} type="email" inputMode="email" autoComplete="off" enterKeyHint="next" className={inputClass} />}
        </Field>
      </div>
      <Field id={`${prefix}-notes`} label={t("companies.contact.notes")} error={msg(errors.notes?.message)}>
        {(a11y) => <textarea {...a11y} {...register("notes")} rows={2} className={textareaClass} />}
      </Field>
      {formError ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {formError}
        </p>
      ) : null}
      <div className="flex gap-2">
        <button type="submit" disabled={formState.isSubmitting} className="inline-flex min-h-11 items-center rounded-md bg-brand-600 px-4 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
          {formState.isSubmitting ? t("formKit.saving") : t("actions.save")}
        </button>
        <button type="button" onClick={onDone} className={smallButtonClass}>
          {t("actions.cancel")}
        </button>
      </div>
    </form>
  );
}
