"use server";
import { setTaskStatus } from "@/db/mutations/tasks";
import { defineAction } from "@/lib/actions/define-action";

/** Marks a task done (with an optional note) or open again. Rules live in db/mutations/tasks.ts. */
export const setTaskStatusAction = defineAction(setTaskStatus);
