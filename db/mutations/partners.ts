// Changes to partner regions and their agreements (定向招商). The actions admit only the admin and
// secretaries; these functions check the rows: they exist, names stay unique, saves are not stale,
// and nothing that leads or agreements point to is deleted.
import { and, count, eq, ne } from "drizzle-orm";
import type { z } from "zod";
import type { Executor } from "@/db/client";
import { agreements, leads, partners } from "@/db/schema";
import { FieldError, NotFoundError } from "@/lib/actions/errors";
import { editsPartners } from "@/lib/auth/policy";
import {
  agreementDeleteSchema,
  agreementSchema,
  agreementUpdateSchema,
  partnerDeleteSchema,
  partnerSchema,
  partnerUpdateSchema,
} from "@/lib/validation/partner";
import { conflictOn } from "./last-change";
import { auditedChange, type Revalidation } from "@/lib/actions/run-action";

type Out<S extends z.ZodType> = z.output<S>;

async function checkNameFree(tx: Executor, name: string, exceptId: number | null) {
  const [row] = await tx
    .select({ id: partners.id })
    .from(partners)
    .where(and(eq(partners.name, name), exceptId === null ? undefined : ne(partners.id, exceptId)))
    .limit(1);
  if (row) throw new FieldError("name", "partners.nameTaken");
}

async function partnerRow(tx: Executor, id: number) {
  const [row] = await tx
    .select({ id: partners.id, name: partners.name, version: partners.version, updatedAt: partners.updatedAt })
    .from(partners)
    .where(eq(partners.id, id))
    .limit(1);
  if (!row) throw new NotFoundError();
  return row;
}

export async function createPartner(tx: Executor, input: Out<typeof partnerSchema>, now = new Date()) {
  await checkNameFree(tx, input.name, null);
  const [row] = await tx
    .insert(partners)
    .values({ ...input, createdAt: now, updatedAt: now })
    .returning({ id: partners.id, name: partners.name });
  return row;
}

export async function updatePartner(tx: Executor, input: Out<typeof partnerUpdateSchema>, now = new Date()) {
  const current = await partnerRow(tx, input.id);
  await checkNameFree(tx, input.name, input.id);
  const [row] = await tx
    .update(partners)
    .set({ name: input.name, regionGroup: input.regionGroup, city: input.city, description: input.description, updatedAt: now, version: input.version + 1 })
    .where(and(eq(partners.id, input.id), eq(partners.version, input.version)))
    .returning({ id: partners.id, name: partners.name, version: partners.version });
  if (!row) throw await conflictOn(tx, "partner", current.id, current);
  return row;
}

export async function deletePartner(tx: Executor, input: Out<typeof partnerDeleteSchema>) {
  const current = await partnerRow(tx, input.id);
  if (current.version !== input.version) throw await conflictOn(tx, "partner", current.id, current);
  const [{ n }] = await tx.select({ n: count() }).from(agreements).where(eq(agreements.partnerId, current.id));
  if (n > 0) throw new FieldError("partner", "partners.partnerHasAgreements");
  await tx.delete(partners).where(and(eq(partners.id, current.id), eq(partners.version, input.version)));
  return { id: current.id, name: current.name };
}

async function agreementRow(tx: Executor, id: number) {
  const [row] = await tx
    .select({ id: agreements.id, partnerId: agreements.partnerId, title: agreements.title, version: agreements.version, updatedAt: agreements.updatedAt })
    .from(agreements)
    .where(eq(agreements.id, id))
    .limit(1);
  if (!row) throw new NotFoundError();
  return row;
}

const agreementValues = (input: Out<typeof agreementSchema>) => ({
  partnerId: input.partnerId,
  title: input.title,
  kind: input.kind,
  signedOn: input.signedOn,
  sectors: input.sectors,
  signatories: input.signatories,
  status: input.status,
  notes: input.notes,
});

/** The partner region an agreement is filed under must exist: else a message on the field, not a foreign-key failure. */
async function checkPartner(tx: Executor, partnerId: number) {
  const [row] = await tx.select({ id: partners.id }).from(partners).where(eq(partners.id, partnerId)).limit(1);
  if (!row) throw new FieldError("partnerId", "integrity.partnerUnknown");
}

export async function createAgreement(tx: Executor, input: Out<typeof agreementSchema>, now = new Date()) {
  await checkPartner(tx, input.partnerId);
  const [row] = await tx
    .insert(agreements)
    .values({ ...agreementValues(input), createdAt: now, updatedAt: now })
    .returning({ id: agreements.id, partnerId: agreements.partnerId, title: agreements.title });
  return row;
}

export async function updateAgreement(tx: Executor, input: Out<typeof agreementUpdateSchema>, now = new Date()) {
  const current = await agreementRow(tx, input.id);
  if (input.partnerId !== current.partnerId) await checkPartner(tx, input.partnerId);
  const [row] = await tx
    .update(agreements)
    .set({ ...agreementValues(input), updatedAt: now, version: input.version + 1 })
    .where(and(eq(agreements.id, input.id), eq(agreements.version, input.version)))
    .returning({ id: agreements.id, partnerId: agreements.partnerId, title: agreements.title, version: agreements.version });
  if (!row) throw await conflictOn(tx, "agreement", current.id, current);
  return { ...row, previousPartnerId: current.partnerId };
}

export async function deleteAgreement(tx: Executor, input: Out<typeof agreementDeleteSchema>) {
  const current = await agreementRow(tx, input.id);
  if (current.version !== input.version) throw await conflictOn(tx, "agreement", current.id, current);
  // Leads keep the agreement they came from: an agreement with leads is not deleted.
  const [{ n }] = await tx.select({ n: count() }).from(leads).where(eq(leads.agreementId, current.id));
  if (n > 0) throw new FieldError("agreement", "partners.agreementHasLeads");
  await tx.delete(agreements).where(and(eq(agreements.id, current.id), eq(agreements.version, input.version)));
  return { id: current.id, partnerId: current.partnerId, title: current.title };
}

// The actions (app/(crm)/partners/actions.ts makes them server actions).

/** Partner records are kept by the admin and the secretaries; every partner page reads fresh after a change. */
const partnerEdit = { rule: editsPartners, revalidate: [{ path: "/partners", type: "layout" }] satisfies Revalidation[] };

// The partner mutations do not depend on who asks (the rule above decides), so they take no user.
export const createPartnerDefinition = auditedChange({ ...partnerEdit, name: "partner.create", schema: partnerSchema, entity: "partner", change: (tx, _, input) => createPartner(tx, input) });
export const updatePartnerDefinition = auditedChange({ ...partnerEdit, name: "partner.update", schema: partnerUpdateSchema, entity: "partner", change: (tx, _, input) => updatePartner(tx, input) });
export const deletePartnerDefinition = auditedChange({ ...partnerEdit, name: "partner.delete", schema: partnerDeleteSchema, entity: "partner", change: (tx, _, input) => deletePartner(tx, input), details: (row) => row });
export const createAgreementDefinition = auditedChange({ ...partnerEdit, name: "agreement.create", schema: agreementSchema, entity: "agreement", change: (tx, _, input) => createAgreement(tx, input) });
export const updateAgreementDefinition = auditedChange({ ...partnerEdit, name: "agreement.update", schema: agreementUpdateSchema, entity: "agreement", change: (tx, _, input) => updateAgreement(tx, input) });
export const deleteAgreementDefinition = auditedChange({ ...partnerEdit, name: "agreement.delete", schema: agreementDeleteSchema, entity: "agreement", change: (tx, _, input) => deleteAgreement(tx, input), details: (row) => row });
