import { z } from "zod";
import { regionGroups, tripStatuses } from "@/db/schema/enums";
import { id, idList, optionalLongText, requiredDate, requiredText, version } from "./common";

/** A trip (考察) as the form edits it; the same schema parses the server action's input. */
const tripFields = z.object({
  title: requiredText(200),
  leaderId: z.coerce.number().int().positive("trips.leaderRequired"),
  memberIds: idList(60),
  startOn: requiredDate,
  endOn: requiredDate,
  destinations: requiredText(200),
  region: z.enum(regionGroups),
  purpose: optionalLongText(2000),
  status: z.enum(tripStatuses),
});

const isoShape = /^\d{4}-\d{2}-\d{2}$/;
// ISO dates compare as strings; only compare two well-formed ones (the fields report the rest).
const endNotBeforeStart = (v: { startOn: unknown; endOn: unknown }) =>
  !(typeof v.startOn === "string" && typeof v.endOn === "string" && isoShape.test(v.startOn.trim()) && isoShape.test(v.endOn.trim())) ||
  v.endOn.trim() >= v.startOn.trim();

export const tripCreateSchema = tripFields.refine(endNotBeforeStart, { path: ["endOn"], message: "trips.endBeforeStart" });
export const tripUpdateSchema = tripFields
  .extend({ id, version })
  .refine(endNotBeforeStart, { path: ["endOn"], message: "trips.endBeforeStart" });

export type TripCreateInput = z.output<typeof tripCreateSchema>;
export type TripUpdateInput = z.output<typeof tripUpdateSchema>;
export type TripFormValues = z.input<typeof tripCreateSchema>;
