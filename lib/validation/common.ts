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

export const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "validation.date")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "validation.date");
export const optionalIsoDate = z.union([z.literal(""), isoDate]).nullish().transform(emptyToNull);

/** Money in integer 万元. */
export const wan = z.coerce.number({ message: "validation.number" }).int("validation.integer").min(0, "validation.nonNegative").max(100_000_000, "validation.tooLarge");
export const optionalWan = z.union([z.literal(""), wan]).nullish().transform(emptyToNull);

export const requiredText = (max: number) => z.string().trim().min(1, "validation.required").max(max, "validation.tooLong");
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.tooLong")
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));
