"use client";
import { lazyZodResolver } from "@/components/form/lazy-resolver";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { updateTaskGroupAction } from "@/app/(crm)/admin/groups/[id]/actions";
import { Field, FormAlert } from "@/components/form/field";
import { useActionForm } from "@/components/form/use-action-form";
import type { taskGroupUpdateSchema } from "@/lib/validation/task-group";
import { inputClass, primaryButton, secondaryButton, textareaClass } from "@/components/form/styles";

const taskGroupUpdateResolver = lazyZodResolver(() => import("@/lib/validation/task-group").then((m) => m.taskGroupUpdateSchema));

type Values = z.input<typeof taskGroupUpdateSchema>;
type Option = { id: number; name: string; note?: string | null };

export function TaskGroupForm({ group, leaders, industries }: { group: Values; leaders: Option[]; industries: (Option & { groupName: string | null })[] }) {
  const t = useTranslations("groupEdit");
  const tActions = useTranslations("actions");
  const router = useRouter();
  const form = useForm<Values>({ resolver: taskGroupUpdateResolver, defaultValues: { ...group, leaderId: group.leaderId ?? "", description: group.description ?? "" } });
  const { register, handleSubmit, formState, watch, setValue } = form;
  const action = useActionForm(form);
  const chosen = (watch("industryIds") ?? []).map(Number);
  const error = (name: keyof Values) => formState.errors[name]?.message as string | undefined;

  const onSubmit = handleSubmit((values) =>
    action.run(
      () => updateTaskGroupAction(values),
      (data) => {
        router.push("/groups");
        router.refresh();
        return t("saved", { name: data.name });
      },
    ),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-5 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <FormAlert message={action.error} />
      <Field label={t("name")} error={error("name")}>
        {(p) => <input {...p} {...register("name")} className={inputClass} />}
      </Field>
      <Field label={t("leader")} error={error("leaderId")}>
        {(p) => (
          <select {...p} {...register("leaderId")} className={inputClass}>
            <option value="">—</option>
            {leaders.map((l) => (
              <option key={l.id} value={l.id}>{l.name}{l.note ? `（${l.note}）` : ""}</option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("description")} error={error("description")}>
        {(p) => <textarea {...p} {...register("description")} rows={3} className={textareaClass} />}
      </Field>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700">{t("industries")}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {industries.map((i) => (
            <label key={i.id} className="flex min-h-11 items-center gap-2 rounded-md border border-slate-200 px-3 py-2 text-sm">
              <input
                type="checkbox"
                checked={chosen.includes(i.id)}
                onChange={(e) => setValue("industryIds", e.target.checked ? [...chosen, i.id] : chosen.filter((x) => x !== i.id), { shouldDirty: true })}
                className="h-5 w-5 accent-brand-600"
              />
              <span>{i.name}</span>
              {i.groupName && !chosen.includes(i.id) ? <span className="text-xs text-slate-500">{t("nowWith", { group: i.groupName })}</span> : null}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex gap-3">
        <button type="submit" disabled={formState.isSubmitting} className={primaryButton}>{tActions("save")}</button>
        <button type="button" onClick={() => router.push("/groups")} className={secondaryButton}>{tActions("cancel")}</button>
      </div>
    </form>
  );
}
