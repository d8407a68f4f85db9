import { z } from "zod";

/** The user's own password change; the rules on the new password need the account (db/mutations/account.ts). */
export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "account.currentPasswordRequired").max(200, "validation.tooLong"),
    newPassword: z.string().min(1, "account.passwordTooShort").max(200, "validation.tooLong"),
    confirmPassword: z.string().max(200, "validation.tooLong"),
  })
  .refine((value) => value.newPassword === value.confirmPassword, { path: ["confirmPassword"], message: "account.passwordsDiffer" });

export const endSessionSchema = z.object({ sessionId: z.string().min(16).max(100) });

export type ChangePasswordInput = z.input<typeof changePasswordSchema>;
