import { z } from "zod";
import { id, wan } from "./common";

export const monthOn = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-01$/, "validation.date");

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
        version: z.number().int().positive().nullable(),
      }),
    )
    .min(1)
    .max(2000),
});

export type MonthFiguresInput = z.output<typeof monthFiguresSchema>;
