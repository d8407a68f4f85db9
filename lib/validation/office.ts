import { z } from "zod";
import { requiredText, version } from "./common";

const name = (min: number, max: number) => requiredText(max).refine((v) => [...v].length >= min, "validation.tooShort");

/** The office's names as the admin sets them: the city (广安市) and the agency (广安市投资促进局). */
export const officeNamesSchema = z.object({
  cityName: name(2, 30),
  agencyName: name(2, 50),
  /** The version the form was opened at; null when no names were set yet. */
  version: version.nullable(),
});

export type OfficeNamesInput = z.output<typeof officeNamesSchema>;
