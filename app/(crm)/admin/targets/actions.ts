"use server";
import { revalidatePath } from "next/cache";
import { saveTargetsDefinition } from "@/db/mutations/targets";
import { defineAction } from "@/lib/actions/define-action";

const save = defineAction(saveTargetsDefinition);

/** Saves a year's targets (admin only); the cockpit and the targets page read them fresh after. */
export async function saveTargetsAction(input: unknown) {
  const result = await save(input);
  if (result.ok) {
    revalidatePath("/admin/targets");
    revalidatePath("/");
  }
  return result;
}
