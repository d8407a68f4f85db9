import { z } from "zod";
import { id, optionalId, optionalLongText, requiredText, version } from "./common";

/** A task group's own fields: name, heading city leader, description, the industries it follows. */
export const taskGroupUpdateSchema = z.object({
  id,
  version,
  name: requiredText(60),
  leaderId: optionalId,
  description: optionalLongText(500),
  industryIds: z.array(id).max(50).default([]),
});

export type TaskGroupUpdateInput = z.output<typeof taskGroupUpdateSchema>;
