"use client";
import { lazyZodResolver } from "@/components/form/lazy-resolver";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { changeLeadOwnerAction } from "@/app/(crm)/leads/actions";
import { DialogActions } from "@/components/form/actions";
import { Field } from "@/components/form/field";
import { useActionForm } from "@/components/form/use-action-form";
import { Dialog } from "@/components/ui/dialog";
import type { leadOwnerSchema } from "@/lib/validation/lead";
import { inputClass, textareaClass } from "@/components/form/styles";

const leadOwnerResolver = lazyZodResolver(() => import("@/lib/validation/lead").then((m) => m.leadOwnerSchema));

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
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: leadOwnerResolver,
    defaultValues: { leadId: lead.id, version: lead.version, ownerId: "", note: "" },
  });
  const { register, handleSubmit, formState } = form;
  const action = useActionForm(form);
  const error = (name: keyof FormInput) => formState.errors[name]?.message;
  const submit = handleSubmit((values) =>
    action.run(() => changeLeadOwnerAction({ ...values, version: lead.version }), () => {
      onClose();
      return t("leads.ownerChange.done", { name: members.find((m) => m.id === values.ownerId)?.name ?? "" });
    }),
  );
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <Field id="owner-new" label={t("leads.ownerChange.new")} error={error("ownerId")} hint={t("leads.ownerChange.hint", { group: lead.groupName })} required>
        {(a11y) => (
          <select {...a11y} {...register("ownerId")} className={inputClass}>
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
        )}
      </Field>
      <Field id="owner-note" label={t("leads.move.remark")} error={error("note")}>
        {(a11y) => <textarea {...a11y} rows={2} {...register("note")} className={textareaClass} />}
      </Field>
      <DialogActions error={action.error} conflict={action.conflict} pending={action.pending} onCancel={onClose} />
    </form>
  );
}
