"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import type { ActionResult } from "@/lib/actions/result";
import {
  addNodeCompanyDefinition,
  createChainDefinition,
  createChainNodeDefinition,
  deleteChainDefinition,
  deleteChainNodeDefinition,
  removeNodeCompanyDefinition,
  updateChainDefinition,
  updateChainNodeDefinition,
} from "./action-definitions";

const createChain = defineAction(createChainDefinition);
const updateChain = defineAction(updateChainDefinition);
const deleteChain = defineAction(deleteChainDefinition);
const createChainNode = defineAction(createChainNodeDefinition);
const updateChainNode = defineAction(updateChainNodeDefinition);
const deleteChainNode = defineAction(deleteChainNodeDefinition);
const addNodeCompany = defineAction(addNodeCompanyDefinition);
const removeNodeCompany = defineAction(removeNodeCompanyDefinition);

/** Refreshes the chain list and the pages of one chain after a change. */
function refresh<T extends { chainId?: number; id?: number }>(result: ActionResult<T>, chainId?: number) {
  if (!result.ok) return result;
  revalidatePath("/chains");
  const id = chainId ?? result.data.chainId;
  if (id) revalidatePath(`/chains/${id}`, "layout");
  return result;
}

export async function createChainAction(input: unknown) {
  return refresh(await createChain(input));
}

export async function updateChainAction(input: unknown) {
  const result = await updateChain(input);
  return refresh(result, result.ok ? result.data.id : undefined);
}

export async function deleteChainAction(input: unknown) {
  const result = await deleteChain(input);
  return refresh(result, result.ok ? result.data.id : undefined);
}

export async function createChainNodeAction(input: unknown) {
  return refresh(await createChainNode(input));
}

export async function updateChainNodeAction(input: unknown) {
  return refresh(await updateChainNode(input));
}

export async function deleteChainNodeAction(input: unknown) {
  return refresh(await deleteChainNode(input));
}

export async function addNodeCompanyAction(input: unknown) {
  return refresh(await addNodeCompany(input));
}

export async function removeNodeCompanyAction(input: unknown) {
  return refresh(await removeNodeCompany(input));
}
