"use server";
// The lead server actions. Each is a definition from db/mutations/lead-actions.ts (validation, role,
// row rules, change + leadEvent + audit in one transaction) run by defineAction, then revalidated.
import { revalidatePath } from "next/cache";
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

const create = defineAction(createLeadDefinition);
const moveStage = defineAction(moveLeadStageDefinition);
const changeOwner = defineAction(changeLeadOwnerDefinition);
const reassign = defineAction(reassignLeadsDefinition);
const update = defineAction(updateLeadDefinition);
const log = defineAction(addLeadLogDefinition);
const staleLimits = defineAction(setStaleLimitsDefinition);

/** Every page that shows leads reads them fresh after a change. */
function refreshLeadPages() {
  revalidatePath("/", "layout");
}

/** Creates a lead (from the lead form, a meeting or a chain target). Input: leadCreateSchema. */
export async function createLeadAction(input: unknown) {
  const result = await create(input);
  if (result.ok) refreshLeadPages();
  return result;
}

export async function moveLeadStageAction(input: unknown) {
  const result = await moveStage(input);
  if (result.ok) refreshLeadPages();
  return result;
}

export async function changeLeadOwnerAction(input: unknown) {
  const result = await changeOwner(input);
  if (result.ok) refreshLeadPages();
  return result;
}

export async function reassignLeadsAction(input: unknown) {
  const result = await reassign(input);
  if (result.ok) refreshLeadPages();
  return result;
}

export async function updateLeadAction(input: unknown) {
  const result = await update(input);
  if (result.ok) refreshLeadPages();
  return result;
}

export async function addLeadLogAction(input: unknown) {
  const result = await log(input);
  if (result.ok) refreshLeadPages();
  return result;
}

export async function setStaleLimitsAction(input: unknown) {
  const result = await staleLimits(input);
  if (result.ok) refreshLeadPages();
  return result;
}
