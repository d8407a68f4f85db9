"use client";
// 新建待办 (on the 待办 page, or about a lead on its page) and 督办 (a leader's or group lead's item about
// a lead, with a date): what to do, for whom, by when. The owners offered are those the action allows.
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { createSupervisionTaskAction, createTaskAction } from "@/app/(crm)/tasks/actions";
import { Field, FormAlert, Select } from "@/components/form/field";
import { inputClass, primaryButton } from "@/components/form/styles";
import { useActionForm } from "@/components/form/use-action-form";
import { toIsoDate } from "@/lib/format";

type Values = { title: string; ownerId: string; dueOn: string };
export type TaskOwner = { id: number; name: string; title: string | null };

export function TaskForm({
  mode,
  leadId = null,
  owners,
  viewerId,
  heading,
}: {
  mode: "manual" | "supervision";
  leadId?: number | null;
  owners: TaskOwner[];
  viewerId: number;
  heading: string;
}) {
  const t = useTranslations();
  const today = toIsoDate(new Date());
  const defaults: Values = { title: "", ownerId: owners.some((o) => o.id === viewerId) && mode === "manual" ? String(viewerId) : "", dueOn: "" };
  const form = useForm<Values>({ defaultValues: defaults });
  const { register, handleSubmit, formState, reset, setError } = form;
  const scope = `task-form-${mode}`;
  const action = useActionForm(form, { scope });
  const error = (name: keyof Values) => formState.errors[name]?.message;
  const submit = handleSubmit((values) => {
    let missing = false;
    for (const name of ["title", "ownerId", ...(mode === "supervision" ? ["dueOn" as const] : [])] as const) {
      if (!values[name].trim()) {
        setError(name, { message: "validation.required" }, { shouldFocus: !missing });
        missing = true;
      }
    }
    if (missing) return;
    const call =
      mode === "supervision" && leadId
        ? () => createSupervisionTaskAction({ leadId, title: values.title, ownerId: values.ownerId, dueOn: values.dueOn })
        : () => createTaskAction({ title: values.title, ownerId: values.ownerId, dueOn: values.dueOn, leadId: leadId ?? "" });
    return action.run(call, () => {
      reset(defaults);
      return t("tasks.createdNotice");
    });
  });
  return (
    <form id={scope} onSubmit={submit} noValidate aria-label={heading} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="text-base font-semibold">{heading}</h2>
      <Field id={`${scope}-title`} label={t("tasks.createTitle")} error={error("title")} required>
        {(a11y) => <input {...a11y} {...register("title")} maxLength={200} className={inputClass} />}
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${scope}-owner`} label={t("tasks.createOwner")} error={error("ownerId")} required>
          {(a11y) => (
            <Select
              {...a11y}
              {...register("ownerId")}
              placeholder={t("leads.choose")}
              options={owners.map((o) => ({ value: String(o.id), label: o.title ? `${o.name}（${o.title}）` : o.name }))}
            />
          )}
        </Field>
        <Field id={`${scope}-due`} label={t("tasks.createDue")} error={error("dueOn")} required={mode === "supervision"}>
          {(a11y) => <input {...a11y} type="date" min={today} {...register("dueOn")} className={inputClass} />}
        </Field>
      </div>
      <FormAlert message={action.error} />
      <div className="flex justify-end">
        <button type="submit" className={primaryButton} disabled={action.pending}>
          {action.pending ? t("formKit.saving") : t("tasks.createSubmit")}
        </button>
      </div>
    </form>
  );
}
