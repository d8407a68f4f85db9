"use server";
// The lead server actions. Each is a definition from db/mutations/lead-actions.ts (validation, rule,
// row rules, change + leadEvent + audit in one transaction, pages to revalidate) run by defineAction.
import {
  addLeadLogDefinition,
  changeLeadOwnerDefinition,
  createLeadDefinition,
  moveLeadStageDefinition,
  reassignLeadsDefinition,
  setStaleLimitsDefinition,
  updateLeadDefinition,
} from "@/db/mutations/lead-actions";
import { defineAction } from "@/lib/actions/define-action";

/** Creates a lead (from the lead form, a meeting or a chain target). Input: leadCreateSchema. */
export const createLeadAction = defineAction(createLeadDefinition);
export const moveLeadStageAction = defineAction(moveLeadStageDefinition);
export const changeLeadOwnerAction = defineAction(changeLeadOwnerDefinition);
export const reassignLeadsAction = defineAction(reassignLeadsDefinition);
export const updateLeadAction = defineAction(updateLeadDefinition);
export const addLeadLogAction = defineAction(addLeadLogDefinition);
export const setStaleLimitsAction = defineAction(setStaleLimitsDefinition);
