import { z } from "zod";
import { id, optionalId, optionalIsoDate, optionalLongText, requiredDate, requiredText, version } from "./common";

/** 完成 (done: true, with an optional note of what was done; for a 批示 the answer, required) or 重新打开 (done: false) a task. */
export const taskStatusSchema = z.object({ id, version, done: z.boolean(), note: optionalLongText(1000) });
export type TaskStatusInput = z.output<typeof taskStatusSchema>;

/** 新建待办: what to do, for whom, by when (optional), about which lead (optional). */
export const taskCreateSchema = z.object({ title: requiredText(200), ownerId: id, dueOn: optionalIsoDate, leadId: optionalId });
export type TaskCreateInput = z.output<typeof taskCreateSchema>;

/** A 督办 item: a task about a lead, for a person of its group, with a date. */
export const supervisionTaskSchema = z.object({ leadId: id, title: requiredText(200), ownerId: id, dueOn: requiredDate });
export type SupervisionTaskInput = z.output<typeof supervisionTaskSchema>;

/** Gives an open task to someone else. */
export const taskReassignSchema = z.object({ id, version, ownerId: id });
export type TaskReassignInput = z.output<typeof taskReassignSchema>;
