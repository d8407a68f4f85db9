"use client";
import { lazyZodResolver } from "@/components/form/lazy-resolver";
import { useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { addLeadLogAction } from "@/app/(crm)/leads/actions";
import { Field, FormAlert, Select } from "@/components/form/field";
import { useActionForm } from "@/components/form/use-action-form";
import { toIsoDate } from "@/lib/format";
import { answerLimits } from "@/lib/domain/enums";
import type { leadLogSchema, LogKind } from "@/lib/validation/lead";
import { inputClass, primaryButton, textareaClass } from "@/components/form/styles";

const leadLogResolver = lazyZodResolver(() => import("@/lib/validation/lead").then((m) => m.leadLogSchema));

type FormInput = z.input<typeof leadLogSchema>;
type FormOutput = z.output<typeof leadLogSchema>;

const teamKinds: LogKind[] = ["follow_up", "visit", "call", "note"];

/**
 * Adds a progress entry with the next follow-up date, or (for a city leader) an instruction 批示.
 * The date field starts with the lead's current follow-up date when it is still ahead.
 */
export function LogForm({
  leadId,
  mode,
  nextFollowUpOn,
}: {
  leadId: number;
  mode: "team" | "instruction";
  nextFollowUpOn: string | null;
}) {
  const t = useTranslations();
  const today = toIsoDate(new Date());
  const defaults: FormInput = {
    leadId,
    kind: mode === "instruction" ? "instruction" : "follow_up",
    body: "",
    nextFollowUpOn: nextFollowUpOn && nextFollowUpOn >= today ? nextFollowUpOn : "",
    answerWithin: "",
    answerBy: "",
  };
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: leadLogResolver,
    defaultValues: defaults,
  });
  const { register, handleSubmit, setError, formState, reset, control } = form;
  const answerWithin = useWatch({ control, name: "answerWithin" });
  const action = useActionForm(form, { scope: `log-form-${mode}` });
  const error = (name: keyof FormInput) => formState.errors[name]?.message;
  const submit = handleSubmit((values) => {
    action.setFormError(null);
    if (mode === "team" && values.nextFollowUpOn && values.nextFollowUpOn < today) {
      setError("nextFollowUpOn", { message: "leads.followUpPast" }, { shouldFocus: true });
      return;
    }
    return action.run(() => addLeadLogAction(values), () => {
      reset({ ...defaults, kind: values.kind, nextFollowUpOn: values.nextFollowUpOn ?? "" });
      return t(mode === "instruction" ? "leads.log.instructed" : "leads.log.done");
    });
  });
  const heading = mode === "instruction" ? t("leads.log.instructionTitle") : t("leads.log.title");
  return (
    <form id={`log-form-${mode}`} onSubmit={submit} noValidate aria-label={heading} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="text-base font-semibold">{heading}</h2>
      {mode === "team" ? (
        <Field id="log-kind" label={t("leads.log.kind")} error={error("kind")}>
          {(a11y) => (
            <Select {...a11y} {...register("kind")} options={teamKinds.map((k) => ({ value: k, label: t(`enum.leadEventKind.${k}`) }))} />
          )}
        </Field>
      ) : null}
      <Field id="log-body" label={mode === "instruction" ? t("leads.log.instruction") : t("leads.log.body")} error={error("body")} required>
        {(a11y) => <textarea {...a11y} rows={3} {...register("body")} className={textareaClass} />}
      </Field>
      {mode === "team" ? (
        <Field id="log-next" label={t("leads.nextFollowUp")} error={error("nextFollowUpOn")} hint={t("leads.log.nextHint")}>
          {(a11y) => <input {...a11y} type="date" min={today} {...register("nextFollowUpOn")} className={inputClass} />}
        </Field>
      ) : null}
      {mode === "instruction" ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id="log-answer-within" label={t("leads.log.answerWithin")} error={error("answerWithin")} hint={t("leads.log.instructionHint")}>
            {(a11y) => (
              <Select
                {...a11y}
                {...register("answerWithin")}
                options={answerLimits.map((limit) => ({ value: limit, label: t(`leads.log.answerWithinOptions.${limit || "none"}`) }))}
              />
            )}
          </Field>
          {answerWithin === "date" ? (
            <Field id="log-answer-by" label={t("leads.log.answerBy")} error={error("answerBy")} required>
              {(a11y) => <input {...a11y} type="date" min={today} {...register("answerBy")} className={inputClass} />}
            </Field>
          ) : null}
        </div>
      ) : null}
      <FormAlert message={action.error} />
      <div className="flex justify-end">
        <button type="submit" className={primaryButton} disabled={action.pending}>
          {action.pending ? t("formKit.saving") : mode === "instruction" ? t("leads.log.instructionSubmit") : t("leads.log.submit")}
        </button>
      </div>
    </form>
  );
}
