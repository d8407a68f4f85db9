"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import {
  createAgreementDefinition,
  createPartnerDefinition,
  deleteAgreementDefinition,
  deletePartnerDefinition,
  updateAgreementDefinition,
  updatePartnerDefinition,
} from "./action-definitions";

const createPartner = defineAction(createPartnerDefinition);
const updatePartner = defineAction(updatePartnerDefinition);
const deletePartner = defineAction(deletePartnerDefinition);
const createAgreement = defineAction(createAgreementDefinition);
const updateAgreement = defineAction(updateAgreementDefinition);
const deleteAgreement = defineAction(deleteAgreementDefinition);

const refresh = () => revalidatePath("/partners", "layout");

export async function createPartnerAction(input: unknown) {
  const result = await createPartner(input);
  if (result.ok) refresh();
  return result;
}

export async function updatePartnerAction(input: unknown) {
  const result = await updatePartner(input);
  if (result.ok) refresh();
  return result;
}

export async function deletePartnerAction(input: unknown) {
  const result = await deletePartner(input);
  if (result.ok) refresh();
  return result;
}

export async function createAgreementAction(input: unknown) {
  const result = await createAgreement(input);
  if (result.ok) refresh();
  return result;
}

export async function updateAgreementAction(input: unknown) {
  const result = await updateAgreement(input);
  if (result.ok) refresh();
  return result;
}

export async function deleteAgreementAction(input: unknown) {
  const result = await deleteAgreement(input);
  if (result.ok) refresh();
  return result;
}
