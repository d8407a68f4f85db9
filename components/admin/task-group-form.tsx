"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, type FieldPath } from "react-hook-form";
import type { z } from "zod";
import { updateTaskGroupAction } from "@/app/(crm)/admin/groups/[id]/actions";
import { inputClass } from "@/components/form/field";
import { FormField } from "@/components/ui/form-field";
import { useNotice } from "@/components/ui/notice";
import { taskGroupUpdateSchema } from "@/lib/validation/task-group";

type Values = z.input<typeof taskGroupUpdateSchema>;
type Option = { id: number; name: string; note?: string | null };

export function TaskGroupForm({ group, leaders, industries }: { group: Values; leaders: Option[]; industries: (Option & { groupName: string | null })[] }) {
  const t = useTranslations("groupEdit");
  const tActions = useTranslations("actions");
  const router = useRouter();
  const notice = useNotice();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(taskGroupUpdateSchema), defaultValues: { ...group, leaderId: group.leaderId ?? "", description: group.description ?? "" } });
  const { register, handleSubmit, setError, formState, watch, setValue } = form;
  const chosen = (watch("industryIds") ?? []).map(Number);
  const error = (name: keyof Values) => formState.errors[name]?.message as string | undefined;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await updateTaskGroupAction(values);
    if (!result.ok) {
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) setError(field as FieldPath<Values>, { message: messages[0] });
      setFormError(result.error);
      return;
    }
    notice.show("success", t("saved", { name: result.data.name }));
    router.push("/groups");
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-5 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      {formError ? <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">{formError}</p> : null}
      <FormField label={t("name")} error={error("name")}>
        {(p) => <input {...p} {...register("name")} className={inputClass} />}
      </FormField>
      <FormField label={t("leader")} error={error("leaderId")}>
        {(p) => (
          <select {...p} {...register("leaderId")} className={inputClass}>
            <option value="">—</option>
            {leaders.map((l) => (
              <option key={l.id} value={l.id}>{l.name}{l.note ? `（${l.note}）` : ""}</option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t("description")} error={error("description")}>
        {(p) => <textarea {...p} {...register("description")} rows={3} className={inputClass} />}
      </FormField>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700">{t("industries")}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {industries.map((i) => (
            <label key={i.id} className="flex items-center gap-2 rounded-md border border-slate-200 px-3 py-2 text-sm">
              <input
                type="checkbox"
                checked={chosen.includes(i.id)}
                onChange={(e) => setValue("industryIds", e.target.checked ? [...chosen, i.id] : chosen.filter((x) => x !== i.id), { shouldDirty: true })}
                className="h-4 w-4"
              />
              <span>{i.name}</span>
              {i.groupName && !chosen.includes(i.id) ? <span className="text-xs text-slate-500">{t("nowWith", { group: i.groupName })}</span> : null}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex gap-3">
        <button type="submit" disabled={formState.isSubmitting} className="rounded-md bg-brand-600 px-5 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60">{tActions("save")}</button>
        <button type="button" onClick={() => router.push("/groups")} className="rounded-md border border-slate-300 px-5 py-2 text-sm">{tActions("cancel")}</button>
      </div>
    </form>
  );
}
