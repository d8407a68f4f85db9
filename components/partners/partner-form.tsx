"use client";
import { lazyZodResolver } from "@/components/form/lazy-resolver";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createPartnerAction, deletePartnerAction, updatePartnerAction } from "@/app/(crm)/partners/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field, Select } from "@/components/form/field";
import { useActionForm } from "@/components/form/use-action-form";
import { useNotice } from "@/components/ui/notice";
import { regionGroups, type RegionGroup } from "@/lib/domain/enums";
import type { partnerSchema } from "@/lib/validation/partner";
import { inputClass, primaryButton, textareaClass } from "@/components/form/styles";

const partnerResolver = lazyZodResolver(() => import("@/lib/validation/partner").then((m) => m.partnerSchema));

type Values = z.input<typeof partnerSchema>;
const fields = ["name", "regionGroup", "city", "description"] as const;

/** Creates a partner region, or edits (and deletes) one; an edit adds id and version (partnerUpdateSchema). */
export function PartnerForm({
  partner,
}: {
  partner?: { id: number; version: number; name: string; regionGroup: RegionGroup; city: string | null; description: string | null };
}) {
  const t = useTranslations();
  const router = useRouter();
  const notice = useNotice();
  const [isDeleting, startDelete] = useTransition();
  const form = useForm<Values, unknown, z.output<typeof partnerSchema>>({
    resolver: partnerResolver,
    defaultValues: {
      name: partner?.name ?? "",
      regionGroup: partner?.regionGroup ?? ("" as RegionGroup),
      city: partner?.city ?? "",
      description: partner?.description ?? "",
    },
  });
  const { errors, isSubmitting } = form.formState;
  const action = useActionForm(form, { fields, notifyError: true });
  const onSubmit = form.handleSubmit(async (values) => {
    await action.run(() => (partner ? updatePartnerAction({ ...values, id: partner.id, version: partner.version }) : createPartnerAction(values)), (data) => {
      router.push(`/partners/${data.id}`);
      return partner ? t("partners.saved") : t("partners.created", { name: values.name });
    });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={t("partners.name")} error={errors.name?.message} className="sm:col-span-3">
          {(a) => <input {...a} {...form.register("name")} placeholder={t("partners.namePlaceholder")} className={inputClass} />}
        </Field>
        <Field label={t("partners.regionGroup")} error={errors.regionGroup?.message}>
          {(a) => (
            <Select {...a} {...form.register("regionGroup")} placeholder={t("partners.chooseRegion")} options={regionGroups.map((r) => ({ value: r, label: t(`enum.region.${r}`) }))} />
          )}
        </Field>
        <Field label={t("partners.city")} error={errors.city?.message}>
          {(a) => <input {...a} {...form.register("city")} placeholder={t("partners.cityPlaceholder")} className={inputClass} />}
        </Field>
        <Field label={t("partners.description")} error={errors.description?.message} className="sm:col-span-3">
          {(a) => <textarea {...a} {...form.register("description")} rows={3} className={textareaClass} />}
        </Field>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <button type="submit" disabled={isSubmitting} className={primaryButton}>
          {partner ? t("actions.save") : t("partners.new")}
        </button>
        {partner ? (
          <ConfirmButton
            label={t("partners.deletePartner")}
            confirmLabel={t("partners.confirmDelete")}
            cancelLabel={t("actions.cancel")}
            hint={t("partners.deletePartnerHint")}
            disabled={isDeleting}
            onConfirm={() =>
              startDelete(async () => {
                const result = await deletePartnerAction({ id: partner.id, version: partner.version });
                if (!result.ok) {
                  notice.show("error", result.fieldErrors?.partner?.[0] ?? result.error);
                  return;
                }
                notice.show("success", t("partners.deleted", { name: partner.name }));
                router.push("/partners");
              })
            }
          />
        ) : null}
      </div>
    </form>
  );
}
