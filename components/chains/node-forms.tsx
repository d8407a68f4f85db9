"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createChainNodeAction, deleteChainNodeAction, updateChainNodeAction } from "@/app/(crm)/chains/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { applyFieldErrors, FormField, inputClass, primaryButton, secondaryButton } from "@/components/ui/form-field";
import { useNotice } from "@/components/ui/notice";
import { chainAims, chainPositions, chainPresences, type ChainAim, type ChainPosition, type ChainPresence } from "@/lib/domain/enums";
import { chainNodeSchema, chainNodeUpdateSchema } from "@/lib/validation/chain";

function Selects({
  register,
  errors,
  showPosition,
  presenceHint,
}: {
  register: (name: "position" | "presence" | "aim") => object;
  errors: Partial<Record<"position" | "presence" | "aim", { message?: string }>>;
  showPosition: boolean;
  presenceHint?: string;
}) {
  const t = useTranslations();
  return (
    <>
      {showPosition ? (
        <FormField label={t("chains.segments.position")} error={errors.position?.message}>
          {(a) => (
            <select {...a} {...register("position")} className={inputClass}>
              {chainPositions.map((p) => (
                <option key={p} value={p}>
                  {t(`enum.chainPosition.${p}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      ) : null}
      <FormField label={t("chains.segments.presence")} error={errors.presence?.message} hint={presenceHint}>
        {(a) => (
          <select {...a} {...register("presence")} className={inputClass}>
            {chainPresences.map((p) => (
              <option key={p} value={p}>
                {t(`enum.chainPresence.${p}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {!showPosition ? (
        <FormField label={t("chains.segments.aim")} error={errors.aim?.message}>
          {(a) => (
            <select {...a} {...register("aim")} className={inputClass}>
              <option value="">{t("chains.segments.noAim")}</option>
              {chainAims.map((aim) => (
                <option key={aim} value={aim}>
                  {t(`enum.chainAim.${aim}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      ) : null}
    </>
  );
}

const createFields = ["name", "position", "presence", "aim", "parentId"] as const;

/** Adds a segment (no parent: name, position, presence) or a part under a segment (name, presence, aim). */
export function NodeCreateForm({ chainId, parent }: { chainId: number; parent?: { id: number; name: string; position: ChainPosition } }) {
  const t = useTranslations();
  const router = useRouter();
  const notice = useNotice();
  const isPart = Boolean(parent);
  const form = useForm<z.input<typeof chainNodeSchema>, unknown, z.output<typeof chainNodeSchema>>({
    resolver: zodResolver(chainNodeSchema),
    defaultValues: { chainId, parentId: parent?.id ?? "", name: "", position: parent?.position ?? "upstream", presence: "missing", aim: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await createChainNodeAction(values);
    if (!result.ok) {
      notice.show("error", applyFieldErrors(result.fieldErrors, createFields, form.setError) ?? result.error);
      return;
    }
    notice.show("success", t("chains.segments.nodeCreated", { name: values.name }));
    form.reset({ ...values, name: "", aim: "", parentId: parent?.id ?? "" });
    router.refresh();
  });
  const label = isPart ? t("chains.segments.addPartTo", { segment: parent!.name }) : t("chains.segments.addSegment");
  return (
    <form onSubmit={onSubmit} noValidate aria-label={label} className="grid items-start gap-3 sm:grid-cols-[2fr_1fr_1fr_auto]">
      <FormField label={isPart ? t("chains.segments.partName") : t("chains.segments.segmentName")} error={errors.name?.message}>
        {(a) => (
          <input
            {...a}
            {...form.register("name")}
            placeholder={isPart ? t("chains.segments.partNamePlaceholder") : t("chains.segments.segmentNamePlaceholder")}
            className={inputClass}
          />
        )}
      </FormField>
      <Selects
        register={form.register as never}
        errors={errors}
        showPosition={!isPart}
        presenceHint={isPart ? undefined : t("chains.segments.segmentPresenceHint")}
      />
      <div className="sm:pt-6">
        <button type="submit" disabled={isSubmitting} className={`${primaryButton} w-full whitespace-nowrap`}>
          {isPart ? t("chains.segments.addPart") : t("chains.segments.addSegment")}
        </button>
      </div>
    </form>
  );
}

const editFields = ["name", "position", "presence", "aim"] as const;

/** Changes a segment or part; the node's version guards against overwriting someone else's edit. */
export function NodeEditForm({
  node,
  isPart,
  onDone,
}: {
  node: { id: number; name: string; position: ChainPosition; presence: ChainPresence; aim: ChainAim | null; version: number };
  isPart: boolean;
  onDone: () => void;
}) {
  const t = useTranslations();
  const router = useRouter();
  const notice = useNotice();
  const [isDeleting, startDelete] = useTransition();
  const form = useForm<z.input<typeof chainNodeUpdateSchema>, unknown, z.output<typeof chainNodeUpdateSchema>>({
    resolver: zodResolver(chainNodeUpdateSchema),
    defaultValues: { id: node.id, name: node.name, position: node.position, presence: node.presence, aim: node.aim ?? "", version: node.version },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await updateChainNodeAction(values);
    if (!result.ok) {
      notice.show("error", applyFieldErrors(result.fieldErrors, editFields, form.setError) ?? result.error);
      return;
    }
    notice.show("success", t("chains.segments.nodeSaved", { name: values.name }));
    onDone();
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("chains.segments.editNode", { name: node.name })} className="space-y-3">
      <div className="grid items-start gap-3 sm:grid-cols-3">
        <FormField label={isPart ? t("chains.segments.partName") : t("chains.segments.segmentName")} error={errors.name?.message}>
          {(a) => <input {...a} {...form.register("name")} className={inputClass} />}
        </FormField>
        <Selects
          register={form.register as never}
          errors={errors}
          showPosition={!isPart}
          presenceHint={!isPart ? t("chains.segments.segmentPresenceHint") : undefined}
        />
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" disabled={isSubmitting} className={primaryButton}>
          {t("actions.save")}
        </button>
        <button type="button" onClick={onDone} className={secondaryButton}>
          {t("actions.cancel")}
        </button>
        <span className="flex-1" />
        <ConfirmButton
          label={t("chains.segments.deleteNode", { name: node.name })}
          confirmLabel={t("chains.confirmDelete")}
          cancelLabel={t("actions.cancel")}
          disabled={isDeleting}
          onConfirm={() =>
            startDelete(async () => {
              const result = await deleteChainNodeAction({ id: node.id });
              if (!result.ok) {
                notice.show("error", result.fieldErrors?.node?.[0] ?? result.error);
                return;
              }
              notice.show("success", t("chains.segments.nodeDeleted", { name: node.name }));
              router.refresh();
            })
          }
        />
      </div>
    </form>
  );
}
