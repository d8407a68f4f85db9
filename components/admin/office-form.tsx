"use client";
import { lazyZodResolver } from "@/components/form/lazy-resolver";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { saveOfficeNamesAction } from "@/app/(crm)/admin/office/actions";
import { FormActions } from "@/components/form/actions";
import { Field } from "@/components/form/field";
import { useActionForm } from "@/components/form/use-action-form";
import { inputClass } from "@/components/form/styles";
import type { officeNamesSchema } from "@/lib/validation/office";

const officeNamesResolver = lazyZodResolver(() => import("@/lib/validation/office").then((m) => m.officeNamesSchema));

type Values = z.input<typeof officeNamesSchema>;

/** The city's and the agency's names (admin); `office` is null until they were first set. */
export function OfficeForm({ office }: { office: { cityName: string; agencyName: string; reportDueDay: number | null; version: number } | null }) {
  const t = useTranslations("office");
  const router = useRouter();
  const form = useForm<Values>({
    resolver: officeNamesResolver,
    defaultValues: { cityName: office?.cityName ?? "", agencyName: office?.agencyName ?? "", reportDueDay: office?.reportDueDay ?? "", version: office?.version ?? null },
  });
  const { register, handleSubmit, formState } = form;
  const action = useActionForm(form, { fields: ["cityName", "agencyName", "reportDueDay"], fixErrors: true });
  const error = (name: "cityName" | "agencyName" | "reportDueDay") => formState.errors[name]?.message as string | undefined;

  const onSubmit = handleSubmit((values) =>
    action.run(
      () => saveOfficeNamesAction(values),
      () => {
        router.push("/admin");
        router.refresh();
        return t("saved");
      },
    ),
    action.onInvalid,
  );

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-5 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <Field id="office-city" label={t("cityName")} hint={t("cityHint")} error={error("cityName")} required>
        {(p) => <input {...p} {...register("cityName")} autoComplete="off" enterKeyHint="next" className={inputClass} />}
      </Field>
      <Field id="office-agency" label={t("agencyName")} hint={t("agencyHint")} error={error("agencyName")} required>
        {(p) => <input {...p} {...register("agencyName")} autoComplete="off" enterKeyHint="done" className={inputClass} />}
      </Field>
      <Field id="office-report-due-day" label={t("reportDueDay")} hint={t("reportDueDayHint")} error={error("reportDueDay")}>
        {(p) => <input {...p} {...register("reportDueDay")} type="number" inputMode="numeric" min={1} max={28} step={1} className={`${inputClass} max-w-32`} />}
      </Field>
      <FormActions error={action.error} submitting={action.pending} cancelHref="/admin" />
    </form>
  );
}
