"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { updateLeadAction } from "@/app/(crm)/leads/actions";
import { Dialog } from "@/components/ui/dialog";
import { Field, FormAlert, fieldProps, inputClass, primaryButton, secondaryButton } from "@/components/ui/field";
import { useNotice } from "@/components/ui/notice";
import { useFieldMessage } from "@/components/ui/use-field-message";
import { leadSources, type LeadSource, type Stage } from "@/lib/domain/enums";
import { isSignedStage } from "@/lib/domain/pipeline";
import { toIsoDate } from "@/lib/format";
import { leadUpdateSchema } from "@/lib/validation/lead";

type FormInput = z.input<typeof leadUpdateSchema>;
type FormOutput = z.output<typeof leadUpdateSchema>;
type Option = { id: number; name: string; title?: string | null };

export type EditableLead = {
  id: number;
  version: number;
  name: string;
  stage: Stage;
  districtId: number | null;
  industryId: number | null;
  source: LeadSource;
  plannedInvestment: number | null;
  signedInvestment: number | null;
  signedOn: string | null;
  leaderId: number | null;
  description: string | null;
};

export type LeadFormOptions = { districts: Option[]; industries: Option[]; leaders: Option[] };

export function LeadEditDialog({
  lead,
  options,
  open,
  onClose,
}: {
  lead: EditableLead;
  options: LeadFormOptions;
  open: boolean;
  onClose: () => void;
}) {
  const t = useTranslations();
  return (
    <Dialog open={open} onClose={onClose} title={t("leads.edit.title")} description={lead.name}>
      <LeadEditForm lead={lead} options={options} onClose={onClose} />
    </Dialog>
  );
}

function LeadEditForm({ lead, options, onClose }: { lead: EditableLead; options: LeadFormOptions; onClose: () => void }) {
  const t = useTranslations();
  const fieldMessage = useFieldMessage();
  const notice = useNotice();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [formError, setFormError] = useState<{ text: string; isConflict: boolean } | null>(null);
  const signed = isSignedStage(lead.stage);
  const { register, handleSubmit, setError, formState } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(leadUpdateSchema),
    defaultValues: {
      leadId: lead.id,
      version: lead.version,
      name: lead.name,
      districtId: lead.districtId ?? "",
      industryId: lead.industryId ?? "",
      source: lead.source,
      plannedInvestment: lead.plannedInvestment ?? "",
      signedInvestment: lead.signedInvestment ?? "",
      signedOn: lead.signedOn ?? "",
      leaderId: lead.leaderId ?? "",
      description: lead.description ?? "",
    },
  });
  const error = (name: keyof FormInput) => fieldMessage(formState.errors[name]?.message);
  const submit = handleSubmit((values) => {
    setFormError(null);
    startTransition(async () => {
      // The version shown now: after 刷新 it is the latest one, and what was typed stays.
      const result = await updateLeadAction({ ...values, version: lead.version });
      if (result.ok) {
        notice.show("success", t("leads.edit.done"));
        onClose();
        return;
      }
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (field in values) setError(field as keyof FormInput, { message: messages[0] }, { shouldFocus: true });
      }
      if (result.code !== "invalid") setFormError({ text: result.error, isConflict: result.code === "conflict" });
    });
  });
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <Field id="edit-name" label={t("leads.name")} error={error("name")} required>
        <input {...register("name")} {...fieldProps("edit-name", error("name"))} className={inputClass} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="edit-source" label={t("leads.source")} error={error("source")} required>
          <select {...register("source")} {...fieldProps("edit-source", error("source"))} className={inputClass}>
            {leadSources.map((s) => (
              <option key={s} value={s}>
                {t(`enum.source.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="edit-district" label={t("leads.district")} error={error("districtId")}>
          <select {...register("districtId")} {...fieldProps("edit-district", error("districtId"))} className={inputClass}>
            <option value="">{t("leads.none")}</option>
            {options.districts.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="edit-industry" label={t("leads.industry")} error={error("industryId")}>
          <select {...register("industryId")} {...fieldProps("edit-industry", error("industryId"))} className={inputClass}>
            <option value="">{t("leads.none")}</option>
            {options.industries.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="edit-leader" label={t("leads.leader")} error={error("leaderId")}>
          <select {...register("leaderId")} {...fieldProps("edit-leader", error("leaderId"))} className={inputClass}>
            <option value="">{t("leads.none")}</option>
            {options.leaders.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
                {o.title ? `（${o.title}）` : ""}
              </option>
            ))}
          </select>
        </Field>
        <Field id="edit-planned" label={t("leads.plannedWan")} error={error("plannedInvestment")}>
          <input type="number" inputMode="numeric" min={0} step={1} {...register("plannedInvestment")} {...fieldProps("edit-planned", error("plannedInvestment"))} className={inputClass} />
        </Field>
        {signed ? (
          <>
            <Field id="edit-signed" label={t("leads.signedWan")} error={error("signedInvestment")} required>
              <input type="number" inputMode="numeric" min={1} step={1} {...register("signedInvestment")} {...fieldProps("edit-signed", error("signedInvestment"))} className={inputClass} />
            </Field>
            <Field id="edit-signed-on" label={t("leads.signedOn")} error={error("signedOn")} required>
              <input type="date" max={toIsoDate(new Date())} {...register("signedOn")} {...fieldProps("edit-signed-on", error("signedOn"))} className={inputClass} />
            </Field>
          </>
        ) : null}
      </div>
      <Field id="edit-description" label={t("leads.description")} error={error("description")}>
        <textarea rows={4} {...register("description")} {...fieldProps("edit-description", error("description"))} className={inputClass} />
      </Field>
      <FormAlert message={formError?.text ?? null} />
      <div className="flex flex-wrap justify-end gap-2">
        {formError?.isConflict ? (
          <button type="button" className={secondaryButton} onClick={() => startTransition(() => router.refresh())}>
            {t("leads.refresh")}
          </button>
        ) : null}
        <button type="button" className={secondaryButton} onClick={onClose}>
          {t("actions.cancel")}
        </button>
        <button type="submit" className={primaryButton} disabled={isPending}>
          {isPending ? t("leads.saving") : t("actions.save")}
        </button>
      </div>
    </form>
  );
}
