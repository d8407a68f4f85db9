// Changes to chains (产业链), their nodes and the companies on them. Every function runs inside an
// action's transaction and checks that the user may change THIS chain: the admin, or a lead of the
// task group of the chain's industry. Nothing here trusts what the page showed.
import { and, count, eq, inArray, isNotNull, isNull, max, ne, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { chainNodeCompanies, chainNodes, chains, companies, districts, industries, leads } from "@/db/schema";
import type { ChainPosition } from "@/db/schema/enums";
import { FieldError, ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import { canEditChain, mayEditChains } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/current-user";
import { normalizeCompanyName } from "@/lib/domain/company-name";
import { subtreeIds } from "@/lib/domain/supporting-rate";
import type { z } from "zod";
import {
  chainDeleteSchema,
  chainNodeDeleteSchema,
  chainNodeSchema,
  chainNodeUpdateSchema,
  chainSchema,
  chainUpdateSchema,
  nodeCompanyDeleteSchema,
  nodeCompanySchema,
} from "@/lib/validation/chain";
import { conflictOn } from "./last-change";
import { actionDefinition, auditedChange, type Revalidation } from "@/lib/actions/run-action";

type Out<S extends z.ZodType> = z.output<S>;

export type ChainForChange = {
  id: number;
  name: string;
  districtId: number;
  industryId: number;
  taskGroupId: number | null;
  version: number;
  updatedAt: Date;
};

/** The chain, if it exists and the user may change it. */
export async function chainForChange(tx: Executor, user: CurrentUser, chainId: number): Promise<ChainForChange> {
  const [row] = await tx
    .select({
      id: chains.id,
      name: chains.name,
      districtId: chains.districtId,
      industryId: chains.industryId,
      taskGroupId: industries.taskGroupId,
      version: chains.version,
      updatedAt: chains.updatedAt,
    })
    .from(chains)
    .innerJoin(industries, eq(industries.id, chains.industryId))
    .where(eq(chains.id, chainId))
    .limit(1);
  if (!row) throw new NotFoundError();
  if (!canEditChain(user, row.taskGroupId)) throw new ForbiddenError();
  return row;
}

async function industryGroupOf(tx: Executor, industryId: number): Promise<number | null> {
  const [row] = await tx.select({ taskGroupId: industries.taskGroupId }).from(industries).where(eq(industries.id, industryId)).limit(1);
  if (!row) throw new FieldError("industryId", "integrity.industryUnknown");
  return row.taskGroupId;
}

async function checkDistrict(tx: Executor, districtId: number) {
  const [row] = await tx.select({ id: districts.id }).from(districts).where(eq(districts.id, districtId)).limit(1);
  if (!row) throw new FieldError("districtId", "integrity.districtUnknown");
}

async function checkNameFree(tx: Executor, name: string, exceptId: number | null) {
  const [row] = await tx
    .select({ id: chains.id })
    .from(chains)
    .where(and(eq(chains.name, name), exceptId === null ? undefined : ne(chains.id, exceptId)))
    .limit(1);
  if (row) throw new FieldError("name", "chains.nameTaken");
}

export async function createChain(tx: Executor, user: CurrentUser, input: Out<typeof chainSchema>, now = new Date()) {
  const taskGroupId = await industryGroupOf(tx, input.industryId);
  if (!canEditChain(user, taskGroupId)) throw new ForbiddenError();
  await checkDistrict(tx, input.districtId);
  await checkNameFree(tx, input.name, null);
  const [row] = await tx
    .insert(chains)
    .values({ name: input.name, districtId: input.districtId, industryId: input.industryId, description: input.description, createdAt: now, updatedAt: now })
    .returning({ id: chains.id });
  return row;
}

export async function updateChain(tx: Executor, user: CurrentUser, input: Out<typeof chainUpdateSchema>, now = new Date()) {
  const chain = await chainForChange(tx, user, input.id);
  if (input.industryId !== chain.industryId && !canEditChain(user, await industryGroupOf(tx, input.industryId))) {
    throw new FieldError("industryId", "chains.industryNotYours");
  }
  await checkDistrict(tx, input.districtId);
  await checkNameFree(tx, input.name, chain.id);
  const [row] = await tx
    .update(chains)
    .set({
      name: input.name,
      districtId: input.districtId,
      industryId: input.industryId,
      description: input.description,
      updatedAt: now,
      version: input.version + 1,
    })
    .where(and(eq(chains.id, chain.id), eq(chains.version, input.version)))
    .returning({ id: chains.id, version: chains.version });
  if (!row) throw await conflictOn(tx, "chain", chain.id, chain);
  return row;
}

async function leadsOnNodes(tx: Executor, nodeIds: number[]): Promise<number> {
  if (nodeIds.length === 0) return 0;
  const [row] = await tx.select({ n: count() }).from(leads).where(inArray(leads.chainNodeId, nodeIds));
  return row.n;
}

export async function deleteChain(tx: Executor, user: CurrentUser, input: Out<typeof chainDeleteSchema>) {
  const chain = await chainForChange(tx, user, input.id);
  if (chain.version !== input.version) throw await conflictOn(tx, "chain", chain.id, chain);
  const nodeIds = (await tx.select({ id: chainNodes.id }).from(chainNodes).where(eq(chainNodes.chainId, chain.id))).map((n) => n.id);
  // Leads keep their link to the part they fill: a chain with leads on it is not deleted.
  if ((await leadsOnNodes(tx, nodeIds)) > 0) throw new FieldError("chain", "chains.chainHasLeads");
  await tx.delete(chains).where(and(eq(chains.id, chain.id), eq(chains.version, input.version)));
  return { id: chain.id, name: chain.name };
}

type NodeForChange = {
  id: number;
  chainId: number;
  parentId: number | null;
  name: string;
  position: ChainPosition;
  version: number;
  updatedAt: Date;
  chain: ChainForChange;
};

async function nodeForChange(tx: Executor, user: CurrentUser, nodeId: number): Promise<NodeForChange> {
  const [node] = await tx
    .select({
      id: chainNodes.id,
      chainId: chainNodes.chainId,
      parentId: chainNodes.parentId,
      name: chainNodes.name,
      position: chainNodes.position,
      version: chainNodes.version,
      updatedAt: chainNodes.updatedAt,
    })
    .from(chainNodes)
    .where(eq(chainNodes.id, nodeId))
    .limit(1);
  if (!node) throw new NotFoundError();
  return { ...node, chain: await chainForChange(tx, user, node.chainId) };
}

export async function createChainNode(tx: Executor, user: CurrentUser, input: Out<typeof chainNodeSchema>, now = new Date()) {
  const chain = await chainForChange(tx, user, input.chainId);
  let position = input.position;
  if (input.parentId !== null) {
    // Two levels: segment → part. A part sits under a segment of the same chain and takes its position.
    const [parent] = await tx
      .select({ id: chainNodes.id, position: chainNodes.position })
      .from(chainNodes)
      .where(and(eq(chainNodes.id, input.parentId), eq(chainNodes.chainId, chain.id), isNull(chainNodes.parentId)))
      .limit(1);
    if (!parent) throw new FieldError("parentId", "validation.invalid");
    position = parent.position;
  }
  // Segments are numbered among segments, parts across the whole chain (as the seed does), so
  // every list of parts comes out in the order they were added.
  const [last] = await tx
    .select({ n: max(chainNodes.sortOrder) })
    .from(chainNodes)
    .where(and(eq(chainNodes.chainId, chain.id), input.parentId === null ? isNull(chainNodes.parentId) : isNotNull(chainNodes.parentId)));
  const [row] = await tx
    .insert(chainNodes)
    .values({
      chainId: chain.id,
      parentId: input.parentId,
      name: input.name,
      position,
      presence: input.presence,
      aim: input.aim,
      sortOrder: Number(last?.n ?? 0) + 1,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: chainNodes.id });
  return { id: row.id, chainId: chain.id };
}

export async function updateChainNode(tx: Executor, user: CurrentUser, input: Out<typeof chainNodeUpdateSchema>, now = new Date()) {
  const node = await nodeForChange(tx, user, input.id);
  if (node.version !== input.version) throw await conflictOn(tx, "chainNode", node.id, node);
  let position = input.position;
  if (node.parentId !== null) {
    const [parent] = await tx.select({ position: chainNodes.position }).from(chainNodes).where(eq(chainNodes.id, node.parentId)).limit(1);
    position = parent?.position ?? node.position;
  }
  const [row] = await tx
    .update(chainNodes)
    .set({ name: input.name, position, presence: input.presence, aim: input.aim, updatedAt: now, version: input.version + 1 })
    .where(and(eq(chainNodes.id, node.id), eq(chainNodes.version, input.version)))
    .returning({ id: chainNodes.id, chainId: chainNodes.chainId, version: chainNodes.version });
  if (!row) throw await conflictOn(tx, "chainNode", node.id, { ...node, version: input.version + 1 });
  if (node.parentId === null && position !== node.position) {
    // The parts change with their segment: an edit of a part opened before is based on an older copy.
    await tx
      .update(chainNodes)
      .set({ position, updatedAt: now, version: sql`${chainNodes.version} + 1` })
      .where(eq(chainNodes.parentId, node.id));
  }
  return row;
}

export async function deleteChainNode(tx: Executor, user: CurrentUser, input: Out<typeof chainNodeDeleteSchema>) {
  const node = await nodeForChange(tx, user, input.id);
  const all = await tx.select({ id: chainNodes.id, parentId: chainNodes.parentId }).from(chainNodes).where(eq(chainNodes.chainId, node.chainId));
  const ids = [...subtreeIds(all.map((n) => ({ ...n, presence: "missing" as const })), node.id)];
  if ((await leadsOnNodes(tx, ids)) > 0) throw new FieldError("node", "chains.nodeHasLeads");
  // Parts and their companies go with the node (ON DELETE CASCADE).
  await tx.delete(chainNodes).where(eq(chainNodes.id, node.id));
  return { id: node.id, chainId: node.chainId, name: node.name };
}

/** The company of a pick: the one chosen, or one found by its normalised name, or a new one. */
async function companyFor(tx: Executor, user: CurrentUser, input: Out<typeof nodeCompanySchema>, industryId: number, now: Date) {
  if (input.companyId) {
    const [row] = await tx.select({ id: companies.id, name: companies.name }).from(companies).where(eq(companies.id, input.companyId)).limit(1);
    if (!row) throw new FieldError("companyName", "chains.companyUnknown");
    return { ...row, isNew: false };
  }
  const name = input.companyName ?? "";
  const normalizedName = normalizeCompanyName(name);
  if (normalizedName.length < 2) throw new FieldError("companyName", "chains.companyRequired");
  const [existing] = await tx
    .select({ id: companies.id, name: companies.name })
    .from(companies)
    .where(eq(companies.normalizedName, normalizedName))
    .limit(1);
  if (existing) return { ...existing, isNew: false };
  // Someone saving the same new company at this moment: theirs is the one picked.
  const [created] = await tx
    .insert(companies)
    .values({ name, normalizedName, industryId, createdById: user.id, createdAt: now, updatedAt: now })
    .onConflictDoNothing()
    .returning({ id: companies.id, name: companies.name });
  if (created) return { ...created, isNew: true };
  const [raced] = await tx.select({ id: companies.id, name: companies.name }).from(companies).where(eq(companies.normalizedName, normalizedName)).limit(1);
  if (!raced) throw new FieldError("companyName", "chains.companyUnknown");
  return { ...raced, isNew: false };
}

export async function addNodeCompany(tx: Executor, user: CurrentUser, input: Out<typeof nodeCompanySchema>, now = new Date()) {
  const node = await nodeForChange(tx, user, input.chainNodeId);
  const company = await companyFor(tx, user, input, node.chain.industryId, now);
  const priority = input.role === "target" ? input.priority : null;
  const [existing] = await tx
    .select({ id: chainNodeCompanies.id })
    .from(chainNodeCompanies)
    .where(and(eq(chainNodeCompanies.chainNodeId, node.id), eq(chainNodeCompanies.companyId, company.id)))
    .limit(1);
  let linkId: number;
  if (existing) {
    // One row per company and part: picking it again changes its role or priority.
    await tx.update(chainNodeCompanies).set({ role: input.role, priority }).where(eq(chainNodeCompanies.id, existing.id));
    linkId = existing.id;
  } else {
    const [row] = await tx
      .insert(chainNodeCompanies)
      .values({ chainNodeId: node.id, companyId: company.id, role: input.role, priority, createdAt: now })
      .returning({ id: chainNodeCompanies.id });
    linkId = row.id;
  }
  return { id: linkId, chainId: node.chainId, companyId: company.id, companyName: company.name, companyCreated: company.isNew };
}

export async function removeNodeCompany(tx: Executor, user: CurrentUser, input: Out<typeof nodeCompanyDeleteSchema>) {
  const [link] = await tx
    .select({ id: chainNodeCompanies.id, chainNodeId: chainNodeCompanies.chainNodeId, companyId: chainNodeCompanies.companyId })
    .from(chainNodeCompanies)
    .where(eq(chainNodeCompanies.id, input.id))
    .limit(1);
  if (!link) throw new NotFoundError();
  const node = await nodeForChange(tx, user, link.chainNodeId);
  await tx.delete(chainNodeCompanies).where(eq(chainNodeCompanies.id, link.id));
  return { id: link.id, chainId: node.chainId, companyId: link.companyId };
}

// The actions: the schema, the rule (policy.mayEditChains; within it the functions above check
// THIS chain), the change with its audit row and the pages to revalidate. app/(crm)/chains/actions.ts
// makes them server actions; integration tests run them through runAction.

/** The chain list and, when the change names one, the pages of that chain (and everything under them). */
const chainPages = (chainId: number | undefined): Revalidation[] =>
  chainId ? ["/chains", { path: `/chains/${chainId}`, type: "layout" }] : ["/chains"];

/** Every chain edit: policy.mayEditChains here; within it, a group lead must lead the chain's group (db/mutations/chains.ts). */
const chainEdit = { rule: mayEditChains };
const pagesOfItsChain = (_: unknown, row: { chainId: number }) => chainPages(row.chainId);
/** A company put on or taken off a part: its chain's pages and the company's page, which names its parts. */
const pagesOfItsChainAndCompany = (_: unknown, row: { chainId: number; companyId: number }) => [...chainPages(row.chainId), `/companies/${row.companyId}`];
export const createChainDefinition = auditedChange({ ...chainEdit, name: "chain.create", schema: chainSchema, entity: "chain", change: createChain, revalidate: ["/chains"] });
export const updateChainDefinition = auditedChange({ ...chainEdit, name: "chain.update", schema: chainUpdateSchema, entity: "chain", change: updateChain, revalidate: (_, chain) => chainPages(chain.id) });
export const deleteChainDefinition = auditedChange({ ...chainEdit, name: "chain.delete", schema: chainDeleteSchema, entity: "chain", change: deleteChain, details: (chain) => ({ name: chain.name }), revalidate: (_, chain) => chainPages(chain.id) });
export const createChainNodeDefinition = auditedChange({ ...chainEdit, name: "chain.node.create", schema: chainNodeSchema, entity: "chainNode", change: createChainNode, revalidate: pagesOfItsChain });

export const updateChainNodeDefinition = actionDefinition({
  ...chainEdit,
  name: "chain.node.update",
  schema: chainNodeUpdateSchema,
  async run({ input, user, tx, audit }) {
    const node = await updateChainNode(tx, user, input);
    await audit({ entity: "chainNode", entityId: node.id });
    return { id: node.id, chainId: node.chainId, version: node.version };
  },
  revalidate: pagesOfItsChain,
});
export const deleteChainNodeDefinition = auditedChange({ ...chainEdit, name: "chain.node.delete", schema: chainNodeDeleteSchema, entity: "chainNode", change: deleteChainNode, details: (node) => ({ name: node.name, chainId: node.chainId }), revalidate: pagesOfItsChain });

export const addNodeCompanyDefinition = actionDefinition({
  name: "chain.company.add",
  schema: nodeCompanySchema,
  ...chainEdit,
  async run({ input, user, tx, audit }) {
    const link = await addNodeCompany(tx, user, input);
    if (link.companyCreated) await audit({ entity: "company", entityId: link.companyId, details: { name: link.companyName } });
    await audit({ entity: "chainNodeCompany", entityId: link.id });
    return link;
  },
  revalidate: pagesOfItsChainAndCompany,
});
export const removeNodeCompanyDefinition = auditedChange({ ...chainEdit, name: "chain.company.remove", schema: nodeCompanyDeleteSchema, entity: "chainNodeCompany", change: removeNodeCompany, details: (link) => link, revalidate: pagesOfItsChainAndCompany });
