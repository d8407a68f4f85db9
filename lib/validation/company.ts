import { z } from "zod";
import { isValidCreditCode } from "@/lib/domain/credit-code";
import { id, optionalEmail, optionalId, optionalLongText, optionalPhone, optionalText, requiredText, version } from "./common";

/** The code as people type it: spaces dropped, letters upper-cased. */
export const cleanCreditCode = (value: string) => value.replace(/[\s\u3000]+/g, "").toUpperCase();

/**
 * 统一社会信用代码, optional: when given it must be 18 characters with the right GB 32100-2015
 * check character. Stored cleaned (upper case, no spaces), or null.
 */
export const optionalCreditCode = z
  .union([z.null(), z.string()])
  .optional()
  .transform((v) => (v ? cleanCreditCode(v) : ""))
  .pipe(
    z.string().superRefine((code, ctx) => {
      if (!code) return;
      // One message at a time: the length first, the check character only for 18 characters.
      if (code.length !== 18) ctx.addIssue({ code: "custom", message: "companies.creditCodeLength" });
      else if (!isValidCreditCode(code)) ctx.addIssue({ code: "custom", message: "companies.creditCodeInvalid" });
    }),
  )
  .transform((v) => (v ? v : null));

const companyFields = z.object({
  name: requiredText(200),
  creditCode: optionalCreditCode,
  industryId: optionalId,
  province: optionalText(50),
  city: optionalText(50),
  address: optionalText(200),
  description: optionalLongText(2000),
});

export const companyCreateSchema = companyFields;
export const companyUpdateSchema = companyFields.extend({ id, version });

export type CompanyCreateInput = z.output<typeof companyCreateSchema>;
export type CompanyUpdateInput = z.output<typeof companyUpdateSchema>;
export type CompanyFormValues = z.input<typeof companyCreateSchema>;

/** A person of a company (客商联系人). */
const contactFields = z.object({
  name: requiredText(50),
  title: optionalText(100),
  phone: optionalPhone,
  email: optionalEmail,
  notes: optionalLongText(500),
});

export const contactCreateSchema = contactFields.extend({ companyId: id });
export const contactUpdateSchema = contactFields.extend({ id, version });

export type ContactCreateInput = z.output<typeof contactCreateSchema>;
export type ContactUpdateInput = z.output<typeof contactUpdateSchema>;
export type ContactFormValues = z.input<typeof contactFields>;

/** A person met for the first time, added while logging a meeting. */
export const newContactSchema = contactFields.pick({ name: true, title: true, phone: true });
