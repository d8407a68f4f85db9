"use server";
import { defineAction } from "@/lib/actions/define-action";
import {
  addNodeCompanyDefinition,
  createChainDefinition,
  createChainNodeDefinition,
  deleteChainDefinition,
  deleteChainNodeDefinition,
  removeNodeCompanyDefinition,
  updateChainDefinition,
  updateChainNodeDefinition,
} from "@/db/mutations/chains";

export const createChainAction = defineAction(createChainDefinition);
export const updateChainAction = defineAction(updateChainDefinition);
export const deleteChainAction = defineAction(deleteChainDefinition);
export const createChainNodeAction = defineAction(createChainNodeDefinition);
export const updateChainNodeAction = defineAction(updateChainNodeDefinition);
export const deleteChainNodeAction = defineAction(deleteChainNodeDefinition);
export const addNodeCompanyAction = defineAction(addNodeCompanyDefinition);
export const removeNodeCompanyAction = defineAction(removeNodeCompanyDefinition);
