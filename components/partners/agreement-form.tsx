"use client";
import { lazyZodResolver } from "@/components/form/lazy-resolver";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createAgreementAction, deleteAgreementAction, updateAgreementAction } from "@/app/(crm)/partners/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field, Select } from "@/components/form/field";
import { useActionForm } from "@/components/form/use-action-form";
import { useNotice } from "@/components/ui/notice";
import { agreementKinds, agreementStatuses, type AgreementKind, type AgreementStatus } from "@/lib/domain/enums";
import type { agreementSchema } from "@/lib/validation/partner";
import { inputClass, primaryButton, textareaClass } from "@/components/form/styles";

const agreementResolver = lazyZodResolver(() => import("@/lib/validation/partner").then((m) => m.agreementSchema));

type Values = z.input<typeof agreementSchema>;
const fields = ["title", "kind", "signedOn", "sectors", "signatories", "status", "notes"] as const;

export type AgreementFormData = {
  id: number;
  version: number;
  title: string;
  kind: AgreementKind;
  signedOn: string | null;
  sectors: string | null;
  signatories: string | null;
  status: AgreementStatus;
  notes: string | null;
};

/** Creates or edits (and deletes) an agreement of a partner; an edit adds id and version (agreementUpdateSchema). */
export function AgreementForm({ partnerId, agreement }: { partnerId: number; agreement?: AgreementFormData }) {
  const t = useTranslations();
  const router = useRouter();
  const notice = useNotice();
  const [isDeleting, startDelete] = useTransition();
  const form = useForm<Values, unknown, z.output<typeof agreementSchema>>({
    resolver: agreementResolver,
    defaultValues: {
      partnerId,
      title: agreement?.title ?? "",
      kind: agreement?.kind ?? ("" as AgreementKind),
      signedOn: agreement?.signedOn ?? "",
      sectors: agreement?.sectors ?? "",
      signatories: agreement?.signatories ?? "",
      status: agreement?.status ?? "signed",
      notes: agreement?.notes ?? "",
    },
  });
  const { errors, isSubmitting } = form.formState;
  const action = useActionForm(form, { fields, notifyError: true });
  const onSubmit = form.handleSubmit(async (values) => {
    await action.run(() => (agreement ? updateAgreementAction({ ...values, id: agreement.id, version: agreement.version }) : createAgreementAction(values)), () => {
      router.push(`/partners/${partnerId}`);
      return agreement ? t("partners.agreement.saved") : t("partners.agreement.created", { title: values.title });
    });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={t("partners.agreement.title")} error={errors.title?.message} className="sm:col-span-3">
          {(a) => <input {...a} {...form.register("title")} placeholder={t("partners.agreement.titlePlaceholder")} className={inputClass} />}
        </Field>
        <Field label={t("partners.agreement.kind")} error={errors.kind?.message}>
          {(a) => (
            <Select {...a} {...form.register("kind")} placeholder={t("partners.agreement.chooseKind")} options={agreementKinds.map((k) => ({ value: k, label: t(`enum.agreementKind.${k}`) }))} />
          )}
        </Field>
        <Field label={t("partners.agreement.status")} error={errors.status?.message}>
          {(a) => (
            <Select {...a} {...form.register("status")} options={agreementStatuses.map((s) => ({ value: s, label: t(`enum.agreementStatus.${s}`) }))} />
          )}
        </Field>
        <Field label={t("partners.agreement.signedOn")} error={errors.signedOn?.message}>
          {(a) => <input {...a} type="date" {...form.register("signedOn")} className={inputClass} />}
        </Field>
        <Field label={t("partners.agreement.sectors")} error={errors.sectors?.message} className="sm:col-span-3">
          {(a) => <input {...a} {...form.register("sectors")} placeholder={t("partners.agreement.sectorsPlaceholder")} className={inputClass} />}
        </Field>
        <Field label={t("partners.agreement.signatories")} error={errors.signatories?.message} className="sm:col-span-3">
          {(a) => <input {...a} {...form.register("signatories")} placeholder={t("partners.agreement.signatoriesPlaceholder")} className={inputClass} />}
        </Field>
        <Field label={t("partners.agreement.notes")} error={errors.notes?.message} className="sm:col-span-3">
          {(a) => <textarea {...a} {...form.register("notes")} rows={3} className={textareaClass} />}
        </Field>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <button type="submit" disabled={isSubmitting} className={primaryButton}>
          {agreement ? t("actions.save") : t("partners.agreement.new")}
        </button>
        {agreement ? (
          <ConfirmButton
            label={t("partners.agreement.delete")}
            confirmLabel={t("partners.confirmDelete")}
            cancelLabel={t("actions.cancel")}
            hint={t("partners.agreement.deleteHint")}
            disabled={isDeleting}
            onConfirm={() =>
              startDelete(async () => {
                const result = await deleteAgreementAction({ id: agreement.id, version: agreement.version });
                if (!result.ok) {
                  notice.show("error", result.fieldErrors?.agreement?.[0] ?? result.error);
                  return;
                }
                notice.show("success", t("partners.agreement.deleted", { title: agreement.title }));
                router.push(`/partners/${partnerId}`);
              })
            }
          />
        ) : null}
      </div>
    </form>
  );
}
