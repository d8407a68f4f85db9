"use client";
import { lazyZodResolver } from "@/components/form/lazy-resolver";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createChainNodeAction, deleteChainNodeAction, updateChainNodeAction } from "@/app/(crm)/chains/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field, Select } from "@/components/form/field";
import { useActionForm } from "@/components/form/use-action-form";
import { useNotice } from "@/components/ui/notice";
import { chainAims, chainPositions, chainPresences, type ChainAim, type ChainPosition, type ChainPresence } from "@/lib/domain/enums";
import type { chainNodeSchema, chainNodeUpdateSchema } from "@/lib/validation/chain";
import { inputClass, primaryButton, secondaryButton } from "@/components/form/styles";

const chainNodeResolver = lazyZodResolver(() => import("@/lib/validation/chain").then((m) => m.chainNodeSchema));
const chainNodeUpdateResolver = lazyZodResolver(() => import("@/lib/validation/chain").then((m) => m.chainNodeUpdateSchema));

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
        <Field label={t("chains.segments.position")} error={errors.position?.message}>
          {(a) => (
            <Select {...a} {...register("position")} options={chainPositions.map((p) => ({ value: p, label: t(`enum.chainPosition.${p}`) }))} />
          )}
        </Field>
      ) : null}
      <Field label={t("chains.segments.presence")} error={errors.presence?.message} hint={presenceHint}>
        {(a) => (
          <Select {...a} {...register("presence")} options={chainPresences.map((p) => ({ value: p, label: t(`enum.chainPresence.${p}`) }))} />
        )}
      </Field>
      {!showPosition ? (
        <Field label={t("chains.segments.aim")} error={errors.aim?.message}>
          {(a) => (
            <Select {...a} {...register("aim")} placeholder={t("chains.segments.noAim")} options={chainAims.map((aim) => ({ value: aim, label: t(`enum.chainAim.${aim}`) }))} />
          )}
        </Field>
      ) : null}
    </>
  );
}

const createFields = ["name", "position", "presence", "aim", "parentId"] as const;

/** Adds a segment (no parent: name, position, presence) or a part under a segment (name, presence, aim). */
export function NodeCreateForm({ chainId, parent }: { chainId: number; parent?: { id: number; name: string; position: ChainPosition } }) {
  const t = useTranslations();
  const router = useRouter();
  const isPart = Boolean(parent);
  const form = useForm<z.input<typeof chainNodeSchema>, unknown, z.output<typeof chainNodeSchema>>({
    resolver: chainNodeResolver,
    defaultValues: { chainId, parentId: parent?.id ?? "", name: "", position: parent?.position ?? "upstream", presence: "missing", aim: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const action = useActionForm(form, { fields: createFields, notifyError: true });
  const onSubmit = form.handleSubmit(async (values) => {
    await action.run(() => createChainNodeAction(values), () => {
      form.reset({ ...values, name: "", aim: "", parentId: parent?.id ?? "" });
      router.refresh();
      return t("chains.segments.nodeCreated", { name: values.name });
    });
  });
  const label = isPart ? t("chains.segments.addPartTo", { segment: parent!.name }) : t("chains.segments.addSegment");
  return (
    <form onSubmit={onSubmit} noValidate aria-label={label} className="grid items-start gap-3 sm:grid-cols-[2fr_1fr_1fr_auto]">
      <Field label={isPart ? t("chains.segments.partName") : t("chains.segments.segmentName")} error={errors.name?.message}>
        {(a) => (
          <input
            {...a}
            {...form.register("name")}
            placeholder={isPart ? t("chains.segments.partNamePlaceholder") : t("chains.segments.segmentNamePlaceholder")}
            className={inputClass}
          />
        )}
      </Field>
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
  const notice = useNotice();
  const router = useRouter();
  const [isDeleting, startDelete] = useTransition();
  const form = useForm<z.input<typeof chainNodeUpdateSchema>, unknown, z.output<typeof chainNodeUpdateSchema>>({
    resolver: chainNodeUpdateResolver,
    defaultValues: { id: node.id, name: node.name, position: node.position, presence: node.presence, aim: node.aim ?? "", version: node.version },
  });
  const { errors, isSubmitting } = form.formState;
  const action = useActionForm(form, { fields: editFields, notifyError: true });
  const onSubmit = form.handleSubmit(async (values) => {
    await action.run(() => updateChainNodeAction(values), () => {
      onDone();
      router.refresh();
      return t("chains.segments.nodeSaved", { name: values.name });
    });
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("chains.segments.editNode", { name: node.name })} className="space-y-3">
      <div className="grid items-start gap-3 sm:grid-cols-3">
        <Field label={isPart ? t("chains.segments.partName") : t("chains.segments.segmentName")} error={errors.name?.message}>
          {(a) => <input {...a} {...form.register("name")} className={inputClass} />}
        </Field>
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
