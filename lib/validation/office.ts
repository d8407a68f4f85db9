import { z } from "zod";
import { requiredText, version } from "./common";

const name = (min: number, max: number) => requiredText(max).refine((v) => [...v].length >= min, "validation.tooShort");

/** The office's names as the admin sets them: the city (广安市) and the agency (广安市投资促进局). */
export const officeNamesSchema = z.object({
  cityName: name(2, 30),
  agencyName: name(2, 50),
  /** 月报截止日: the day of the month the groups' monthly figures are due (1–28; empty: no reminder). */
  reportDueDay: z
    .union([
      z.literal(""),
      z.coerce.number({ message: "validation.number" }).int("validation.integer").min(1, "office.reportDueDayRange").max(28, "office.reportDueDayRange"),
    ])
    .nullish()
    .transform((v) => (v === "" || v === undefined ? null : v)),
  /** The version the form was opened at; null when no names were set yet. */
  version: version.nullable(),
});

export type OfficeNamesInput = z.output<typeof officeNamesSchema>;
