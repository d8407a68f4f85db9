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
import type { ActionDefinition } from "@/lib/actions/run-action";
import {
  agreementDeleteSchema,
  agreementSchema,
  agreementUpdateSchema,
  partnerDeleteSchema,
  partnerSchema,
  partnerUpdateSchema,
} from "@/lib/validation/partner";

/** Partner records are kept by the admin and the secretaries (see lib/auth/promotion-permissions.ts). */
const partnerEditors = ["admin", "secretary"] as const;

const define = <S extends z.ZodType, T>(definition: ActionDefinition<S, T>) => definition;

export const createPartnerDefinition = define({
  name: "partner.create",
  schema: partnerSchema,
  roles: partnerEditors,
  async run({ input, tx, audit }) {
    const partner = await createPartner(tx, input);
    await audit({ entity: "partner", entityId: partner.id });
    return partner;
  },
});

export const updatePartnerDefinition = define({
  name: "partner.update",
  schema: partnerUpdateSchema,
  roles: partnerEditors,
  async run({ input, tx, audit }) {
    const partner = await updatePartner(tx, input);
    await audit({ entity: "partner", entityId: partner.id });
    return partner;
  },
});

export const deletePartnerDefinition = define({
  name: "partner.delete",
  schema: partnerDeleteSchema,
  roles: partnerEditors,
  async run({ input, tx, audit }) {
    const partner = await deletePartner(tx, input);
    await audit({ entity: "partner", entityId: partner.id, details: partner });
    return partner;
  },
});

export const createAgreementDefinition = define({
  name: "agreement.create",
  schema: agreementSchema,
  roles: partnerEditors,
  async run({ input, tx, audit }) {
    const agreement = await createAgreement(tx, input);
    await audit({ entity: "agreement", entityId: agreement.id });
    return agreement;
  },
});

export const updateAgreementDefinition = define({
  name: "agreement.update",
  schema: agreementUpdateSchema,
  roles: partnerEditors,
  async run({ input, tx, audit }) {
    const agreement = await updateAgreement(tx, input);
    await audit({ entity: "agreement", entityId: agreement.id });
    return agreement;
  },
});

export const deleteAgreementDefinition = define({
  name: "agreement.delete",
  schema: agreementDeleteSchema,
  roles: partnerEditors,
  async run({ input, tx, audit }) {
    const agreement = await deleteAgreement(tx, input);
    await audit({ entity: "agreement", entityId: agreement.id, details: agreement });
    return agreement;
  },
});
