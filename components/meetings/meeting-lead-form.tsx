"use client";
import { lazyZodResolver } from "@/components/form/lazy-resolver";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { WatchedWanHint } from "@/components/form/wan-input-hint";
import type { z } from "zod";
import { createLeadAction } from "@/app/(crm)/leads/actions";
import { Field, FormSection, choicesOf, Select } from "@/components/form/field";
import { FormActions } from "@/components/form/actions";
import { useActionForm } from "@/components/form/use-action-form";
import { leadSources } from "@/lib/domain/enums";
import type { leadCreateSchema } from "@/lib/validation/lead";
import { inputClass, textareaClass } from "@/components/form/styles";

const leadCreateResolver = lazyZodResolver(() => import("@/lib/validation/lead").then((m) => m.leadCreateSchema));

type Values = z.input<typeof leadCreateSchema>;
type Option = { id: number; name: string };
type GroupOption = Option & { people: { id: number; name: string; title: string | null; isLead: boolean }[] };

const fields = ["name", "taskGroupId", "ownerId", "districtId", "industryId", "source", "plannedInvestment", "nextFollowUpOn", "description"] as const;

/**
 * A lead made from a meeting, filled in from it: company, source, trip and leader. The secretary
 * picks the task group (and may pick the owner). It is saved by the one lead-creation action of
 * the leads feature, with the meeting as the lead's origin, and opens the new lead.
 */
export function MeetingLeadForm({
  meetingId,
  companyName,
  tripTitle,
  leaderName,
  groups,
  districts,
  industries,
  defaults,
}: {
  meetingId: number;
  companyName: string;
  tripTitle: string | null;
  leaderName: string | null;
  groups: GroupOption[];
  districts: Option[];
  industries: Option[];
  defaults: Values;
}) {
  const t = useTranslations();
  const router = useRouter();
  const form = useForm<Values>({ resolver: leadCreateResolver, defaultValues: defaults });
  const { register, handleSubmit, formState, watch } = form;
  const action = useActionForm(form, { fields, fixErrors: true, scope: "meeting-lead-form" });
  const errors = formState.errors;
  const group = groups.find((g) => g.id === Number(watch("taskGroupId")));

  // A refusal of what the form filled in from the meeting (its company, trip or leader) has no
  // field to sit beside: its message is the form's.
  const onSubmit = handleSubmit(async () => {
    const values = form.getValues();
    await action.run(
      () => createLeadAction(values),
      (data) => {
        // Straight to the new lead, which links back to this meeting and its trip.
        router.push(`/leads/${data.id}`);
        return t("meetings.lead.created", { name: String(values.name) });
      },
    );
  }, action.onInvalid);

  return (
    <form id="meeting-lead-form" onSubmit={onSubmit} noValidate className="mx-auto max-w-2xl space-y-4">
      <FormSection title={t("meetings.lead.origin")} id="lead-origin">
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1.5 text-sm">
          <dt className="text-slate-600">{t("meetings.lead.company")}</dt>
          <dd className="font-medium">{companyName}</dd>
          <dt className="text-slate-600">{t("meetings.lead.trip")}</dt>
          <dd>{tripTitle ?? t("meetings.noTrip")}</dd>
          <dt className="text-slate-600">{t("meetings.lead.leader")}</dt>
          <dd>{leaderName ?? "—"}</dd>
        </dl>
      </FormSection>
      <FormSection title={t("meetings.lead.project")} id="lead-project">
        <Field id="lead-name" label={t("meetings.lead.name")} required error={errors.name?.message}>
          {(a11y) => <input {...a11y} {...register("name")} enterKeyHint="next" className={inputClass} />}
        </Field>
        <Field id="lead-group" label={t("meetings.lead.group")} required error={errors.taskGroupId?.message}>
          {(a11y) => (
            <Select
              {...a11y}
              {...register("taskGroupId", { onChange: () => form.setValue("ownerId", "") })}
              placeholder={t("meetings.lead.groupPlaceholder")}
              options={choicesOf(groups)}
            />
          )}
        </Field>
        <Field id="lead-owner" label={t("meetings.lead.owner")} hint={t("meetings.lead.ownerHint")} error={errors.ownerId?.message}>
          {(a11y) => (
            <select {...a11y} {...register("ownerId")} disabled={!group} className={inputClass}>
              <option value="">{t("meetings.lead.ownerDefault")}</option>
              {group?.people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                  {p.title ? `（${p.title}）` : ""}
                  {p.isLead ? ` · ${t("meetings.lead.groupLead")}` : ""}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="grid grid-cols-2 gap-3">
          <Field id="lead-source" label={t("meetings.lead.source")} required error={errors.source?.message}>
            {(a11y) => (
              <Select {...a11y} {...register("source")} options={leadSources.map((s) => ({ value: s, label: t(`enum.source.${s}`) }))} />
            )}
          </Field>
          <Field id="lead-industry" label={t("meetings.lead.industry")} error={errors.industryId?.message}>
            {(a11y) => (
              <Select {...a11y} {...register("industryId")} placeholder={t("meetings.lead.industryNone")} options={choicesOf(industries)} />
            )}
          </Field>
          <Field id="lead-district" label={t("meetings.lead.district")} error={errors.districtId?.message}>
            {(a11y) => (
              <Select {...a11y} {...register("districtId")} placeholder={t("meetings.lead.districtNone")} options={choicesOf(districts)} />
            )}
          </Field>
          <Field id="lead-planned" label={t("meetings.lead.planned")} error={errors.plannedInvestment?.message}>
            {(a11y) => (
              <>
                <input {...a11y} {...register("plannedInvestment")} inputMode="numeric" pattern="[0-9]*" enterKeyHint="next" className={inputClass} />
                <WatchedWanHint control={form.control} name="plannedInvestment" />
              </>
            )}
          </Field>
        </div>
        <Field id="lead-follow-up" label={t("meetings.lead.nextFollowUpOn")} error={errors.nextFollowUpOn?.message}>
          {(a11y) => <input {...a11y} {...register("nextFollowUpOn")} type="date" className={inputClass} />}
        </Field>
        <Field id="lead-description" label={t("meetings.lead.description")} error={errors.description?.message}>
          {(a11y) => <textarea {...a11y} {...register("description")} rows={5} className={textareaClass} />}
        </Field>
      </FormSection>
      <FormActions error={action.error} submitting={formState.isSubmitting} submitLabel={t("meetings.lead.submit")} cancelHref={`/meetings/${meetingId}`} />
    </form>
  );
}
