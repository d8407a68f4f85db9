"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { LeadEditDialog, type EditableLead, type LeadFormOptions } from "./lead-edit-dialog";
import { OwnerDialog, type GroupPerson } from "./owner-dialog";
import { StageMoveDialog } from "./stage-move-dialog";
import { primaryButton, secondaryButton } from "@/components/form/styles";

/** The buttons of the lead page and the dialogs they open; shown only for what the user may do. */
export function LeadActions({
  lead,
  canChange,
  canReassign,
  members,
  options,
}: {
  lead: EditableLead & { ownerId: number; groupName: string };
  canChange: boolean;
  canReassign: boolean;
  members: GroupPerson[];
  options: LeadFormOptions;
}) {
  const t = useTranslations();
  const [open, setOpen] = useState<"stage" | "owner" | "edit" | null>(null);
  const close = () => setOpen(null);
  if (!canChange && !canReassign) return null;
  return (
    <>
      {canChange ? (
        <button type="button" className={primaryButton} onClick={() => setOpen("stage")}>
          {t("leads.move.title")}
        </button>
      ) : null}
      {canReassign ? (
        <button type="button" className={secondaryButton} onClick={() => setOpen("owner")}>
          {t("leads.ownerChange.title")}
        </button>
      ) : null}
      {canChange ? (
        <button type="button" className={secondaryButton} onClick={() => setOpen("edit")}>
          {t("actions.edit")}
        </button>
      ) : null}
      <StageMoveDialog lead={lead} open={open === "stage"} onClose={close} />
      <OwnerDialog lead={lead} members={members} open={open === "owner"} onClose={close} />
      <LeadEditDialog lead={lead} options={options} open={open === "edit"} onClose={close} />
    </>
  );
}
