// What a lead points at, checked by the one rule set (db/rules/lead-references.ts) on every path:
// crafted requests through the very action definitions the pages call (runAction), with ids of
// another group's chain part, a non-leader as leader, a company or trip that does not exist… Each
// gets a field error in the user's words and leaves the database as it was. SQLite and PostgreSQL.
import { eq, isNotNull, ne } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createChainDefinition, createChainNodeDefinition } from "@/db/mutations/chains";
import { closeDatabase, db, type Executor } from "@/db/client";
import { createLeadDefinition, updateLeadDefinition } from "@/db/mutations/lead-actions";
import { leadReferenceChecker } from "@/db/rules/lead-references";
import { companies, districts, industries, leads, meetings, taskGroups, users } from "@/db/schema";
import { runAction, type ActionDefinition } from "@/lib/actions/run-action";
import type { CurrentUser } from "@/lib/auth/current-user";
import { chineseMessages as messages, userNamed } from "./helpers";
import type { z } from "zod";


const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const act = <S extends z.ZodType, T>(definition: ActionDefinition<S, T>, user: CurrentUser, input: unknown) => runAction(definition, user, input, messages);


async function ok<T>(promise: Promise<{ ok: true; data: T } | { ok: false; error: string; fieldErrors?: unknown }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(`action failed: ${result.error} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result.data;
}

const people: Record<string, CurrentUser> = {};
let electronicsGroup = 0;
let equipmentGroup = 0;
let companyId = 0;
let districtId = 0;
/** A part of a chain of the equipment group's industry, and one of the electronics group's. */
let equipmentPart = 0;
let electronicsPart = 0;
let inactiveLeaderId = 0;

async function chainWithPart(by: CurrentUser, industryName: string): Promise<number> {
  const [industry] = await db.select({ id: industries.id }).from(industries).where(eq(industries.name, industryName));
  const chain = await ok(act(createChainDefinition, by, { name: `${industryName}链-${tag}`, districtId, industryId: industry.id, description: "" }));
  const segment = await ok(act(createChainNodeDefinition, by, { chainId: chain.id, name: "上游", position: "upstream", presence: "partial", aim: "" }));
  const part = await ok(
    act(createChainNodeDefinition, by, { chainId: chain.id, parentId: segment.id, name: "关键部件", position: "upstream", presence: "missing", aim: "fill" }),
  );
  return part.id;
}

const leadsNamed = (name: string) => db.select().from(leads).where(eq(leads.name, name));
const leadsOnPart = (partId: number) => db.select({ id: leads.id }).from(leads).where(eq(leads.chainNodeId, partId));

beforeAll(async () => {
  for (const username of ["admin", "shuji", "mishu", "zuzhang", "zuyuan", "zuzhang2", "zuyuan2"]) people[username] = await userNamed(username);
  const groups = await db.select({ id: taskGroups.id, name: taskGroups.name }).from(taskGroups);
  electronicsGroup = groups.find((g) => g.name === "电子信息产业推进工作组")!.id;
  equipmentGroup = groups.find((g) => g.name === "装备制造产业推进工作组")!.id;
  [{ id: companyId }] = await db.select({ id: companies.id }).from(companies).orderBy(companies.id).limit(1);
  [{ id: districtId }] = await db.select({ id: districts.id }).from(districts).limit(1);
  equipmentPart = await chainWithPart(people.zuzhang2, "装备制造");
  electronicsPart = await chainWithPart(people.zuzhang, "电子信息");
  [{ id: inactiveLeaderId }] = await db
    .insert(users)
    .values({ username: `retired-${tag}`, passwordHash: "x", name: "退休领导", role: "leader", isActive: false })
    .returning({ id: users.id });
});

afterAll(async () => {
  await closeDatabase();
});

/** A lead of the electronics group, as its member 王磊 (zuyuan) would create it for himself. */
const memberLead = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  companyId,
  taskGroupId: electronicsGroup,
  ownerId: people.zuyuan.id,
  source: "task_group",
  ...extra,
});

describe("a lead's chain part", () => {
  it("refuses a member linking a lead of their own to another group's chain part, and writes nothing", async () => {
    const name = `蹭配套率-${tag}`;
    const result = await act(createLeadDefinition, people.zuyuan, memberLead(name, { chainNodeId: equipmentPart, source: "chain" }));
    expect(result).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { chainNodeId: ["该产业链环节属于其他工作组的产业链，不能关联到本项目。"] },
    });
    expect(await leadsNamed(name)).toHaveLength(0);
    expect(await leadsOnPart(equipmentPart)).toHaveLength(0);
  });

  it("refuses a secretary too (they add leads to any group but do not edit chains)", async () => {
    const name = `秘书跨组-${tag}`;
    const result = await act(createLeadDefinition, people.mishu, memberLead(name, { chainNodeId: equipmentPart }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { chainNodeId: [expect.stringContaining("其他工作组")] } });
    expect(await leadsNamed(name)).toHaveLength(0);
  });

  it("accepts a part of the lead's own group's chain, and any part from someone who may edit that chain", async () => {
    const own = await act(createLeadDefinition, people.zuyuan, memberLead(`本组环节-${tag}`, { chainNodeId: electronicsPart }));
    expect(own).toMatchObject({ ok: true });
    const secretary = await act(createLeadDefinition, people.mishu, memberLead(`秘书本组-${tag}`, { taskGroupId: equipmentGroup, ownerId: people.zuyuan2.id, chainNodeId: equipmentPart }));
    expect(secretary).toMatchObject({ ok: true });
    const byAdmin = await act(createLeadDefinition, people.admin, memberLead(`管理员跨组-${tag}`, { chainNodeId: equipmentPart }));
    expect(byAdmin).toMatchObject({ ok: true });
    expect(await leadsOnPart(equipmentPart)).toHaveLength(2);
  });

  it("refuses a part that does not exist with a field error, not a database failure", async () => {
    const name = `无此环节-${tag}`;
    const result = await act(createLeadDefinition, people.zuzhang, memberLead(name, { chainNodeId: 987_654_321 }));
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { chainNodeId: ["所选产业链环节不存在，请重新选择。"] } });
    expect(await leadsNamed(name)).toHaveLength(0);
  });
});

describe("a lead's leader", () => {
  it("refuses the admin, a member or a retired leader as 挂帅领导, and accepts an active city leader", async () => {
    for (const [who, leaderId] of [
      ["admin", people.admin.id],
      ["member", people.zuyuan2.id],
      ["retired", inactiveLeaderId],
      ["missing", 987_654_321],
    ] as const) {
      const name = `挂帅-${who}-${tag}`;
      const result = await act(createLeadDefinition, people.zuyuan, memberLead(name, { leaderId }));
      expect(result, who).toMatchObject({ ok: false, code: "invalid", fieldErrors: { leaderId: ["挂帅领导须为在职的市领导，请重新选择。"] } });
      expect(await leadsNamed(name)).toHaveLength(0);
    }
    const fine = await act(createLeadDefinition, people.zuyuan, memberLead(`挂帅-书记-${tag}`, { leaderId: people.shuji.id }));
    expect(fine).toMatchObject({ ok: true });
  });

  it("refuses the same on an edit, and leaves the lead as it was", async () => {
    const created = await ok(act(createLeadDefinition, people.zuyuan, memberLead(`改挂帅-${tag}`, { leaderId: people.shuji.id })));
    const [before] = await db.select().from(leads).where(eq(leads.id, created.id));
    const result = await act(updateLeadDefinition, people.zuyuan, {
      leadId: before.id,
      version: before.version,
      name: before.name,
      source: before.source,
      leaderId: people.admin.id,
      industryId: 987_654_321,
    });
    expect(result).toMatchObject({ ok: false, code: "invalid" });
    expect(Object.keys((result as { fieldErrors: object }).fieldErrors)).toEqual(["leaderId"]);
    const [after] = await db.select().from(leads).where(eq(leads.id, before.id));
    expect(after).toEqual(before);
  });
});

describe("the other references of a lead", () => {
  it("answers a missing company, trip, meeting, district, industry or agreement on its field, in Chinese", async () => {
    const missing = 987_654_321;
    const cases: [string, Record<string, unknown>, string][] = [
      ["companyId", { companyId: missing }, "所选企业不存在，请从客商库中重新选择。"],
      ["originTripId", { originTripId: missing }, "所选考察行程不存在，请重新选择。"],
      ["originMeetingId", { originMeetingId: missing }, "所选会见记录不存在，请重新选择。"],
      ["districtId", { districtId: missing }, "所选区县（园区）不存在，请重新选择。"],
      ["industryId", { industryId: missing }, "所选产业不存在，请重新选择。"],
      ["agreementId", { agreementId: missing }, "所选合作协议不存在，请重新选择。"],
      ["taskGroupId", { taskGroupId: missing, ownerId: null }, "所选工作组不存在，请重新选择。"],
    ];
    for (const [field, extra, message] of cases) {
      const name = `缺${field}-${tag}`;
      const result = await act(createLeadDefinition, people.mishu, memberLead(name, extra));
      expect(result, field).toMatchObject({ ok: false, code: "invalid", fieldErrors: { [field]: [message] } });
      expect(await leadsNamed(name)).toHaveLength(0);
    }
  });

  it("refuses a meeting held with another company than the lead's", async () => {
    const [meeting] = await db.select({ id: meetings.id, companyId: meetings.companyId }).from(meetings).where(isNotNull(meetings.companyId)).limit(1);
    const [stranger] = await db.select({ id: companies.id }).from(companies).where(ne(companies.id, meeting.companyId)).limit(1);
    const name = `错配会见-${tag}`;
    const result = await act(createLeadDefinition, people.mishu, memberLead(name, { companyId: stranger.id, originMeetingId: meeting.id }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { originMeetingId: ["所选会见记录的企业与项目企业不一致。"] } });
    const fine = await act(createLeadDefinition, people.mishu, memberLead(`会见转项目-${tag}`, { companyId: meeting.companyId, originMeetingId: meeting.id }));
    expect(fine).toMatchObject({ ok: true });
  });

  it("refuses an owner outside the lead's group, and a member naming someone else", async () => {
    const outside = await act(createLeadDefinition, people.zuzhang, memberLead(`组外负责人-${tag}`, { ownerId: people.zuyuan2.id }));
    expect(outside).toMatchObject({ ok: false, fieldErrors: { ownerId: [expect.any(String)] } });
    const other = await act(createLeadDefinition, people.zuyuan, memberLead(`替人建-${tag}`, { ownerId: people.zuzhang.id }));
    expect(other).toMatchObject({ ok: false });
    expect(await leadsNamed(`组外负责人-${tag}`)).toHaveLength(0);
    expect(await leadsNamed(`替人建-${tag}`)).toHaveLength(0);
  });
});

describe("the checker", () => {
  it("reads each referenced row once, however many rows it checks (an import of thousands)", async () => {
    let selects = 0;
    const counting = new Proxy(db, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (property === "select" && typeof value === "function") {
          return (...args: unknown[]) => {
            selects += 1;
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        return value;
      },
    }) as Executor;
    const check = await leadReferenceChecker(counting, people.zuzhang);
    const row = { taskGroupId: electronicsGroup, ownerId: people.zuyuan.id, companyId, leaderId: people.shuji.id, districtId, chainNodeId: electronicsPart };
    for (let i = 0; i < 500; i += 1) expect(await check(row)).toBeNull();
    expect(selects).toBeLessThanOrEqual(6);
    const problem = await check({ ...row, chainNodeId: equipmentPart });
    expect(problem).toMatchObject({ field: "chainNodeId", messageKey: "integrity.chainNodeOtherGroup" });
  });
});
