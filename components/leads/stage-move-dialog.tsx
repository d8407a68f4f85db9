"use client";
import { lazyZodResolver } from "@/components/form/lazy-resolver";
import { useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import { WatchedWanHint } from "@/components/form/wan-input-hint";
import { moveLeadStageAction } from "@/app/(crm)/leads/actions";
import { DialogActions } from "@/components/form/actions";
import { Field } from "@/components/form/field";
import { useActionForm } from "@/components/form/use-action-form";
import { Dialog } from "@/components/ui/dialog";
import { stages, type Stage } from "@/lib/domain/enums";
import { checkStageMove, requirementsFor } from "@/lib/domain/pipeline";
import { formatWan, toIsoDate } from "@/lib/format";
import type { leadStageMoveSchema } from "@/lib/validation/lead";
import type { z } from "zod";
import { inputClass, textareaClass } from "@/components/form/styles";

const leadStageMoveResolver = lazyZodResolver(() => import("@/lib/validation/lead").then((m) => m.leadStageMoveSchema));

export type MovableLead = {
  id: number;
  name: string;
  stage: Stage;
  version: number;
  plannedInvestment: number | null;
  signedInvestment: number | null;
  signedOn: string | null;
};

type FormInput = z.input<typeof leadStageMoveSchema>;
type FormOutput = z.output<typeof leadStageMoveSchema>;

/**
 * Asks for exactly what the target stage needs (签约: date and amount; 搁置, 终止 and moving back:
 * a reason) and moves the lead. With `target` the stage is given (a drop on the board); without it
 * the person picks one. Everything typed stays in the form when the save is refused.
 */
export function StageMoveDialog({
  lead,
  target,
  open,
  onClose,
  onMoved,
}: {
  lead: MovableLead;
  target?: Stage | null;
  open: boolean;
  onClose: () => void;
  onMoved?: (moved: { stage: Stage; version: number }) => void;
}) {
  const t = useTranslations();
  return (
    <Dialog open={open} onClose={onClose} title={t("leads.move.title")} description={lead.name}>
      <StageMoveForm lead={lead} target={target ?? null} onClose={onClose} onMoved={onMoved} />
    </Dialog>
  );
}

function StageMoveForm({
  lead,
  target,
  onClose,
  onMoved,
}: {
  lead: MovableLead;
  target: Stage | null;
  onClose: () => void;
  onMoved?: (moved: { stage: Stage; version: number }) => void;
}) {
  const t = useTranslations();
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: leadStageMoveResolver,
    defaultValues: {
      leadId: lead.id,
      version: lead.version,
      toStage: target ?? stages.find((s) => s !== lead.stage) ?? "negotiating",
      reason: "",
      // 签约 starts at today (China) and the amount planned; a lead signed before keeps its own.
      signedOn: lead.signedOn ?? toIsoDate(new Date()),
      signedInvestment: lead.signedInvestment ?? lead.plannedInvestment ?? "",
    },
  });
  const { register, handleSubmit, setError, formState } = form;
  const action = useActionForm(form, { scope: "stage-move-form" });
  const toStage = useWatch({ control: form.control, name: "toStage" }) as Stage;
  const needs = requirementsFor(lead, toStage);
  const error = (name: keyof FormInput) => formState.errors[name]?.message;

  const submit = handleSubmit((values) => {
    action.setFormError(null);
    // The pipeline's own rules, checked here for an answer at once and again on the server.
    const problems = checkStageMove({
      from: lead.stage,
      to: values.toStage,
      reason: values.reason,
      signedOn: needs.signing ? values.signedOn : lead.signedOn,
      signedInvestment: needs.signing ? values.signedInvestment : lead.signedInvestment,
      today: toIsoDate(new Date()),
    });
    if (problems.length) {
      for (const p of problems) {
        setError(p.field === "to" ? "toStage" : p.field, { message: `pipeline.${p.messageKey}` }, { shouldFocus: true });
      }
      return;
    }
    return action.run(
      () =>
        moveLeadStageAction({
        ...values,
        // The version shown now: after 刷新 it is the latest one.
        version: lead.version,
        signedOn: needs.signing ? values.signedOn : null,
        signedInvestment: needs.signing ? values.signedInvestment : null,
        }),
      (data) => {
        onMoved?.(data);
        onClose();
        return t("leads.move.done", { name: lead.name, stage: t(`enum.stage.${data.stage}`) });
      },
    );
  });

  return (
    <form id="stage-move-form" onSubmit={submit} noValidate className="space-y-4">
      <p className="text-sm text-slate-600">
        {t("leads.move.current", { stage: t(`enum.stage.${lead.stage}`) })}
      </p>
      {target ? (
        <p className="text-sm font-medium">{t("leads.move.target", { stage: t(`enum.stage.${target}`) })}</p>
      ) : (
        <Field id="move-to" label={t("leads.move.toStage")} error={error("toStage")} required>
          {(a11y) => (
            <select {...a11y} {...register("toStage")} className={inputClass}>
              {stages
                .filter((s) => s !== lead.stage)
                .map((s) => (
                  <option key={s} value={s}>
                    {t(`enum.stage.${s}`)}
                  </option>
                ))}
            </select>
          )}
        </Field>
      )}
      {needs.signing ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="move-signed-on" label={t("leads.signedOn")} error={error("signedOn")} required>
            {(a11y) => <input {...a11y} type="date" max={toIsoDate(new Date())} {...register("signedOn")} className={inputClass} />}
          </Field>
          <Field
            id="move-signed-amount"
            label={t("leads.signedWan")}
            error={error("signedInvestment")}
            hint={lead.plannedInvestment ? t("leads.move.plannedHint", { amount: formatWan(lead.plannedInvestment) }) : undefined}
            required
          >
            {(a11y) => (
              <>
                <input {...a11y}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  step={1}
                  {...register("signedInvestment")}
               
                  className={inputClass}
                />
                <WatchedWanHint control={form.control} name="signedInvestment" />
              </>
            )}
          </Field>
        </div>
      ) : null}
      <Field
        id="move-reason"
        label={needs.reason ? t("leads.move.reason") : t("leads.move.remark")}
        error={error("reason")}
        hint={needs.reason ? t(toStage === "dropped" || toStage === "on_hold" ? "leads.move.reasonHint" : "leads.move.backHint") : undefined}
        required={needs.reason}
      >
        {(a11y) => <textarea {...a11y} rows={3} {...register("reason")} className={textareaClass} />}
      </Field>
      <DialogActions error={action.error} conflict={action.conflict} pending={action.pending} submitLabel={t("leads.move.submit")} onCancel={onClose} />
    </form>
  );
}
