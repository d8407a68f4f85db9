"use client";
import { lazyZodResolver } from "@/components/form/lazy-resolver";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { WatchedWanHint } from "@/components/form/wan-input-hint";
import type { z } from "zod";
import { createLeadAction } from "@/app/(crm)/leads/actions";
import { Field } from "@/components/form/field";
import { useActionForm } from "@/components/form/use-action-form";
import { leadFromTarget, type TargetLeadContext } from "@/lib/domain/chain-lead";
import type { leadCreateSchema } from "@/lib/validation/lead";
import { inputClass, primaryButton, secondaryButton } from "@/components/form/styles";

const leadCreateResolver = lazyZodResolver(() => import("@/lib/validation/lead").then((m) => m.leadCreateSchema));

type Owner = { id: number; name: string; role: "lead" | "member" };

const fields = ["name", "ownerId", "plannedInvestment"] as const;

/**
 * "生成项目": turns a target company of a chain part into a lead through the one lead-creation
 * action (source = chain, linked to the part). A member becomes the owner; others may choose one.
 */
export function CreateLeadFromTarget({
  context,
  companyName,
  nodeName,
  owners,
  isMember,
}: {
  context: TargetLeadContext;
  companyName: string;
  nodeName: string;
  owners: Owner[];
  isMember: boolean;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const form = useForm<z.input<typeof leadCreateSchema>, unknown, z.output<typeof leadCreateSchema>>({
    resolver: leadCreateResolver,
    defaultValues: leadFromTarget(context, { name: t("chains.gaps.leadNameDefault", { company: companyName, node: nodeName }) }),
  });
  const { errors, isSubmitting } = form.formState;
  const action = useActionForm(form, { fields, notifyError: true });
  const onSubmit = form.handleSubmit(async (values) => {
    await action.run(() => createLeadAction(values), () => {
      setOpen(false);
      router.refresh();
      return t("chains.gaps.created", { name: values.name });
    });
  });
  if (!open) {
    return (
      <button type="button" aria-expanded={false} onClick={() => setOpen(true)} className={`${primaryButton} px-3 py-1.5`}>
        {t("chains.gaps.createLead")}
      </button>
    );
  }
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={t("chains.gaps.createLeadFor", { company: companyName })}
      className="mt-2 w-full space-y-3 rounded-md border border-brand-100 bg-brand-50/50 p-3"
    >
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label={t("chains.gaps.leadName")} error={errors.name?.message} className="sm:col-span-3">
          {(a) => <input {...a} {...form.register("name")} className={inputClass} />}
        </Field>
        {isMember ? null : (
          <Field label={t("chains.gaps.owner")} error={errors.ownerId?.message}>
            {(a) => (
              <select {...a} {...form.register("ownerId")} className={inputClass}>
                <option value="">{t("chains.gaps.ownerDefault")}</option>
                {owners.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                    {o.role === "lead" ? `（${t("enum.role.group_lead")}）` : ""}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label={t("chains.gaps.planned")} error={errors.plannedInvestment?.message}>
          {(a) => (
            <>
              <input {...a} {...form.register("plannedInvestment")} inputMode="numeric" className={inputClass} />
              <WatchedWanHint control={form.control} name="plannedInvestment" />
            </>
          )}
        </Field>
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={isSubmitting} className={primaryButton}>
          {t("chains.gaps.confirm")}
        </button>
        <button type="button" onClick={() => setOpen(false)} className={secondaryButton}>
          {t("actions.cancel")}
        </button>
      </div>
    </form>
  );
}
