import { z } from "zod";
import { earliestBusinessDate, id, latestBusinessDate, version, wan } from "./common";

export const monthOn = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-01$/, "validation.date")
  .refine((s) => s.slice(0, 4) >= earliestBusinessDate.slice(0, 4) && s.slice(0, 4) <= latestBusinessDate.slice(0, 4), "integrity.dateOutOfRange");

/** One save of a group's monthly grid: every row typed, with the version each row was loaded at. */
export const monthFiguresSchema = z.object({
  taskGroupId: id,
  monthOn,
  rows: z
    .array(
      z.object({
        leadId: id,
        fixedAsset: wan,
        fundsInPlace: wan,
        /** null: the month had no figures when the grid was opened. */
        version: version.nullable(),
      }),
    )
    .min(1)
    .max(2000),
});

export type MonthFiguresInput = z.output<typeof monthFiguresSchema>;
