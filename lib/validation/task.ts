import { z } from "zod";
import { id, optionalLongText, version } from "./common";

/** 完成 (done: true, with an optional note of what was done) or 重新打开 (done: false) a task. */
export const taskStatusSchema = z.object({ id, version, done: z.boolean(), note: optionalLongText(1000) });
export type TaskStatusInput = z.output<typeof taskStatusSchema>;
