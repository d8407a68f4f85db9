"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { changeLeadOwnerAction } from "@/app/(crm)/leads/actions";
import { Dialog } from "@/components/ui/dialog";
import { Field, FormAlert, fieldProps, inputClass, primaryButton, secondaryButton } from "@/components/ui/field";
import { useNotice } from "@/components/ui/notice";
import { useFieldMessage } from "@/components/ui/use-field-message";
import { leadOwnerSchema } from "@/lib/validation/lead";

type FormInput = z.input<typeof leadOwnerSchema>;
type FormOutput = z.output<typeof leadOwnerSchema>;
export type GroupPerson = { id: number; name: string; title: string | null; groupRole: "lead" | "member" };

/** Hands the lead to another person of its task group (一对一: exactly one responsible person). */
export function OwnerDialog({
  lead,
  members,
  open,
  onClose,
}: {
  lead: { id: number; name: string; ownerId: number; version: number; groupName: string };
  members: GroupPerson[];
  open: boolean;
  onClose: () => void;
}) {
  const t = useTranslations();
  return (
    <Dialog open={open} onClose={onClose} title={t("leads.ownerChange.title")} description={lead.name}>
      <OwnerForm lead={lead} members={members} onClose={onClose} />
    </Dialog>
  );
}

function OwnerForm({
  lead,
  members,
  onClose,
}: {
  lead: { id: number; name: string; ownerId: number; version: number; groupName: string };
  members: GroupPerson[];
  onClose: () => void;
}) {
  const t = useTranslations();
  const fieldMessage = useFieldMessage();
  const notice = useNotice();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [formError, setFormError] = useState<{ text: string; isConflict: boolean } | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(leadOwnerSchema),
    defaultValues: { leadId: lead.id, version: lead.version, ownerId: "", note: "" },
  });
  const error = (name: keyof FormInput) => fieldMessage(formState.errors[name]?.message);
  const submit = handleSubmit((values) => {
    setFormError(null);
    startTransition(async () => {
      const result = await changeLeadOwnerAction({ ...values, version: lead.version });
      if (result.ok) {
        const name = members.find((m) => m.id === values.ownerId)?.name ?? "";
        notice.show("success", t("leads.ownerChange.done", { name }));
        onClose();
        return;
      }
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (field in values) setError(field as keyof FormInput, { message: messages[0] }, { shouldFocus: true });
      }
      if (result.code !== "invalid") setFormError({ text: result.error, isConflict: result.code === "conflict" });
    });
  });
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <Field id="owner-new" label={t("leads.ownerChange.new")} error={error("ownerId")} hint={t("leads.ownerChange.hint", { group: lead.groupName })} required>
        <select {...register("ownerId")} {...fieldProps("owner-new", error("ownerId"))} className={inputClass}>
          <option value="">{t("leads.choose")}</option>
          {members
            .filter((m) => m.id !== lead.ownerId)
            .map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
                {m.groupRole === "lead" ? `（${t("leads.groupLead")}）` : ""}
                {m.title ? ` · ${m.title}` : ""}
              </option>
            ))}
        </select>
      </Field>
      <Field id="owner-note" label={t("leads.move.remark")} error={error("note")}>
        <textarea rows={2} {...register("note")} {...fieldProps("owner-note", error("note"))} className={inputClass} />
      </Field>
      <FormAlert message={formError?.text ?? null} />
      <div className="flex flex-wrap justify-end gap-2">
        {formError?.isConflict ? (
          <button type="button" className={secondaryButton} onClick={() => startTransition(() => router.refresh())}>
            {t("leads.refresh")}
          </button>
        ) : null}
        <button type="button" className={secondaryButton} onClick={onClose}>
          {t("actions.cancel")}
        </button>
        <button type="submit" className={primaryButton} disabled={isPending}>
          {isPending ? t("leads.saving") : t("actions.save")}
        </button>
      </div>
    </form>
  );
}
