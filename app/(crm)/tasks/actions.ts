"use server";
import { createSupervisionTask, createTask, reassignTask, setTaskStatus } from "@/db/mutations/tasks";
import { defineAction } from "@/lib/actions/define-action";

/** Marks a task done (with an optional note; a 批示's answer, required) or open again. Rules live in db/mutations/tasks.ts. */
export const setTaskStatusAction = defineAction(setTaskStatus);
/** 新建待办: a task by hand. */
export const createTaskAction = defineAction(createTask);
/** A 督办 item about a lead. */
export const createSupervisionTaskAction = defineAction(createSupervisionTask);
/** Gives an open task to someone else. */
export const reassignTaskAction = defineAction(reassignTask);
