"use client";
import { lazyZodResolver } from "@/components/form/lazy-resolver";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { updateLeadAction } from "@/app/(crm)/leads/actions";
import { DialogActions } from "@/components/form/actions";
import { Field, choicesOf, Select } from "@/components/form/field";
import { useActionForm } from "@/components/form/use-action-form";
import { WatchedWanHint } from "@/components/form/wan-input-hint";
import { Dialog } from "@/components/ui/dialog";
import { leadSources, type LeadSource, type Stage } from "@/lib/domain/enums";
import { isSignedStage } from "@/lib/domain/pipeline";
import { toIsoDate } from "@/lib/format";
import type { leadUpdateSchema } from "@/lib/validation/lead";
import { inputClass, textareaClass } from "@/components/form/styles";

const leadUpdateResolver = lazyZodResolver(() => import("@/lib/validation/lead").then((m) => m.leadUpdateSchema));

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
  agreementId: number | null;
  description: string | null;
};

export type LeadFormOptions = { districts: Option[]; industries: Option[]; leaders: Option[]; agreements: Option[] };

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
  const signed = isSignedStage(lead.stage);
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: leadUpdateResolver,
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
      agreementId: lead.agreementId ?? "",
      description: lead.description ?? "",
    },
  });
  const { register, handleSubmit, formState } = form;
  const action = useActionForm(form);
  const error = (name: keyof FormInput) => formState.errors[name]?.message;
  // The version shown now: after 刷新 it is the latest one, and what was typed stays.
  const submit = handleSubmit((values) =>
    action.run(() => updateLeadAction({ ...values, version: lead.version }), () => {
      onClose();
      return t("leads.edit.done");
    }),
  );
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <Field id="edit-name" label={t("leads.name")} error={error("name")} required>
        {(a11y) => <input {...a11y} {...register("name")} className={inputClass} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="edit-source" label={t("leads.source")} error={error("source")} required>
          {(a11y) => (
            <Select {...a11y} {...register("source")} options={leadSources.map((s) => ({ value: s, label: t(`enum.source.${s}`) }))} />
          )}
        </Field>
        <Field id="edit-district" label={t("leads.district")} error={error("districtId")}>
          {(a11y) => (
            <Select {...a11y} {...register("districtId")} placeholder={t("leads.none")} options={choicesOf(options.districts)} />
          )}
        </Field>
        <Field id="edit-industry" label={t("leads.industry")} error={error("industryId")}>
          {(a11y) => (
            <Select {...a11y} {...register("industryId")} placeholder={t("leads.none")} options={choicesOf(options.industries)} />
          )}
        </Field>
        <Field id="edit-leader" label={t("leads.leader")} error={error("leaderId")}>
          {(a11y) => (
            <select {...a11y} {...register("leaderId")} className={inputClass}>
              <option value="">{t("leads.none")}</option>
              {options.leaders.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                  {o.title ? `（${o.title}）` : ""}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="edit-agreement" label={t("leads.agreement")} error={error("agreementId")}>
          {(a11y) => (
            <Select {...a11y} {...register("agreementId")} placeholder={t("leads.none")} options={choicesOf(options.agreements)} />
          )}
        </Field>
        <Field id="edit-planned" label={t("leads.plannedWan")} error={error("plannedInvestment")}>
          {(a11y) => (
            <>
              <input {...a11y} type="number" inputMode="numeric" min={0} step={1} {...register("plannedInvestment")} className={inputClass} />
              <WatchedWanHint control={form.control} name="plannedInvestment" />
            </>
          )}
        </Field>
        {signed ? (
          <>
            <Field id="edit-signed" label={t("leads.signedWan")} error={error("signedInvestment")} required>
              {(a11y) => (
                <>
                  <input {...a11y} type="number" inputMode="numeric" min={1} step={1} {...register("signedInvestment")} className={inputClass} />
                  <WatchedWanHint control={form.control} name="signedInvestment" />
                </>
              )}
            </Field>
            <Field id="edit-signed-on" label={t("leads.signedOn")} error={error("signedOn")} required>
              {(a11y) => <input {...a11y} type="date" max={toIsoDate(new Date())} {...register("signedOn")} className={inputClass} />}
            </Field>
          </>
        ) : null}
      </div>
      <Field id="edit-description" label={t("leads.description")} error={error("description")}>
        {(a11y) => <textarea {...a11y} rows={4} {...register("description")} className={textareaClass} />}
      </Field>
      <DialogActions error={action.error} conflict={action.conflict} pending={action.pending} onCancel={onClose} />
    </form>
  );
}
