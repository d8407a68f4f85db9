"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { addLeadLogAction } from "@/app/(crm)/leads/actions";
import { Field, FormAlert, fieldProps, inputClass, primaryButton } from "@/components/ui/field";
import { useNotice } from "@/components/ui/notice";
import { useFieldMessage } from "@/components/ui/use-field-message";
import { toIsoDate } from "@/lib/format";
import { leadLogSchema, type LogKind } from "@/lib/validation/lead";

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
  const fieldMessage = useFieldMessage();
  const notice = useNotice();
  const [isPending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string | null>(null);
  const today = toIsoDate(new Date());
  const defaults: FormInput = {
    leadId,
    kind: mode === "instruction" ? "instruction" : "follow_up",
    body: "",
    nextFollowUpOn: nextFollowUpOn && nextFollowUpOn >= today ? nextFollowUpOn : "",
  };
  const { register, handleSubmit, setError, formState, reset } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(leadLogSchema),
    defaultValues: defaults,
  });
  const error = (name: keyof FormInput) => fieldMessage(formState.errors[name]?.message);
  const submit = handleSubmit((values) => {
    setFormError(null);
    if (mode === "team" && values.nextFollowUpOn && values.nextFollowUpOn < today) {
      setError("nextFollowUpOn", { message: "leads.followUpPast" }, { shouldFocus: true });
      return;
    }
    startTransition(async () => {
      const result = await addLeadLogAction(values);
      if (result.ok) {
        notice.show("success", t(mode === "instruction" ? "leads.log.instructed" : "leads.log.done"));
        reset({ ...defaults, kind: values.kind, nextFollowUpOn: values.nextFollowUpOn ?? "" });
        return;
      }
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (field in values) setError(field as keyof FormInput, { message: messages[0] }, { shouldFocus: true });
      }
      if (result.code !== "invalid") setFormError(result.error);
    });
  });
  const heading = mode === "instruction" ? t("leads.log.instructionTitle") : t("leads.log.title");
  return (
    <form onSubmit={submit} noValidate aria-label={heading} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="text-base font-semibold">{heading}</h2>
      {mode === "team" ? (
        <Field id="log-kind" label={t("leads.log.kind")} error={error("kind")}>
          <select {...register("kind")} {...fieldProps("log-kind", error("kind"))} className={inputClass}>
            {teamKinds.map((k) => (
              <option key={k} value={k}>
                {t(`enum.leadEventKind.${k}`)}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      <Field id="log-body" label={mode === "instruction" ? t("leads.log.instruction") : t("leads.log.body")} error={error("body")} required>
        <textarea rows={3} {...register("body")} {...fieldProps("log-body", error("body"))} className={inputClass} />
      </Field>
      {mode === "team" ? (
        <Field id="log-next" label={t("leads.nextFollowUp")} error={error("nextFollowUpOn")} hint={t("leads.log.nextHint")}>
          <input type="date" min={today} {...register("nextFollowUpOn")} {...fieldProps("log-next", error("nextFollowUpOn"))} className={inputClass} />
        </Field>
      ) : null}
      <FormAlert message={formError} />
      <div className="flex justify-end">
        <button type="submit" className={primaryButton} disabled={isPending}>
          {isPending ? t("leads.saving") : mode === "instruction" ? t("leads.log.instructionSubmit") : t("leads.log.submit")}
        </button>
      </div>
    </form>
  );
}
