"use server";
import { saveOfficeNamesDefinition } from "@/db/mutations/office";
import { defineAction } from "@/lib/actions/define-action";

/** Sets the city's and the agency's names (admin). */
export const saveOfficeNamesAction = defineAction(saveOfficeNamesDefinition);
