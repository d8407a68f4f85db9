import "server-only";
import { and, asc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { mayCreateLeadIn } from "@/lib/auth/policy";
import {
  chainNodeCompanies,
  chainNodes,
  chains,
  companies,
  districts,
  industries,
  leads,
  tableAlias,
  taskGroupMembers,
  taskGroups,
  users,
} from "@/db/schema";
import type { ChainAim, ChainPosition, ChainPresence, Stage } from "@/lib/domain/enums";
import { canEditChain, mayCreateChains } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/current-user";
import { activeStages, signedStages } from "@/lib/domain/stages";
import { leafNodes, rateBreakdown, segmentBreakdowns, type RateBreakdown } from "@/lib/domain/supporting-rate";
import { leadScope } from "./scope";

// Chains are read by every role. Whether a part is filled by a signed lead is a fact about the
// chain and is computed over all leads; the leads themselves (names, stages) are shown only
// within the viewer's lead scope.

/** A SQL flag: the lead is at 签约 or later. */
const isSignedLead = sql<number>`max(case when ${inArray(leads.stage, [...signedStages])} then 1 else 0 end)`.mapWith(Number);

/** Nodes of the given chains that a lead at 签约 or later fills. */
async function coveredNodeIds(chainIds: number[]): Promise<Set<number>> {
  if (chainIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ id: leads.chainNodeId })
    .from(leads)
    .innerJoin(chainNodes, eq(chainNodes.id, leads.chainNodeId))
    .where(and(inArray(chainNodes.chainId, chainIds), inArray(leads.stage, [...signedStages])));
  return new Set(rows.map((r) => r.id).filter((id): id is number => id !== null));
}

/** Every chain with its leaf-part counts, gaps and supporting rate. */
export async function listChains(viewer: CurrentUser) {
  const [chainRows, nodes] = await Promise.all([
    db
      .select({
        id: chains.id,
        name: chains.name,
        districtName: districts.name,
        industryName: industries.name,
        taskGroupId: industries.taskGroupId,
      })
      .from(chains)
      .innerJoin(districts, eq(districts.id, chains.districtId))
      .innerJoin(industries, eq(industries.id, chains.industryId))
      .orderBy(asc(chains.name)),
    db
      .select({ id: chainNodes.id, chainId: chainNodes.chainId, parentId: chainNodes.parentId, presence: chainNodes.presence, name: chainNodes.name })
      .from(chainNodes)
      .orderBy(asc(chainNodes.sortOrder), asc(chainNodes.id)),
  ]);
  const covered = await coveredNodeIds(chainRows.map((c) => c.id));
  return chainRows.map((chain) => {
    const own = nodes.filter((n) => n.chainId === chain.id).map((n) => ({ ...n, covered: covered.has(n.id) }));
    const leaves = leafNodes(own);
    const breakdown = rateBreakdown(own);
    return {
      id: chain.id,
      name: chain.name,
      districtName: chain.districtName,
      industryName: chain.industryName,
      leafCount: leaves.length,
      /** Parts recorded as missing (a signed lead may have filled some since). */
      missing: leaves.filter((n) => n.presence === "missing").map((n) => n.name),
      /** Missing or partly present parts no signed lead fills yet. */
      openGaps: leaves.filter((n) => n.presence !== "present" && !n.covered).map((n) => ({ name: n.name, presence: n.presence })),
      /** Gaps a signed lead has filled. */
      filled: leaves.filter((n) => n.presence !== "present" && n.covered).map((n) => n.name),
      breakdown,
      rate: breakdown.rate,
      canEdit: canEditChain(viewer, chain.taskGroupId),
    };
  });
}

export type ChainLead = {
  id: number;
  name: string;
  companyId: number;
  companyName: string;
  stage: Stage;
  signedInvestment: number | null;
  ownerName: string;
};

export type ChainCompany = { linkId: number; companyId: number; name: string; city: string | null; priority: number | null };

export type ChainTarget = ChainCompany & {
  /** The viewer's view of the lead on this part for this company: the most advanced one not dropped. */
  lead: ChainLead | null;
  /** A lead exists for this company on this part, but in another task group than the viewer's. */
  hasLeadElsewhere: boolean;
};

export type ChainMapNode = {
  id: number;
  parentId: number | null;
  name: string;
  position: ChainPosition;
  presence: ChainPresence;
  aim: ChainAim | null;
  /** A linked lead is at 签约 or later: the part counts as present. */
  covered: boolean;
  /** The version a save must be based on. */
  version: number;
  locals: ChainCompany[];
  targets: ChainTarget[];
  /** Leads on this part the viewer may read (those of targets included). */
  leads: ChainLead[];
};

export type ChainSegment = ChainMapNode & { parts: ChainMapNode[]; breakdown: RateBreakdown };

const stageRank = (stage: Stage) => (stage === "dropped" ? -2 : stage === "on_hold" ? -1 : ["contact", "negotiating", "inspecting", "intent", "signed", "started", "operating"].indexOf(stage));

/** One chain as the map and the fill-in-the-blanks list need it; null when it does not exist. */
export async function getChainMap(viewer: CurrentUser, chainId: number) {
  const [chain] = await db
    .select({
      id: chains.id,
      name: chains.name,
      description: chains.description,
      version: chains.version,
      districtId: chains.districtId,
      districtName: districts.name,
      industryId: chains.industryId,
      industryName: industries.name,
      taskGroupId: industries.taskGroupId,
      taskGroupName: taskGroups.name,
    })
    .from(chains)
    .innerJoin(districts, eq(districts.id, chains.districtId))
    .innerJoin(industries, eq(industries.id, chains.industryId))
    .leftJoin(taskGroups, eq(taskGroups.id, industries.taskGroupId))
    .where(eq(chains.id, chainId))
    .limit(1);
  if (!chain) return null;

  const nodeRows = await db
    .select({
      id: chainNodes.id,
      parentId: chainNodes.parentId,
      name: chainNodes.name,
      position: chainNodes.position,
      presence: chainNodes.presence,
      aim: chainNodes.aim,
      version: chainNodes.version,
    })
    .from(chainNodes)
    .where(eq(chainNodes.chainId, chain.id))
    .orderBy(asc(chainNodes.sortOrder), asc(chainNodes.id));
  const nodeIds = nodeRows.map((n) => n.id);
  const onNodes = nodeIds.length ? inArray(leads.chainNodeId, nodeIds) : sql`1 = 0`;

  const [companyRows, leadFacts, visibleLeads] = await Promise.all([
    db
      .select({
        linkId: chainNodeCompanies.id,
        chainNodeId: chainNodeCompanies.chainNodeId,
        companyId: companies.id,
        name: companies.name,
        city: companies.city,
        role: chainNodeCompanies.role,
        priority: chainNodeCompanies.priority,
      })
      .from(chainNodeCompanies)
      .innerJoin(companies, eq(companies.id, chainNodeCompanies.companyId))
      .where(nodeIds.length ? inArray(chainNodeCompanies.chainNodeId, nodeIds) : sql`1 = 0`)
      .orderBy(asc(chainNodeCompanies.priority), asc(companies.name)),
    // Facts over all leads, without their details: which (part, company) has a live lead, which part is filled.
    db
      .select({
        chainNodeId: leads.chainNodeId,
        companyId: leads.companyId,
        signed: isSignedLead,
        live: sql<number>`max(case when ${leads.stage} <> 'dropped' then 1 else 0 end)`.mapWith(Number),
      })
      .from(leads)
      .where(and(onNodes, isNotNull(leads.chainNodeId)))
      .groupBy(leads.chainNodeId, leads.companyId),
    db
      .select({
        id: leads.id,
        name: leads.name,
        chainNodeId: leads.chainNodeId,
        companyId: leads.companyId,
        companyName: companies.name,
        stage: leads.stage,
        signedInvestment: leads.signedInvestment,
        ownerName: users.name,
      })
      .from(leads)
      .innerJoin(companies, eq(companies.id, leads.companyId))
      .innerJoin(users, eq(users.id, leads.ownerId))
      .where(and(onNodes, leadScope(viewer)))
      .orderBy(asc(leads.id)),
  ]);

  const covered = new Set(leadFacts.filter((f) => f.signed === 1).map((f) => f.chainNodeId));
  const toNode = (n: (typeof nodeRows)[number]): ChainMapNode => {
    const nodeLeads: ChainLead[] = visibleLeads
      .filter((l) => l.chainNodeId === n.id)
      .map(({ chainNodeId: _node, ...lead }) => lead)
      .sort((a, b) => stageRank(b.stage) - stageRank(a.stage) || a.id - b.id);
    const links = companyRows.filter((c) => c.chainNodeId === n.id);
    const company = ({ linkId, companyId, name, city, priority }: (typeof links)[number]): ChainCompany => ({ linkId, companyId, name, city, priority });
    return {
      id: n.id,
      parentId: n.parentId,
      name: n.name,
      position: n.position,
      presence: n.presence,
      aim: n.aim,
      covered: covered.has(n.id),
      version: n.version,
      locals: links.filter((c) => c.role === "local").map(company),
      targets: links
        .filter((c) => c.role === "target")
        .map((c) => {
          const lead = nodeLeads.find((l) => l.companyId === c.companyId) ?? null;
          const live = leadFacts.some((f) => f.chainNodeId === n.id && f.companyId === c.companyId && f.live === 1);
          return { ...company(c), lead, hasLeadElsewhere: !lead && live };
        }),
      leads: nodeLeads,
    };
  };
  const all = nodeRows.map(toNode);
  const breakdowns = segmentBreakdowns(all);
  const segments: ChainSegment[] = all
    .filter((n) => n.parentId === null)
    .map((s) => ({ ...s, parts: all.filter((p) => p.parentId === s.id), breakdown: breakdowns.get(s.id)! }));
  const parts = leafNodes(all);
  const canCreateLeads = chain.taskGroupId !== null && mayCreateLeadIn(viewer, chain.taskGroupId);
  return {
    chain,
    segments,
    /** Every leaf part: what the rate counts. */
    leaves: parts,
    breakdown: rateBreakdown(all),
    canEdit: canEditChain(viewer, chain.taskGroupId),
    canCreateLeads,
    owners: canCreateLeads && chain.taskGroupId !== null ? await groupPeople(chain.taskGroupId) : [],
  };
}

export type ChainMap = NonNullable<Awaited<ReturnType<typeof getChainMap>>>;

/** The people of a task group, its lead first: the owners a lead from a target may get. */
async function groupPeople(taskGroupId: number) {
  return db
    .select({ id: users.id, name: users.name, role: taskGroupMembers.role })
    .from(taskGroupMembers)
    .innerJoin(users, eq(users.id, taskGroupMembers.userId))
    .where(and(eq(taskGroupMembers.taskGroupId, taskGroupId), eq(users.isActive, true)))
    .orderBy(asc(taskGroupMembers.role), asc(users.name));
}

/** Districts and industries for the chain form; an industry is offered when the viewer may keep its chains. */
export async function chainFormOptions(viewer: CurrentUser) {
  const [districtRows, industryRows] = await Promise.all([
    db.select({ id: districts.id, name: districts.name }).from(districts).orderBy(asc(districts.sortOrder), asc(districts.id)),
    db
      .select({ id: industries.id, name: industries.name, taskGroupId: industries.taskGroupId })
      .from(industries)
      .orderBy(asc(industries.sortOrder), asc(industries.id)),
  ]);
  return {
    districts: districtRows,
    industries: industryRows.filter((i) => canEditChain(viewer, i.taskGroupId)).map(({ id, name }) => ({ id, name })),
    mayCreate: mayCreateChains(viewer),
  };
}

/** A part of a chain as the company page names it: chain › (segment ›) part. */
export type CompanyChainPart = {
  chainId: number;
  chainName: string;
  nodeId: number;
  /** The segment the part sits under; null when the node is a segment itself. */
  segmentName: string | null;
  nodeName: string;
  presence: ChainPresence;
};

/**
 * A company's place in the chains, read by every role: the parts it covers as a local company, the
 * parts it is a target for, and the parts its open leads (still being worked on) would fill. Like the
 * map's "a lead exists elsewhere", the last is a fact about the chain: the leads themselves are not named.
 */
export async function companyChainPlaces(companyId: number) {
  const segment = tableAlias(chainNodes, "segment");
  const part = {
    chainId: chains.id,
    chainName: chains.name,
    nodeId: chainNodes.id,
    segmentName: segment.name,
    nodeName: chainNodes.name,
    presence: chainNodes.presence,
  };
  const order = [asc(chains.name), asc(segment.sortOrder), asc(chainNodes.sortOrder), asc(chainNodes.id)];
  const [links, fills] = await Promise.all([
    db
      .select({ ...part, role: chainNodeCompanies.role, priority: chainNodeCompanies.priority })
      .from(chainNodeCompanies)
      .innerJoin(chainNodes, eq(chainNodes.id, chainNodeCompanies.chainNodeId))
      .innerJoin(chains, eq(chains.id, chainNodes.chainId))
      .leftJoin(segment, eq(segment.id, chainNodes.parentId))
      .where(eq(chainNodeCompanies.companyId, companyId))
      .orderBy(...order),
    // DISTINCT on PostgreSQL sorts only by what it selects: the orders come along.
    db
      .selectDistinct({ ...part, segmentOrder: segment.sortOrder, nodeOrder: chainNodes.sortOrder })
      .from(leads)
      .innerJoin(chainNodes, eq(chainNodes.id, leads.chainNodeId))
      .innerJoin(chains, eq(chains.id, chainNodes.chainId))
      .leftJoin(segment, eq(segment.id, chainNodes.parentId))
      .where(and(eq(leads.companyId, companyId), inArray(leads.stage, [...activeStages])))
      .orderBy(...order),
  ]);
  const strip = ({ role: _role, priority: _priority, ...rest }: (typeof links)[number]): CompanyChainPart => rest;
  return {
    covers: links.filter((l) => l.role === "local").map(strip),
    targetOf: links.filter((l) => l.role === "target").map((l) => ({ ...strip(l), priority: l.priority })),
    fills: fills.map(({ segmentOrder: _s, nodeOrder: _n, ...rest }): CompanyChainPart => rest),
  };
}

export type CompanyChainPlaces = Awaited<ReturnType<typeof companyChainPlaces>>;
