"use client";
import { lazyZodResolver } from "@/components/form/lazy-resolver";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createChainAction, deleteChainAction, updateChainAction } from "@/app/(crm)/chains/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field, choicesOf, Select } from "@/components/form/field";
import { useActionForm } from "@/components/form/use-action-form";
import { useNotice } from "@/components/ui/notice";
import type { chainSchema } from "@/lib/validation/chain";
import { inputClass, primaryButton, textareaClass } from "@/components/form/styles";

const chainResolver = lazyZodResolver(() => import("@/lib/validation/chain").then((m) => m.chainSchema));

type Option = { id: number; name: string };
type Values = z.input<typeof chainSchema>;
const fields = ["name", "districtId", "industryId", "description"] as const;

/** Creates a chain (then opens its editor) or saves the name, area, industry and description of one. */
export function ChainForm({
  chain,
  districts,
  industries,
}: {
  chain?: { id: number; version: number; name: string; districtId: number; industryId: number; description: string | null };
  districts: Option[];
  industries: Option[];
}) {
  const t = useTranslations();
  const notice = useNotice();
  const router = useRouter();
  const [isDeleting, startDelete] = useTransition();
  // The fields of chainSchema; an edit adds the chain's id and version (chainUpdateSchema) when saving.
  const form = useForm<Values, unknown, z.output<typeof chainSchema>>({
    resolver: chainResolver,
    defaultValues: {
      name: chain?.name ?? "",
      districtId: chain?.districtId ?? "",
      industryId: chain?.industryId ?? (industries.length === 1 ? industries[0].id : ""),
      description: chain?.description ?? "",
    },
  });
  const { errors, isSubmitting } = form.formState;
  const action = useActionForm(form, { fields, notifyError: true });

  const onSubmit = form.handleSubmit(async (values) => {
    if (chain) {
      await action.run(() => updateChainAction({ ...values, id: chain.id, version: chain.version }), () => {
        router.refresh();
        return t("chains.saved");
      });
      return;
    }
    await action.run(() => createChainAction(values), (data) => {
      router.push(`/chains/${data.id}/edit`);
      return t("chains.created", { name: values.name });
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={t("chains.form.name")} error={errors.name?.message} className="sm:col-span-3">
          {(a) => <input {...a} {...form.register("name")} placeholder={t("chains.form.namePlaceholder")} className={inputClass} />}
        </Field>
        <Field label={t("chains.district")} error={errors.districtId?.message}>
          {(a) => (
            <Select {...a} {...form.register("districtId")} placeholder={t("chains.chooseDistrict")} options={choicesOf(districts)} />
          )}
        </Field>
        <Field label={t("chains.industry")} error={errors.industryId?.message}>
          {(a) => (
            <Select {...a} {...form.register("industryId")} placeholder={t("chains.chooseIndustry")} options={choicesOf(industries)} />
          )}
        </Field>
        <Field label={t("chains.description")} error={errors.description?.message} className="sm:col-span-3">
          {(a) => <textarea {...a} {...form.register("description")} rows={3} className={textareaClass} />}
        </Field>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <button type="submit" disabled={isSubmitting} className={primaryButton}>
          {chain ? t("actions.save") : t("chains.new")}
        </button>
        {chain ? (
          <ConfirmButton
            label={t("chains.deleteChain")}
            confirmLabel={t("chains.confirmDelete")}
            cancelLabel={t("actions.cancel")}
            hint={t("chains.deleteHint")}
            disabled={isDeleting}
            onConfirm={() =>
              startDelete(async () => {
                const result = await deleteChainAction({ id: chain.id, version: chain.version });
                if (!result.ok) {
                  notice.show("error", result.fieldErrors?.chain?.[0] ?? result.error);
                  return;
                }
                notice.show("success", t("chains.deleted", { name: chain.name }));
                router.push("/chains");
              })
            }
          />
        ) : null}
      </div>
    </form>
  );
}
