"use server";
import { saveMonthFiguresDefinition } from "@/db/mutations/reports";
import { defineAction } from "@/lib/actions/define-action";

/** Saves a group's month: every changed row, each with its audit entry, in one transaction. */
export const saveMonthFiguresAction = defineAction(saveMonthFiguresDefinition);
