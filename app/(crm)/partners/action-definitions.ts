// The partner and agreement actions without Next.js (see ../chains/action-definitions.ts).
import {
  createAgreement,
  createPartner,
  deleteAgreement,
  deletePartner,
  updateAgreement,
  updatePartner,
} from "@/db/mutations/partners";
import { auditedChange, type Revalidation } from "@/lib/actions/run-action";
import { editsPartners } from "@/lib/auth/policy";
import {
  agreementDeleteSchema,
  agreementSchema,
  agreementUpdateSchema,
  partnerDeleteSchema,
  partnerSchema,
  partnerUpdateSchema,
} from "@/lib/validation/partner";

/** Partner records are kept by the admin and the secretaries; every partner page reads fresh after a change. */
const partnerEdit = { rule: editsPartners, revalidate: [{ path: "/partners", type: "layout" }] satisfies Revalidation[] };

// The partner mutations do not depend on who asks (the rule above decides), so they take no user.
export const createPartnerDefinition = auditedChange({ ...partnerEdit, name: "partner.create", schema: partnerSchema, entity: "partner", change: (tx, _, input) => createPartner(tx, input) });
export const updatePartnerDefinition = auditedChange({ ...partnerEdit, name: "partner.update", schema: partnerUpdateSchema, entity: "partner", change: (tx, _, input) => updatePartner(tx, input) });
export const deletePartnerDefinition = auditedChange({ ...partnerEdit, name: "partner.delete", schema: partnerDeleteSchema, entity: "partner", change: (tx, _, input) => deletePartner(tx, input), details: (row) => row });
export const createAgreementDefinition = auditedChange({ ...partnerEdit, name: "agreement.create", schema: agreementSchema, entity: "agreement", change: (tx, _, input) => createAgreement(tx, input) });
export const updateAgreementDefinition = auditedChange({ ...partnerEdit, name: "agreement.update", schema: agreementUpdateSchema, entity: "agreement", change: (tx, _, input) => updateAgreement(tx, input) });
export const deleteAgreementDefinition = auditedChange({ ...partnerEdit, name: "agreement.delete", schema: agreementDeleteSchema, entity: "agreement", change: (tx, _, input) => deleteAgreement(tx, input), details: (row) => row });
