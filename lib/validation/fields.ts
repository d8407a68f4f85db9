// Field rules used by the trip, meeting and company forms, built on the shared ones in common.ts.
// Optional fields here may also be left out of the input altogether (a union with z.undefined()
// does not make an object key optional in zod 4; .optional() does).
import { z } from "zod";
import { id, isoDate } from "./common";

export { id, optionalLongText, optionalText, requiredLongText, requiredText } from "./common";

/** An empty choice ("", null or absent) becomes null. */
const orNull = <T>(v: T | "" | null | undefined): T | null => (v === "" || v === undefined || v === null ? null : v);

export const optionalId = z.union([z.literal(""), z.null(), id]).optional().transform(orNull);

export const optionalIsoDate = z.union([z.literal(""), z.null(), isoDate]).optional().transform(orNull);

/** A row's version, sent back with an edit so that a stale save is refused. */
export const version = z.coerce.number().int().positive();

/** A date that must be given: empty says "required", a malformed one says "date". */
export const requiredDate = z.string().trim().min(1, "validation.required").pipe(isoDate);

/** A list of ids from checkboxes or a multi-select; duplicates are dropped. */
export const idList = (max: number) =>
  z
    .array(id)
    .max(max, "formKit.tooMany")
    .default([])
    .transform((ids) => [...new Set(ids)]);

/** "09:30": a time of day, or nothing. */
export const optionalTime = z
  .union([z.literal(""), z.null(), z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "formKit.invalidTime")])
  .optional()
  .transform(orNull);

/** A phone number as people write it: digits, spaces, dashes, brackets, a leading +. */
export const optionalPhone = z
  .union([z.literal(""), z.null(), z.string().trim().regex(/^\+?[0-9()\- ]{5,20}$/, "formKit.invalidPhone")])
  .optional()
  .transform(orNull);

export const optionalEmail = z
  .union([z.literal(""), z.null(), z.string().trim().max(120, "validation.tooLong").pipe(z.email("formKit.invalidEmail"))])
  .optional()
  .transform(orNull);
