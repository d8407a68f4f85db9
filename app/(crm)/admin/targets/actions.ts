"use server";
import { saveTargetsDefinition } from "@/db/mutations/targets";
import { defineAction } from "@/lib/actions/define-action";

/** Saves a year's targets (admin only); the cockpit and the targets page read them fresh after. */
export const saveTargetsAction = defineAction(saveTargetsDefinition);
