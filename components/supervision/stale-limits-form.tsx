"use client";
import { lazyZodResolver } from "@/components/form/lazy-resolver";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { setStaleLimitsAction } from "@/app/(crm)/leads/actions";
import { Field, FormAlert } from "@/components/form/field";
import { useActionForm } from "@/components/form/use-action-form";
import { stages, type Stage } from "@/lib/domain/enums";
import type { staleLimitsSchema } from "@/lib/validation/lead";
import { inputClass, primaryButton } from "@/components/form/styles";

const staleLimitsResolver = lazyZodResolver(() => import("@/lib/validation/lead").then((m) => m.staleLimitsSchema));

type FormInput = z.input<typeof staleLimitsSchema>;
type FormOutput = z.output<typeof staleLimitsSchema>;

/** The admin sets, per stage, after how many days without an event a lead is marked stale. */
export function StaleLimitsForm({ limits }: { limits: Record<Stage, number | null> }) {
  const t = useTranslations();
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: staleLimitsResolver,
    defaultValues: Object.fromEntries(stages.map((s) => [s, limits[s] ?? ""])) as FormInput,
  });
  const { register, handleSubmit, formState } = form;
  const action = useActionForm(form);
  const submit = handleSubmit((values) => action.run(() => setStaleLimitsAction(values), () => t("supervision.limits.saved")));
  return (
    <form onSubmit={submit} noValidate aria-label={t("supervision.limits.title")} className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="text-base font-semibold">{t("supervision.limits.title")}</h2>
      <p className="mb-3 mt-0.5 text-sm text-slate-500">{t("supervision.limits.hint")}</p>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {stages.map((stage) => {
          const error = formState.errors[stage]?.message;
          return (
            <Field key={stage} id={`limit-${stage}`} label={t("supervision.limits.stage", { stage: t(`enum.stage.${stage}`) })} error={error}>
              {(a11y) => <input {...a11y} type="number" min={1} step={1} inputMode="numeric" {...register(stage)} className={inputClass} />}
            </Field>
          );
        })}
      </div>
      <FormAlert message={action.error} />
      <div className="mt-3 flex justify-end">
        <button type="submit" className={primaryButton} disabled={action.pending}>
          {t("actions.save")}
        </button>
      </div>
    </form>
  );
}
