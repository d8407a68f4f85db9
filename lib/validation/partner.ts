// Forms and actions of directed promotion (定向招商): partner regions and their agreements.
import { z } from "zod";
import { agreementKinds, agreementStatuses, regionGroups } from "@/db/schema/enums";
import { id, optionalIsoDate, optionalLongText, optionalText, requiredText, version } from "./common";

export const partnerSchema = z.object({
  name: requiredText(100),
  regionGroup: z.enum(regionGroups),
  city: optionalText(40),
  description: optionalLongText(2000),
});
export type PartnerInput = z.input<typeof partnerSchema>;

export const partnerUpdateSchema = partnerSchema.extend({ id, version });
export type PartnerUpdateInput = z.input<typeof partnerUpdateSchema>;

export const partnerDeleteSchema = z.object({ id, version });

const agreementFields = z.object({
  partnerId: id,
  title: requiredText(200),
  kind: z.enum(agreementKinds),
  signedOn: optionalIsoDate.optional().transform((v) => v ?? null),
  sectors: optionalText(200),
  signatories: optionalText(500),
  status: z.enum(agreementStatuses),
  notes: optionalLongText(2000),
});

/** Once an agreement is past negotiation it has been signed, so it has a signing date. */
const needsDate = (value: { status: string; signedOn: string | null }, ctx: z.RefinementCtx) => {
  if (value.status !== "negotiating" && !value.signedOn) ctx.addIssue({ code: "custom", path: ["signedOn"], message: "partners.signedOnRequired" });
};

export const agreementSchema = agreementFields.superRefine(needsDate);
export type AgreementInput = z.input<typeof agreementSchema>;

export const agreementUpdateSchema = agreementFields.extend({ id, version }).superRefine(needsDate);
export type AgreementUpdateInput = z.input<typeof agreementUpdateSchema>;

export const agreementDeleteSchema = z.object({ id, version });
