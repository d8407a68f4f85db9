import { z } from "zod";
import { id, version, wan } from "./common";

/** The admin's save of one year's targets: every group and district row shown, with the version it was loaded at. */
export const targetsSaveSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  rows: z
    .array(
      z.object({
        scope: z.enum(["group", "district"]),
        scopeId: id,
        projects: z.coerce.number({ message: "validation.number" }).int("validation.integer").min(0, "validation.nonNegative").max(100_000, "validation.tooLarge"),
        signedInvestment: wan,
        fixedAsset: wan,
        fundsInPlace: wan,
        /** null: no target was stored when the grid was opened. */
        version: version.nullable(),
      }),
    )
    .min(1)
    .max(200),
});

export type TargetsSaveInput = z.output<typeof targetsSaveSchema>;
