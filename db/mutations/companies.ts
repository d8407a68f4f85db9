// Writing the company directory (客商库): companies, with no duplicates by credit code or by name,
// and their people (contacts).
import "server-only";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { findDuplicateCompany } from "@/db/queries/companies";
import { uniqueViolation } from "@/db/sql-fragments";
import { companies, contacts, industries } from "@/db/schema";
import { FieldError, NotFoundError } from "@/lib/actions/errors";
import { auditedChange, type ActionDefinition } from "@/lib/actions/run-action";
import type { CurrentUser } from "@/lib/auth/current-user";
import { type Changes, diffSnapshots, type Snapshot } from "@/lib/domain/changes";
import { normalizeCompanyName } from "@/lib/domain/company-name";
import {
  type CompanyCreateInput,
  companyCreateSchema,
  type CompanyUpdateInput,
  companyUpdateSchema,
  type ContactCreateInput,
  contactCreateSchema,
  type ContactUpdateInput,
  contactUpdateSchema,
} from "@/lib/validation/company";
import { assertWritesTrips, refuseStale } from "./guard";
import { writesTrips } from "@/lib/auth/policy";

/** Refuses a company that already is in the directory, with the message on the field that matched. */
async function assertNoDuplicate(tx: Executor, input: CompanyCreateInput, exceptId?: number): Promise<void> {
  const match = await findDuplicateCompany(tx, input, exceptId);
  if (match) throw match.matchedBy === "creditCode" ? new FieldError("creditCode", "companies.duplicateCode") : new FieldError("name", "companies.duplicateName");
}

async function assertIndustry(tx: Executor, industryId: number | null): Promise<void> {
  if (!industryId) return;
  const [row] = await tx.select({ id: industries.id }).from(industries).where(eq(industries.id, industryId)).limit(1);
  if (!row) throw new FieldError("industryId", "integrity.industryUnknown");
}

/**
 * Two people saving the same new company at once: the unique index lets one through; the other
 * gets the duplicate message of the index it ran into (name or credit code).
 */
function duplicateFrom(error: unknown): FieldError | null {
  const violation = uniqueViolation(error);
  if (!violation) return null;
  return violation.constraint === "companies_credit_code_uq"
    ? new FieldError("creditCode", "companies.duplicateCode")
    : new FieldError("name", "companies.duplicateName");
}

const columnsOf = (input: CompanyCreateInput) => ({
  name: input.name,
  normalizedName: normalizeCompanyName(input.name),
  creditCode: input.creditCode,
  industryId: input.industryId,
  province: input.province,
  city: input.city,
  address: input.address,
  description: input.description,
});

export async function companySnapshot(tx: Executor, companyId: number): Promise<Snapshot | null> {
  const [row] = await tx
    .select({
      name: companies.name,
      creditCode: companies.creditCode,
      industry: industries.name,
      province: companies.province,
      city: companies.city,
      address: companies.address,
      description: companies.description,
    })
    .from(companies)
    .leftJoin(industries, eq(industries.id, companies.industryId))
    .where(eq(companies.id, companyId))
    .limit(1);
  return row ?? null;
}

export async function insertCompany(tx: Executor, user: CurrentUser, input: CompanyCreateInput, now = new Date()): Promise<{ id: number; name: string }> {
  assertWritesTrips(user);
  await assertIndustry(tx, input.industryId);
  await assertNoDuplicate(tx, input);
  try {
    const [company] = await tx
      .insert(companies)
      .values({ ...columnsOf(input), createdById: user.id, createdAt: now, updatedAt: now })
      .returning({ id: companies.id, name: companies.name });
    return company;
  } catch (error) {
    throw duplicateFrom(error) ?? error;
  }
}

export async function updateCompany(
  tx: Executor,
  user: CurrentUser,
  input: CompanyUpdateInput,
  now = new Date(),
): Promise<{ id: number; version: number; changes: Changes }> {
  assertWritesTrips(user);
  const [current] = await tx.select({ version: companies.version }).from(companies).where(eq(companies.id, input.id)).limit(1);
  if (!current) throw new NotFoundError();
  if (current.version !== input.version) await refuseStale(tx, "company", input.id, current.version);
  await assertIndustry(tx, input.industryId);
  await assertNoDuplicate(tx, input, input.id);
  const before = (await companySnapshot(tx, input.id))!;
  let saved: { id: number; version: number } | undefined;
  try {
    [saved] = await tx
      .update(companies)
      .set({ ...columnsOf(input), updatedAt: now, version: input.version + 1 })
      .where(and(eq(companies.id, input.id), eq(companies.version, input.version)))
      .returning({ id: companies.id, version: companies.version });
  } catch (error) {
    throw duplicateFrom(error) ?? error;
  }
  if (!saved) return refuseStale(tx, "company", input.id, input.version + 1);
  const after = (await companySnapshot(tx, input.id))!;
  return { ...saved, changes: diffSnapshots(before, after) };
}

export async function insertContact(tx: Executor, user: CurrentUser, input: ContactCreateInput, now = new Date()): Promise<{ id: number }> {
  assertWritesTrips(user);
  const [company] = await tx.select({ id: companies.id }).from(companies).where(eq(companies.id, input.companyId)).limit(1);
  if (!company) throw new NotFoundError();
  const [contact] = await tx
    .insert(contacts)
    .values({
      companyId: input.companyId,
      name: input.name,
      title: input.title,
      phone: input.phone,
      email: input.email,
      notes: input.notes,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: contacts.id });
  return contact;
}

export async function updateContact(
  tx: Executor,
  user: CurrentUser,
  input: ContactUpdateInput,
  now = new Date(),
): Promise<{ id: number; companyId: number; version: number; changes: Changes }> {
  assertWritesTrips(user);
  const [current] = await tx
    .select({ companyId: contacts.companyId, name: contacts.name, title: contacts.title, phone: contacts.phone, email: contacts.email, notes: contacts.notes, version: contacts.version })
    .from(contacts)
    .where(eq(contacts.id, input.id))
    .limit(1);
  if (!current) throw new NotFoundError();
  if (current.version !== input.version) await refuseStale(tx, "contact", input.id, current.version);
  const [saved] = await tx
    .update(contacts)
    .set({ name: input.name, title: input.title, phone: input.phone, email: input.email, notes: input.notes, updatedAt: now, version: input.version + 1 })
    .where(and(eq(contacts.id, input.id), eq(contacts.version, input.version)))
    .returning({ id: contacts.id, companyId: contacts.companyId, version: contacts.version });
  if (!saved) return refuseStale(tx, "contact", input.id, input.version + 1);
  const { companyId: _companyId, version: _version, ...before } = current;
  const after = { name: input.name, title: input.title, phone: input.phone, email: input.email, notes: input.notes };
  return { ...saved, changes: diffSnapshots(before, after) };
}

export const createCompany = auditedChange({
  name: "company.create",
  schema: companyCreateSchema,
  rule: writesTrips,
  entity: "company",
  change: insertCompany,
  details: async (company, _, tx) => ({ before: {}, after: await companySnapshot(tx, company.id) }),
  revalidate: ["/companies"],
});

export const editCompany: ActionDefinition<typeof companyUpdateSchema, { id: number; version: number }> = {
  name: "company.update",
  schema: companyUpdateSchema,
  rule: writesTrips,
  async run({ input, user, tx, audit }) {
    const { changes, ...company } = await updateCompany(tx, user, input);
    await audit({ entity: "company", entityId: company.id, details: changes });
    return company;
  },
  revalidate: (_, company) => ["/companies", `/companies/${company.id}`],
};

export const createContact: ActionDefinition<typeof contactCreateSchema, { id: number; companyId: number }> = {
  name: "contact.create",
  schema: contactCreateSchema,
  rule: writesTrips,
  async run({ input, user, tx, audit }) {
    const contact = await insertContact(tx, user, input);
    const { companyId: _companyId, ...after } = input;
    await audit({ entity: "contact", entityId: contact.id, details: { before: {}, after } });
    return { id: contact.id, companyId: input.companyId };
  },
  revalidate: (_, contact) => [`/companies/${contact.companyId}`],
};

export const editContact: ActionDefinition<typeof contactUpdateSchema, { id: number; companyId: number; version: number }> = {
  name: "contact.update",
  schema: contactUpdateSchema,
  rule: writesTrips,
  async run({ input, user, tx, audit }) {
    const { changes, ...contact } = await updateContact(tx, user, input);
    await audit({ entity: "contact", entityId: contact.id, details: changes });
    return contact;
  },
  revalidate: (_, contact) => [`/companies/${contact.companyId}`],
};
