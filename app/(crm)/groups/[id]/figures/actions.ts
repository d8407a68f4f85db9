"use server";
import { revalidatePath } from "next/cache";
import { saveMonthFiguresDefinition } from "@/db/mutations/reports";
import { defineAction } from "@/lib/actions/define-action";

const save = defineAction(saveMonthFiguresDefinition);

/** Saves a group's month: every changed row, each with its audit entry, in one transaction. */
export async function saveMonthFiguresAction(input: unknown) {
  const result = await save(input);
  if (result.ok) revalidatePath(`/groups/${result.data.taskGroupId}/figures`);
  return result;
}
