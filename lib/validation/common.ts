// Field rules shared by forms (zodResolver) and server actions. Messages are keys under
// "validation." in messages/*.json, so the same schema speaks the user's language on both sides.
import { z } from "zod";

// zod's own messages (a wrong type, a bad enum value) become message keys too. jitless: zod would
// otherwise probe `new Function` in the browser, which the Content-Security-Policy (no 'unsafe-eval')
// refuses and reports as a violation.
z.config({
  jitless: true,
  customError: (issue) => (issue.input === undefined || issue.input === "" ? "validation.required" : "validation.invalid"),
});

export const id = z.coerce.number().int().positive();
// Optional fields: "" (an empty form control), null or a missing key all become null.
// (.nullish() before .transform keeps the key optional in zod 4.)
const emptyToNull = <T>(v: T | "" | null | undefined): T | null => (v === "" || v === undefined || v === null ? null : v);

export const optionalId = z.union([z.literal(""), id]).nullish().transform(emptyToNull);

/** A list of ids from checkboxes or a multi-select; duplicates are dropped. */
export const idList = (max: number) =>
  z
    .array(id)
    .max(max, "formKit.tooMany")
    .default([])
    .transform((ids) => [...new Set(ids)]);

/** A row's version, sent back with an edit so that a stale save is refused. */
export const version = z.coerce.number().int().positive();

/** Business dates (signing, meetings, trips, follow-ups, agreements) lie within these, inclusive. */
export const earliestBusinessDate = "1990-01-01";
export const latestBusinessDate = "2100-12-31";

export const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "validation.date")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "validation.date")
  // A 1900-01-01 signing date is a typing slip, not a deal: refused rather than counted.
  .refine((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s) || (s >= earliestBusinessDate && s <= latestBusinessDate), "integrity.dateOutOfRange");
export const optionalIsoDate = z.union([z.literal(""), isoDate]).nullish().transform(emptyToNull);

/** A date that must be given: empty says "required", a malformed one says "date". */
export const requiredDate = z.string().trim().min(1, "validation.required").pipe(isoDate);

/** "09:30": a time of day, or nothing. */
export const optionalTime = z
  .union([z.literal(""), z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "formKit.invalidTime")])
  .nullish()
  .transform(emptyToNull);

/** Money in integer 万元. */
export const wan = z.coerce.number({ message: "validation.number" }).int("validation.integer").min(0, "validation.nonNegative").max(100_000_000, "validation.tooLarge");
export const optionalWan = z.union([z.literal(""), wan]).nullish().transform(emptyToNull);

// Text. Control characters (NUL, escape, the C1 block…) are never typed on purpose: SQLite would cut
// a value at a NUL without a word and PostgreSQL refuses the whole statement, so every text field
// refuses them with a message on the field. Long text (descriptions, notes, summaries: the
// textareas) keeps tabs and line breaks; a one-line field refuses those too.
const controlCharacter = /[\u0000-\u001F\u007F-\u009F]/;
const controlCharacterOfLongText = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Whether the text has no control character (long text: none but tab, line feed and carriage return). */
export const hasNoControlCharacters = (text: string, long = false): boolean => !(long ? controlCharacterOfLongText : controlCharacter).test(text);

/** A one-line text that must be given. */
export const requiredText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, "validation.required")
    .max(max, "validation.tooLong")
    .refine((v) => hasNoControlCharacters(v), "integrity.controlCharacters");

/** A one-line text that may be left empty (null). */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.tooLong")
    .refine((v) => hasNoControlCharacters(v), "integrity.controlCharacters")
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

/** A text of several lines (a textarea) that must be given. */
export const requiredLongText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, "validation.required")
    .max(max, "validation.tooLong")
    .refine((v) => hasNoControlCharacters(v, true), "integrity.controlCharactersLong");

/** A text of several lines (a textarea) that may be left empty (null). */
export const optionalLongText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.tooLong")
    .refine((v) => hasNoControlCharacters(v, true), "integrity.controlCharactersLong")
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

/** A phone number as people write it: digits, spaces, dashes, brackets, a leading +. */
export const optionalPhone = z
  .union([z.literal(""), z.string().trim().regex(/^\+?[0-9()\- ]{5,20}$/, "formKit.invalidPhone")])
  .nullish()
  .transform(emptyToNull);

export const optionalEmail = z
  .union([z.literal(""), z.string().trim().max(120, "validation.tooLong").pipe(z.email("formKit.invalidEmail"))])
  .nullish()
  .transform(emptyToNull);
