"use server";
import { defineAction } from "@/lib/actions/define-action";
import {
  createAgreementDefinition,
  createPartnerDefinition,
  deleteAgreementDefinition,
  deletePartnerDefinition,
  updateAgreementDefinition,
  updatePartnerDefinition,
} from "@/db/mutations/partners";

export const createPartnerAction = defineAction(createPartnerDefinition);
export const updatePartnerAction = defineAction(updatePartnerDefinition);
export const deletePartnerAction = defineAction(deletePartnerDefinition);
export const createAgreementAction = defineAction(createAgreementDefinition);
export const updateAgreementAction = defineAction(updateAgreementDefinition);
export const deleteAgreementAction = defineAction(deleteAgreementDefinition);
