// Chains (产业链) on the database of DATABASE_URL: building a chain through its actions, the
// supporting rate the map shows, a lead from a target filling its gap, and who may change a chain.
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as chainActions from "@/db/mutations/chains";
import { closeDatabase, db } from "@/db/client";
import { createLead } from "@/db/mutations/leads";
import { companyChainPlaces, getChainMap, listChains, type ChainMap } from "@/db/queries/chains";
import { lookupCompanies } from "@/db/queries/companies";
import { figuresBySource } from "@/db/queries/promotion";
import { auditLog, chainNodeCompanies, chainNodes, chains, companies, districts, industries, leads } from "@/db/schema";
import type { ActionDefinition } from "@/lib/actions/run-action";
import type { CurrentUser } from "@/lib/auth/current-user";
import { leadFromTarget } from "@/lib/domain/chain-lead";
import { yearPeriod } from "@/lib/domain/period";
import { supportingRate } from "@/lib/domain/supporting-rate";
import { toIsoDate } from "@/lib/format";
import { leadCreateSchema } from "@/lib/validation/lead";
import type { z } from "zod";
import { actionRunner, chineseMessagesKeepingKeys, mustSucceed, runSuffix, userNamed } from "./helpers";

const tag = runSuffix();
const run = actionRunner(chineseMessagesKeepingKeys);

let admin: CurrentUser;
let zuzhang: CurrentUser; // lead of the electronics task group
let zuyuan: CurrentUser; // member of the electronics task group
let zuzhang2: CurrentUser; // lead of the equipment task group
let zuyuan2: CurrentUser; // member of the equipment task group
let shuji: CurrentUser; // leader
let mishu: CurrentUser; // secretary
let electronics: { id: number; taskGroupId: number };
let equipmentIndustryId: number;
let huayingId: number;
let huaxinId: number;

beforeAll(async () => {
  [admin, zuzhang, zuyuan, zuzhang2, zuyuan2, shuji, mishu] = await Promise.all(
    ["admin", "zuzhang", "zuyuan", "zuzhang2", "zuyuan2", "shuji", "mishu"].map(userNamed),
  );
  const [e] = await db.select({ id: industries.id, taskGroupId: industries.taskGroupId }).from(industries).where(eq(industries.name, "电子信息"));
  electronics = { id: e.id, taskGroupId: e.taskGroupId! };
  [{ id: equipmentIndustryId }] = await db.select({ id: industries.id }).from(industries).where(eq(industries.name, "装备制造"));
  [{ id: huayingId }] = await db.select({ id: districts.id }).from(districts).where(eq(districts.name, "华蓥市"));
  [{ id: huaxinId }] = await db.select({ id: companies.id }).from(companies).where(eq(companies.name, "深圳华芯微电子股份有限公司"));
});

afterAll(async () => {
  await closeDatabase();
});

type Built = { chainId: number; segments: Record<string, number>; parts: Record<string, number> };

/** The 华蓥 phone and tablet chain of the source document, built as its group lead would. */
async function buildHuaying(name: string, by: CurrentUser): Promise<Built> {
  const chain = await mustSucceed(run(chainActions.createChainDefinition, by, { name, districtId: huayingId, industryId: electronics.id, description: "手机、平板电脑产业链" }));
  const segments: Record<string, number> = {};
  for (const [segment, position] of [
    ["上游·核心元器件", "upstream"],
    ["中游·模组", "midstream"],
    ["下游·整机", "downstream"],
  ] as const) {
    segments[segment] = (await mustSucceed(run(chainActions.createChainNodeDefinition, by, { chainId: chain.id, name: segment, position, presence: "partial", aim: "" }))).id;
  }
  const plan: [string, string, "present" | "partial" | "missing", string][] = [
    ["上游·核心元器件", "芯片", "missing", "fill"],
    ["上游·核心元器件", "IC驱动", "missing", "fill"],
    ["上游·核心元器件", "柔性线路板", "missing", "fill"],
    ["上游·核心元器件", "锂电池", "present", "strengthen"],
    ["上游·核心元器件", "手机盖板", "present", "widen"],
    ["上游·核心元器件", "被动元器件", "partial", "extend"],
    ["中游·模组", "显示模组", "partial", "extend"],
    ["中游·模组", "摄像头模组", "present", ""],
    ["下游·整机", "整机组装", "present", "strengthen"],
    ["下游·整机", "VR/AR设备", "present", "extend"],
  ];
  const parts: Record<string, number> = {};
  for (const [segment, part, presence, aim] of plan) {
    // The position sent is ignored for a part: it takes its segment's.
    parts[part] = (await mustSucceed(run(chainActions.createChainNodeDefinition, by, { chainId: chain.id, parentId: segments[segment], name: part, position: "downstream", presence, aim }))).id;
  }
  return { chainId: chain.id, segments, parts };
}

const mapOf = async (viewer: CurrentUser, chainId: number): Promise<ChainMap> => {
  const map = await getChainMap(viewer, chainId);
  if (!map) throw new Error("chain not found");
  return map;
};
const leaf = (map: ChainMap, name: string) => map.leaves.find((n) => n.name === name)!;
const segmentNamed = (map: ChainMap, name: string) => map.segments.find((s) => s.name === name)!;

describe("building a chain", () => {
  let built: Built;
  const name = `华蓥手机平板产业链-${tag}`;

  beforeAll(async () => {
    built = await buildHuaying(name, zuzhang);
  });

  it("gives the supporting rate the formula gives, per chain and per segment", async () => {
    const map = await mapOf(shuji, built.chainId);
    expect(map.leaves.map((n) => n.name)).toHaveLength(10);
    // 5 present + 2 partly present of 10 leaf parts.
    expect(map.breakdown).toEqual({ leaves: 10, present: 5, partial: 2, missing: 3, covered: 0, rate: (5 + 2 * 0.5) / 10 });
    expect(segmentNamed(map, "上游·核心元器件").breakdown.rate).toBeCloseTo((2 + 0.5) / 6, 10);
    expect(segmentNamed(map, "中游·模组").breakdown.rate).toBe((1 + 0.5) / 2);
    expect(segmentNamed(map, "下游·整机").breakdown.rate).toBe(1);
    // Parts take their segment's position.
    expect(leaf(map, "芯片").position).toBe("upstream");
    expect(leaf(map, "VR/AR设备").position).toBe("downstream");
    expect(leaf(map, "显示模组").position).toBe("midstream");

    const listed = (await listChains(shuji)).find((c) => c.id === built.chainId)!;
    expect(listed.rate).toBe(0.6);
    expect(listed.missing).toEqual(["芯片", "IC驱动", "柔性线路板"]);
    expect(listed.openGaps.map((g) => g.name)).toEqual(["芯片", "IC驱动", "柔性线路板", "被动元器件", "显示模组"]);
    expect(listed.canEdit).toBe(false);
    expect((await listChains(zuzhang)).find((c) => c.id === built.chainId)?.canEdit).toBe(true);
  });

  it("writes an audit row for every change", async () => {
    const rows = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.actorId, zuzhang.id), inArray(auditLog.entityId, [built.chainId, ...Object.values(built.parts)])));
    expect(rows.filter((r) => r.action === "chain.create")).toHaveLength(1);
    expect(rows.filter((r) => r.action === "chain.node.create").length).toBeGreaterThanOrEqual(10);
  });

  it("lists target companies picked from the directory or typed as new ones", async () => {
    const picked = await mustSucceed(run(chainActions.addNodeCompanyDefinition, zuzhang, { chainNodeId: built.parts["芯片"], companyId: huaxinId, role: "target", priority: 1 }));
    expect(picked.companyCreated).toBe(false);
    const typed = `新芯半导体（成都）有限公司${tag}`;
    const created = await mustSucceed(run(chainActions.addNodeCompanyDefinition, zuzhang, { chainNodeId: built.parts["芯片"], companyName: typed, role: "target", priority: "2" }));
    expect(created.companyCreated).toBe(true);
    const [company] = await db.select().from(companies).where(eq(companies.id, created.companyId));
    expect(company).toMatchObject({ name: typed, industryId: electronics.id, createdById: zuzhang.id });
    expect((await lookupCompanies(`新芯半导体(成都)`)).map((c) => c.id)).toContain(created.companyId);

    // The same name typed again (other spacing and brackets) is the same company, now with another priority.
    const again = await mustSucceed(
      run(chainActions.addNodeCompanyDefinition, zuzhang, { chainNodeId: built.parts["芯片"], companyName: ` 新芯半导体(成都)有限公司${tag}`, role: "target", priority: 3 }),
    );
    expect(again).toMatchObject({ companyId: created.companyId, companyCreated: false, id: created.id });
    await mustSucceed(run(chainActions.addNodeCompanyDefinition, zuzhang, { chainNodeId: built.parts["锂电池"], companyId: huaxinId, role: "local" }));

    const map = await mapOf(shuji, built.chainId);
    expect(leaf(map, "芯片").targets.map((t) => [t.name, t.priority])).toEqual([
      ["深圳华芯微电子股份有限公司", 1],
      [typed, 3],
    ]);
    expect(leaf(map, "锂电池").locals.map((c) => c.name)).toEqual(["深圳华芯微电子股份有限公司"]);

    // A target needs a priority; a company needs a name.
    const noPriority = await run(chainActions.addNodeCompanyDefinition, zuzhang, { chainNodeId: built.parts["芯片"], companyId: huaxinId, role: "target" });
    expect(noPriority).toMatchObject({ ok: false, code: "invalid", fieldErrors: { priority: ["validation.required"] } });
    const noName = await run(chainActions.addNodeCompanyDefinition, zuzhang, { chainNodeId: built.parts["芯片"], role: "local" });
    expect(noName).toMatchObject({ ok: false, fieldErrors: { companyName: ["chains.companyRequired"] } });

    // Removing a company from a part.
    const local = leaf(map, "锂电池").locals[0];
    await mustSucceed(run(chainActions.removeNodeCompanyDefinition, zuzhang, { id: local.linkId }));
    expect(leaf(await mapOf(shuji, built.chainId), "锂电池").locals).toEqual([]);
  });

  it("turns a target into a chain lead, and its signing fills the gap and raises the rate", async () => {
    const before = await mapOf(zuzhang, built.chainId);
    const target = leaf(before, "芯片").targets.find((t) => t.companyId === huaxinId)!;
    expect(target.lead).toBeNull();
    const period = yearPeriod(Number(toIsoDate(new Date()).slice(0, 4)));
    const chainFiguresBefore = (await figuresBySource(shuji, period)).find((f) => f.source === "chain")!;

    // What "生成项目" sends to createLeadAction, run as that action runs it (parse, then createLead in a transaction).
    const input = leadCreateSchema.parse(
      leadFromTarget(
        { chain: { districtId: before.chain.districtId, industryId: before.chain.industryId, taskGroupId: before.chain.taskGroupId! }, chainNodeId: built.parts["芯片"], companyId: huaxinId },
        { name: `芯片封装测试项目-${tag}` },
      ),
    );
    const lead = await db.transaction((tx) => createLead(tx, zuzhang, input));
    const [row] = await db.select().from(leads).where(eq(leads.id, lead.id));
    expect(row).toMatchObject({
      source: "chain",
      stage: "contact",
      chainNodeId: built.parts["芯片"],
      companyId: huaxinId,
      taskGroupId: electronics.taskGroupId,
      districtId: huayingId,
      industryId: electronics.id,
      ownerId: zuzhang.id, // the group's lead by default
    });

    const withLead = await mapOf(zuzhang, built.chainId);
    expect(leaf(withLead, "芯片").targets.find((t) => t.companyId === huaxinId)?.lead).toMatchObject({ id: lead.id, stage: "contact" });
    expect(leaf(withLead, "芯片").covered).toBe(false);
    expect(withLead.breakdown.rate).toBe(0.6);

    // Test setup standing in for the stage change of the leads area (issue 4): the lead is signed.
    const signedOn = toIsoDate(new Date());
    await db.update(leads).set({ stage: "signed", signedOn, signedInvestment: 52_000 }).where(eq(leads.id, lead.id));

    const after = await mapOf(zuzhang, built.chainId);
    expect(leaf(after, "芯片").covered).toBe(true);
    expect(after.breakdown).toMatchObject({ present: 6, partial: 2, missing: 2, covered: 1, rate: (6 + 1) / 10 });
    expect(segmentNamed(after, "上游·核心元器件").breakdown.rate).toBeCloseTo((3 + 0.5) / 6, 10);
    const listed = (await listChains(zuzhang)).find((c) => c.id === built.chainId)!;
    expect(listed.rate).toBe(0.7);
    expect(listed.filled).toEqual(["芯片"]);
    expect(listed.openGaps.map((g) => g.name)).not.toContain("芯片");

    // The cockpit's chain-source figure counts it.
    const chainFigures = (await figuresBySource(shuji, period)).find((f) => f.source === "chain")!;
    expect(chainFigures.introduced).toBe(chainFiguresBefore.introduced + 1);
    expect(chainFigures.signedInvestment).toBe(chainFiguresBefore.signedInvestment + 52_000);

    // Another group's lead sees the gap filled, not the lead itself.
    const other = await mapOf(zuzhang2, built.chainId);
    const seen = leaf(other, "芯片");
    expect(seen.covered).toBe(true);
    expect(other.breakdown.rate).toBe(0.7);
    expect(seen.leads).toEqual([]);
    expect(seen.targets.find((t) => t.companyId === huaxinId)).toMatchObject({ lead: null, hasLeadElsewhere: true });
    expect(other.canCreateLeads).toBe(false);

    // A dropped lead no longer fills the part.
    await db.update(leads).set({ stage: "dropped", stageReason: "企业调整投资方向" }).where(eq(leads.id, lead.id));
    expect((await mapOf(zuzhang, built.chainId)).breakdown.rate).toBe(0.6);
    await db.update(leads).set({ stage: "signed", stageReason: null }).where(eq(leads.id, lead.id));
  });

  it("keeps what leads point to: a part or chain with leads is not deleted, an empty part is", async () => {
    const refusedPart = await run(chainActions.deleteChainNodeDefinition, zuzhang, { id: built.parts["芯片"] });
    expect(refusedPart).toMatchObject({ ok: false, fieldErrors: { node: ["chains.nodeHasLeads"] } });
    const refusedSegment = await run(chainActions.deleteChainNodeDefinition, zuzhang, { id: built.segments["上游·核心元器件"] });
    expect(refusedSegment).toMatchObject({ ok: false, fieldErrors: { node: ["chains.nodeHasLeads"] } });
    const [chain] = await db.select({ version: chains.version }).from(chains).where(eq(chains.id, built.chainId));
    expect(await run(chainActions.deleteChainDefinition, zuzhang, { id: built.chainId, version: chain.version })).toMatchObject({
      ok: false,
      fieldErrors: { chain: ["chains.chainHasLeads"] },
    });

    await mustSucceed(run(chainActions.deleteChainNodeDefinition, zuzhang, { id: built.parts["摄像头模组"] }));
    const map = await mapOf(shuji, built.chainId);
    expect(map.leaves.map((n) => n.name)).not.toContain("摄像头模组");
    expect(map.breakdown.leaves).toBe(9);
  });
});

describe("who may change a chain", () => {
  let built: Built;
  const name = `权限测试产业链-${tag}`;

  beforeAll(async () => {
    built = await buildHuaying(name, admin);
  });

  const snapshot = async () => ({
    chain: await db.select().from(chains).where(eq(chains.id, built.chainId)),
    nodes: await db.select().from(chainNodes).where(eq(chainNodes.chainId, built.chainId)),
    links: await db.select().from(chainNodeCompanies).where(inArray(chainNodeCompanies.chainNodeId, Object.values(built.parts))),
  });

  it.each([
    ["zuyuan", "a member of the chain's task group"],
    ["zuzhang2", "the lead of another task group"],
    ["shuji", "a leader"],
    ["mishu", "a secretary"],
  ])("%s (%s) is refused every change, and nothing changes", async (username) => {
    const viewer = { zuyuan, zuzhang2, shuji, mishu }[username]!;
    const before = await snapshot();
    const version = before.chain[0].version;
    const chip = before.nodes.find((n) => n.id === built.parts["芯片"])!;
    const attempts: [ActionDefinition<z.ZodType, unknown>, unknown][] = [
      [chainActions.updateChainDefinition, { id: built.chainId, version, name: `${name}-改`, districtId: huayingId, industryId: electronics.id }],
      [chainActions.deleteChainDefinition, { id: built.chainId, version }],
      [chainActions.createChainNodeDefinition, { chainId: built.chainId, parentId: built.segments["上游·核心元器件"], name: "新环节", position: "upstream", presence: "missing" }],
      [chainActions.updateChainNodeDefinition, { id: chip.id, name: "芯片", position: "upstream", presence: "present", aim: "fill", version: chip.version }],
      [chainActions.deleteChainNodeDefinition, { id: built.parts["手机盖板"] }],
      [chainActions.addNodeCompanyDefinition, { chainNodeId: chip.id, companyId: huaxinId, role: "target", priority: 1 }],
      [chainActions.createChainDefinition, { name: `${name}-另建`, districtId: huayingId, industryId: electronics.id }],
    ];
    for (const [definition, input] of attempts) {
      const result = await run(definition, viewer, input);
      expect(result, `${definition.name} as ${username}`).toMatchObject({ ok: false, code: "forbidden" });
    }
    expect(await snapshot()).toEqual(before);
    expect(await db.select().from(chains).where(eq(chains.name, `${name}-另建`))).toEqual([]);
  });

  it("a member cannot remove a company from a part either", async () => {
    const link = await mustSucceed(run(chainActions.addNodeCompanyDefinition, admin, { chainNodeId: built.parts["芯片"], companyId: huaxinId, role: "target", priority: 1 }));
    expect(await run(chainActions.removeNodeCompanyDefinition, zuyuan, { id: link.id })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await db.select().from(chainNodeCompanies).where(eq(chainNodeCompanies.id, link.id))).toHaveLength(1);
  });

  it("the group lead of the chain's industry and the admin may change it", async () => {
    const [chain] = await db.select({ version: chains.version }).from(chains).where(eq(chains.id, built.chainId));
    const saved = await mustSucceed(
      run(chainActions.updateChainDefinition, zuzhang, { id: built.chainId, version: chain.version, name, districtId: huayingId, industryId: electronics.id, description: "组长修改" }),
    );
    expect(saved.version).toBe(chain.version + 1);
    await mustSucceed(run(chainActions.updateChainDefinition, admin, { id: built.chainId, version: saved.version, name, districtId: huayingId, industryId: electronics.id, description: "管理员修改" }));
  });

  it("a group lead cannot start a chain for an industry of another group, nor move one there", async () => {
    expect(await run(chainActions.createChainDefinition, zuzhang, { name: `越组产业链-${tag}`, districtId: huayingId, industryId: equipmentIndustryId })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    const [chain] = await db.select({ version: chains.version }).from(chains).where(eq(chains.id, built.chainId));
    expect(
      await run(chainActions.updateChainDefinition, zuzhang, { id: built.chainId, version: chain.version, name, districtId: huayingId, industryId: equipmentIndustryId }),
    ).toMatchObject({ ok: false, fieldErrors: { industryId: ["chains.industryNotYours"] } });
    expect(await run(chainActions.createChainDefinition, zuzhang2, { name: `装备产业链-${tag}`, districtId: huayingId, industryId: equipmentIndustryId })).toMatchObject({ ok: true });
  });

  it("refuses a stale save of a chain or a part and names who changed it", async () => {
    const [chain] = await db.select({ version: chains.version }).from(chains).where(eq(chains.id, built.chainId));
    await mustSucceed(run(chainActions.updateChainDefinition, zuzhang, { id: built.chainId, version: chain.version, name, districtId: huayingId, industryId: electronics.id, description: "第一次" }));
    const stale = await run(chainActions.updateChainDefinition, admin, { id: built.chainId, version: chain.version, name, districtId: huayingId, industryId: electronics.id, description: "过时" });
    expect(stale).toMatchObject({ ok: false, code: "conflict", error: `已被${zuzhang.name}修改` });
    const [kept] = await db.select({ description: chains.description }).from(chains).where(eq(chains.id, built.chainId));
    expect(kept.description).toBe("第一次");

    const [node] = await db.select().from(chainNodes).where(eq(chainNodes.id, built.parts["IC驱动"]));
    const base = { id: node.id, name: node.name, position: node.position, aim: node.aim ?? "", version: node.version };
    const first = await mustSucceed(run(chainActions.updateChainNodeDefinition, zuzhang, { ...base, presence: "partial" }));
    expect(first.version).toBe(base.version + 1);
    expect(await run(chainActions.updateChainNodeDefinition, admin, { ...base, presence: "present" })).toMatchObject({ ok: false, code: "conflict", error: `已被${zuzhang.name}修改` });
    const [after] = await db.select({ presence: chainNodes.presence }).from(chainNodes).where(eq(chainNodes.id, node.id));
    expect(after.presence).toBe("partial");
    // Saved from the fresh copy, it goes through.
    await mustSucceed(run(chainActions.updateChainNodeDefinition, admin, { ...base, version: first.version, presence: "missing" }));
  });

  it("refuses a duplicate name and a part placed under another chain's node", async () => {
    expect(await run(chainActions.createChainDefinition, zuzhang, { name: "华蓥电子信息产业链", districtId: huayingId, industryId: electronics.id })).toMatchObject({
      ok: false,
      fieldErrors: { name: ["chains.nameTaken"] },
    });
    const [foreign] = await db
      .select({ id: chainNodes.id })
      .from(chainNodes)
      .innerJoin(chains, eq(chains.id, chainNodes.chainId))
      .where(and(eq(chains.name, "华蓥电子信息产业链"), eq(chainNodes.name, "上游·核心元器件")));
    expect(
      await run(chainActions.createChainNodeDefinition, admin, { chainId: built.chainId, parentId: foreign.id, name: "错位环节", position: "upstream", presence: "missing" }),
    ).toMatchObject({ ok: false, fieldErrors: { parentId: ["validation.invalid"] } });
  });

  it("moving a segment moves its parts", async () => {
    const [segment] = await db.select().from(chainNodes).where(eq(chainNodes.id, built.segments["中游·模组"]));
    const partsBefore = await db.select({ id: chainNodes.id, version: chainNodes.version }).from(chainNodes).where(eq(chainNodes.parentId, segment.id));
    await mustSucceed(
      run(chainActions.updateChainNodeDefinition, admin, { id: segment.id, name: segment.name, position: "downstream", presence: segment.presence, aim: "", version: segment.version }),
    );
    const parts = await db.select({ id: chainNodes.id, position: chainNodes.position, version: chainNodes.version }).from(chainNodes).where(eq(chainNodes.parentId, segment.id));
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.every((p) => p.position === "downstream")).toBe(true);
    // A part's edit opened before the move is based on an older copy: each part's version moved on.
    expect(parts.map((p) => p.version)).toEqual(parts.map((p) => partsBefore.find((b) => b.id === p.id)!.version + 1));
  });

  it("names a part's local companies to every reader, and a company's places in the chains on its page", async () => {
    const local = `华蓥市锂能新材料有限公司${tag}`;
    const link = await mustSucceed(run(chainActions.addNodeCompanyDefinition, admin, { chainNodeId: built.parts["锂电池"], companyName: local, role: "local" }));
    expect(link.companyCreated).toBe(true);
    // The same company is also a target on a gap, and has an open lead on another one.
    await mustSucceed(run(chainActions.addNodeCompanyDefinition, zuzhang, { chainNodeId: built.parts["IC驱动"], companyId: link.companyId, role: "target", priority: 2 }));
    const map = await mapOf(zuzhang, built.chainId);
    const input = leadCreateSchema.parse(
      leadFromTarget(
        { chain: { districtId: map.chain.districtId, industryId: map.chain.industryId, taskGroupId: map.chain.taskGroupId! }, chainNodeId: built.parts["显示模组"], companyId: link.companyId },
        { name: `显示模组配套项目-${tag}` },
      ),
    );
    const lead = await db.transaction((tx) => createLead(tx, zuzhang, input));

    // A member of another task group reads the part's local companies.
    const seen = await mapOf(zuyuan2, built.chainId);
    expect(leaf(seen, "锂电池").locals).toEqual([expect.objectContaining({ companyId: link.companyId, name: local })]);
    expect(leaf(seen, "锂电池").presence).toBe("present");
    expect(seen.canEdit).toBe(false);

    // The company's places: the part it covers, the part it is a target for, the part its open lead would fill.
    const part = (nodeName: string, segmentName: string) => ({ chainId: built.chainId, chainName: name, nodeId: built.parts[nodeName], nodeName, segmentName });
    const places = await companyChainPlaces(link.companyId);
    expect(places.covers).toEqual([expect.objectContaining({ ...part("锂电池", "上游·核心元器件"), presence: "present" })]);
    expect(places.targetOf).toEqual([expect.objectContaining({ ...part("IC驱动", "上游·核心元器件"), priority: 2 })]);
    expect(places.fills).toEqual([expect.objectContaining(part("显示模组", "中游·模组"))]);

    // A signed or a dropped lead is no longer open: it fills nothing "to be filled".
    for (const stage of ["signed", "dropped"] as const) {
      await db.update(leads).set({ stage }).where(eq(leads.id, lead.id));
      expect((await companyChainPlaces(link.companyId)).fills, stage).toEqual([]);
    }
    await db.update(leads).set({ stage: "on_hold" }).where(eq(leads.id, lead.id));
    expect((await companyChainPlaces(link.companyId)).fills.map((p) => p.nodeName)).toEqual(["显示模组"]);

    // Off the part, off the company's page.
    await mustSucceed(run(chainActions.removeNodeCompanyDefinition, admin, { id: link.id }));
    expect((await companyChainPlaces(link.companyId)).covers).toEqual([]);
    expect(leaf(await mapOf(zuyuan2, built.chainId), "锂电池").locals).toEqual([]);
  });

  it.each([
    ["zuyuan", "a member of the chain's task group"],
    ["zuyuan2", "a member of another task group"],
    ["zuzhang2", "the lead of another task group"],
  ])("%s (%s) cannot put a local company on a part, picked or typed", async (username) => {
    const viewer = { zuyuan, zuyuan2, zuzhang2 }[username]!;
    const typed = `越权本地企业有限公司${username}${tag}`;
    const before = await snapshot();
    for (const input of [
      { chainNodeId: built.parts["锂电池"], companyId: huaxinId, role: "local" },
      { chainNodeId: built.parts["锂电池"], companyName: typed, role: "local" },
    ]) {
      expect(await run(chainActions.addNodeCompanyDefinition, viewer, input)).toMatchObject({ ok: false, code: "forbidden" });
    }
    expect(await snapshot()).toEqual(before);
    expect(await db.select().from(companies).where(eq(companies.name, typed))).toEqual([]);
  });
});

describe("the demo 华蓥 chain", () => {
  it("shows 柔性线路板 and 显示模组 filled by their signed leads and a rate above 60%", async () => {
    const [chain] = await db.select({ id: chains.id }).from(chains).where(eq(chains.name, "华蓥电子信息产业链"));
    const map = await mapOf(shuji, chain.id);
    expect(leaf(map, "柔性线路板")).toMatchObject({ presence: "missing", covered: true });
    expect(leaf(map, "显示模组")).toMatchObject({ presence: "partial", covered: true });
    expect(leaf(map, "芯片").covered).toBe(false);
    expect(map.breakdown.rate).toBe(supportingRate(map.leaves));
    expect(map.breakdown.rate).toBeGreaterThan(0.6);
    expect(leaf(map, "柔性线路板").targets.find((t) => t.name === "深圳柔联电路科技有限公司")?.lead?.stage).toBe("signed");
  });
});
