// The partner and agreement actions without Next.js (see ../chains/action-definitions.ts).
import type { z } from "zod";
import {
  createAgreement,
  createPartner,
  deleteAgreement,
  deletePartner,
  updateAgreement,
  updatePartner,
} from "@/db/mutations/partners";
import type { ActionDefinition, Revalidation } from "@/lib/actions/run-action";
import { editsPartners } from "@/lib/auth/policy";
import {
  agreementDeleteSchema,
  agreementSchema,
  agreementUpdateSchema,
  partnerDeleteSchema,
  partnerSchema,
  partnerUpdateSchema,
} from "@/lib/validation/partner";

// Partner records are kept by the admin and the secretaries (rule: policy.editsPartners).

/** Every partner page reads fresh after a change. */
const partnerPages: readonly Revalidation[] = [{ path: "/partners", type: "layout" }];

const define = <S extends z.ZodType, T>(definition: ActionDefinition<S, T>) => definition;

export const createPartnerDefinition = define({
  name: "partner.create",
  schema: partnerSchema,
  rule: editsPartners,
  async run({ input, tx, audit }) {
    const partner = await createPartner(tx, input);
    await audit({ entity: "partner", entityId: partner.id });
    return partner;
  },
  revalidate: partnerPages,
});

export const updatePartnerDefinition = define({
  name: "partner.update",
  schema: partnerUpdateSchema,
  rule: editsPartners,
  async run({ input, tx, audit }) {
    const partner = await updatePartner(tx, input);
    await audit({ entity: "partner", entityId: partner.id });
    return partner;
  },
  revalidate: partnerPages,
});

export const deletePartnerDefinition = define({
  name: "partner.delete",
  schema: partnerDeleteSchema,
  rule: editsPartners,
  async run({ input, tx, audit }) {
    const partner = await deletePartner(tx, input);
    await audit({ entity: "partner", entityId: partner.id, details: partner });
    return partner;
  },
  revalidate: partnerPages,
});

export const createAgreementDefinition = define({
  name: "agreement.create",
  schema: agreementSchema,
  rule: editsPartners,
  async run({ input, tx, audit }) {
    const agreement = await createAgreement(tx, input);
    await audit({ entity: "agreement", entityId: agreement.id });
    return agreement;
  },
  revalidate: partnerPages,
});

export const updateAgreementDefinition = define({
  name: "agreement.update",
  schema: agreementUpdateSchema,
  rule: editsPartners,
  async run({ input, tx, audit }) {
    const agreement = await updateAgreement(tx, input);
    await audit({ entity: "agreement", entityId: agreement.id });
    return agreement;
  },
  revalidate: partnerPages,
});

export const deleteAgreementDefinition = define({
  name: "agreement.delete",
  schema: agreementDeleteSchema,
  rule: editsPartners,
  async run({ input, tx, audit }) {
    const agreement = await deleteAgreement(tx, input);
    await audit({ entity: "agreement", entityId: agreement.id, details: agreement });
    return agreement;
  },
  revalidate: partnerPages,
});
