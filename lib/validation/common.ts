// Field rules shared by forms (zodResolver) and server actions. Messages are keys under
// "validation." in messages/*.json, so the same schema speaks the user's language on both sides.
import { z } from "zod";

// zod's own messages (a wrong type, a bad enum value) become message keys too.
z.config({
  customError: (issue) => (issue.input === undefined || issue.input === "" ? "validation.required" : "validation.invalid"),
});

export const id = z.coerce.number().int().positive();
// `.optional()` (not z.undefined() in the union): zod 4 treats only optional schemas as keys that
// may be left out of an object altogether.
export const optionalId = z
  .union([z.literal(""), z.null(), id])
  .optional()
  .transform((v) => (v === "" || v === undefined ? null : v));

export const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "validation.date")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "validation.date");
export const optionalIsoDate = z
  .union([z.literal(""), z.null(), isoDate])
  .optional()
  .transform((v) => (v === "" || v === undefined ? null : v));

/** Money in integer 万元. */
export const wan = z.coerce.number({ message: "validation.number" }).int("validation.integer").min(0, "validation.nonNegative").max(100_000_000, "validation.tooLarge");
export const optionalWan = z
  .union([z.literal(""), z.null(), wan])
  .optional()
  .transform((v) => (v === "" || v === undefined ? null : v));

export const requiredText = (max: number) => z.string().trim().min(1, "validation.required").max(max, "validation.tooLong");
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.tooLong")
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));
