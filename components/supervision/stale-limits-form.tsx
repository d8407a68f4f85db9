"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { setStaleLimitsAction } from "@/app/(crm)/leads/actions";
import { Field, FormAlert, fieldProps, inputClass, primaryButton } from "@/components/ui/field";
import { useNotice } from "@/components/ui/notice";
import { useFieldMessage } from "@/components/ui/use-field-message";
import { stages, type Stage } from "@/lib/domain/enums";
import { staleLimitsSchema } from "@/lib/validation/lead";

type FormInput = z.input<typeof staleLimitsSchema>;
type FormOutput = z.output<typeof staleLimitsSchema>;

/** The admin sets, per stage, after how many days without an event a lead is marked stale. */
export function StaleLimitsForm({ limits }: { limits: Record<Stage, number | null> }) {
  const t = useTranslations();
  const fieldMessage = useFieldMessage();
  const notice = useNotice();
  const [isPending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(staleLimitsSchema),
    defaultValues: Object.fromEntries(stages.map((s) => [s, limits[s] ?? ""])) as FormInput,
  });
  const submit = handleSubmit((values) => {
    setFormError(null);
    startTransition(async () => {
      const result = await setStaleLimitsAction(values);
      if (result.ok) {
        notice.show("success", t("supervision.limits.saved"));
        return;
      }
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) setError(field as Stage, { message: messages[0] });
      if (result.code !== "invalid") setFormError(result.error);
    });
  });
  return (
    <form onSubmit={submit} noValidate aria-label={t("supervision.limits.title")} className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="text-base font-semibold">{t("supervision.limits.title")}</h2>
      <p className="mb-3 mt-0.5 text-sm text-slate-500">{t("supervision.limits.hint")}</p>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {stages.map((stage) => {
          const error = fieldMessage(formState.errors[stage]?.message);
          return (
            <Field key={stage} id={`limit-${stage}`} label={t("supervision.limits.stage", { stage: t(`enum.stage.${stage}`) })} error={error}>
              <input type="number" min={1} step={1} inputMode="numeric" {...register(stage)} {...fieldProps(`limit-${stage}`, error)} className={inputClass} />
            </Field>
          );
        })}
      </div>
      <FormAlert message={formError} />
      <div className="mt-3 flex justify-end">
        <button type="submit" className={primaryButton} disabled={isPending}>
          {t("actions.save")}
        </button>
      </div>
    </form>
  );
}
