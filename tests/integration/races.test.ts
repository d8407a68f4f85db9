// Lost races answer like any other conflict, on SQLite and PostgreSQL: 20 saves sent at once
// through the very action definitions the pages call (runAction, one transaction each).
//   - 20 first saves of a year's targets leave one row per group and district; the cockpit shows
//     the saved target (not 4× it); the other 19 saves get the conflict message.
//   - 20 first saves of a lead's month figures leave one row; the others get the conflict message
//     (not "系统出现异常").
//   - 20 new companies of the same name without a credit code: one is created, the others are
//     told the NAME is taken (not the credit code).
//   - 10 corrections of one contact, and of one chain node, based on the same version: one goes
//     through, the others get the conflict message and the version moves by one.
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createChainDefinition, createChainNodeDefinition, updateChainNodeDefinition } from "@/db/mutations/chains";
import { closeDatabase, db } from "@/db/client";
import { createCompany, createContact, editContact } from "@/db/mutations/companies";
import { saveMonthFiguresDefinition } from "@/db/mutations/reports";
import { saveTargetsDefinition } from "@/db/mutations/targets";
import { headlineFigures } from "@/db/queries/cockpit";
import { monthGrid } from "@/db/queries/reports";
import { targetGrid } from "@/db/queries/target-grid";
import { chainNodes, companies, contacts, districts, industries, investmentReports, targets, taskGroups } from "@/db/schema";
import { uniqueViolation } from "@/db/sql-fragments";
import type { ActionResult } from "@/lib/actions/result";
import { runAction, type ActionDefinition, type ActionMessages } from "@/lib/actions/run-action";
import type { CurrentUser } from "@/lib/auth/current-user";
import { yearPeriod } from "@/lib/domain/period";
import type { z } from "zod";
import { companyNamed, userNamed } from "./helpers";

const messages: ActionMessages = {
  unauthenticated: "请先登录",
  forbidden: "无权操作",
  invalid: "输入有误",
  notFound: "不存在",
  unexpected: "系统出现异常",
  conflict: (who) => `该记录已被${who}修改，请刷新后再保存。`,
  translate: (key) => key,
};
const act = <S extends z.ZodType, T>(definition: ActionDefinition<S, T>, user: CurrentUser, input: unknown) => runAction(definition, user, input, messages);
const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const at = (n: number) => Array.from({ length: n }, (_, i) => i);


/** How many results of each kind: { ok: 1, conflict: 19 }. */
const codes = <T>(results: ActionResult<T>[]) => {
  const counts: Record<string, number> = {};
  for (const r of results) counts[r.ok ? "ok" : r.code] = (counts[r.ok ? "ok" : r.code] ?? 0) + 1;
  return counts;
};

let admin: CurrentUser;
let mishu: CurrentUser;
let zuzhang: CurrentUser;

beforeAll(async () => {
  [admin, mishu, zuzhang] = await Promise.all(["admin", "mishu", "zuzhang"].map(userNamed));
});

afterAll(async () => {
  await closeDatabase();
});

describe("20 first saves of a year's targets at once", () => {
  it("leave one row per group and district, the cockpit shows the saved target, the others get the conflict message", async () => {
    // A year of its own (no targets yet), so reruns on the same database do not meet old rows.
    let year = 2040 + Math.floor(Math.random() * 60);
    while ((await db.select({ id: targets.id }).from(targets).where(eq(targets.year, year)).limit(1)).length) year = 2040 + ((year - 2039) % 60);
    const grid = await targetGrid(year);
    expect(grid.every((r) => r.version === null)).toBe(true);
    const input = (n: number) => ({
      year,
      rows: grid.map((r) => ({ scope: r.scope, scopeId: r.scopeId, projects: 10 + n, signedInvestment: 1000, fixedAsset: 500, fundsInPlace: 200, version: null })),
    });

    const results = await Promise.all(at(20).map((n) => act(saveTargetsDefinition, admin, input(n))));

    expect(codes(results)).toEqual({ ok: 1, conflict: 19 });
    for (const refused of results.filter((r) => !r.ok)) expect(refused).toMatchObject({ error: expect.stringContaining("请刷新后再保存") });
    const rows = await db.select().from(targets).where(eq(targets.year, year));
    expect(rows).toHaveLength(grid.length);
    const groupCount = grid.filter((r) => r.scope === "group").length;
    expect(rows.filter((r) => r.taskGroupId !== null)).toHaveLength(groupCount);
    // All rows come from the one save that won.
    const projects = new Set(rows.map((r) => r.projects));
    expect(projects.size).toBe(1);
    const [saved] = [...projects];
    const cards = await headlineFigures(admin, yearPeriod(year));
    expect(cards.introduced.target).toBe(saved * groupCount);
    expect(cards.signedInvestment.target).toBe(1000 * groupCount);
  });
});

describe("20 first saves of a lead's month figures at once", () => {
  it("leave one row, and the others get the conflict message, not a system error", async () => {
    const [{ id: groupId }] = await db.select({ id: taskGroups.id }).from(taskGroups).where(eq(taskGroups.name, "电子信息产业推进工作组"));
    const month = `${2090 + Math.floor(Math.random() * 10)}-${String(1 + Math.floor(Math.random() * 12)).padStart(2, "0")}-01`;
    const grid = (await monthGrid(zuzhang, groupId, month))!;
    const row = grid.rows.find((r) => r.version === null)!;
    expect(row).toBeTruthy();

    const results = await Promise.all(
      at(20).map((n) =>
        act(saveMonthFiguresDefinition, zuzhang, { taskGroupId: groupId, monthOn: month, rows: [{ leadId: row.leadId, fixedAsset: 100 + n, fundsInPlace: n, version: null }] }),
      ),
    );

    expect(codes(results)).toEqual({ ok: 1, conflict: 19 });
    const stored = await db
      .select()
      .from(investmentReports)
      .where(and(eq(investmentReports.leadId, row.leadId), eq(investmentReports.monthOn, month)));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ version: 1, reportedById: zuzhang.id });
  });
});

describe("20 new companies of one name without a credit code at once", () => {
  it("create one; the others are told the name is taken, not the credit code", async () => {
    const name = `并发新建企业${tag}有限公司`;
    const results = await Promise.all(at(20).map(() => act(createCompany, mishu, { name, creditCode: "", industryId: "", province: "", city: "", address: "", description: "" })));
    expect(codes(results)).toEqual({ ok: 1, invalid: 19 });
    for (const refused of results.filter((r) => !r.ok)) {
      expect(refused).toMatchObject({ fieldErrors: { name: ["companies.duplicateName"] } });
      expect(Object.keys(refused.fieldErrors ?? {})).toEqual(["name"]);
    }
    expect(await db.select({ id: companies.id }).from(companies).where(eq(companies.name, name))).toHaveLength(1);
  });
});

/** The data of an action that must have gone through. */
const data = <T>(result: ActionResult<T>): T => {
  if (!result.ok) throw new Error(`action failed: ${result.error}`);
  return result.data;
};

describe("10 corrections of one contact based on the same version at once", () => {
  it("let one through; the others get the conflict message and the version moves by one", async () => {
    const companyId = await companyNamed("天津津重智能装备有限公司");
    const contact = data(await act(createContact, mishu, { companyId, name: `并发联系人${tag}`, title: "经理" }));

    const results = await Promise.all(at(10).map((n) => act(editContact, mishu, { id: contact.id, version: 1, name: `并发联系人${tag}`, title: `职务${n}` })));

    expect(codes(results)).toEqual({ ok: 1, conflict: 9 });
    for (const refused of results.filter((r) => !r.ok)) expect(refused).toMatchObject({ error: expect.stringContaining("请刷新后再保存") });
    const winner = results.findIndex((r) => r.ok);
    const [row] = await db.select({ title: contacts.title, version: contacts.version }).from(contacts).where(eq(contacts.id, contact.id));
    expect(row).toEqual({ title: `职务${winner}`, version: 2 });
  });
});

describe("10 corrections of one chain node based on the same version at once", () => {
  it("let one through; the others get the conflict message and the version moves by one", async () => {
    const [{ id: districtId }] = await db.select({ id: districts.id }).from(districts).where(eq(districts.name, "华蓥市"));
    const [{ id: industryId }] = await db.select({ id: industries.id }).from(industries).where(eq(industries.name, "电子信息"));
    const chain = data(await act(createChainDefinition, admin, { name: `并发产业链${tag}`, districtId, industryId }));
    const node = data(await act(createChainNodeDefinition, admin, { chainId: chain.id, name: "上游·并发", position: "upstream", presence: "missing" }));
    const presences = ["missing", "partial", "present"] as const;

    const results = await Promise.all(
      at(10).map((n) => act(updateChainNodeDefinition, admin, { id: node.id, version: 1, name: `上游·并发${n}`, position: "upstream", presence: presences[n % 3] })),
    );

    expect(codes(results)).toEqual({ ok: 1, conflict: 9 });
    const winner = results.findIndex((r) => r.ok);
    const [row] = await db.select({ name: chainNodes.name, version: chainNodes.version }).from(chainNodes).where(eq(chainNodes.id, node.id));
    expect(row).toEqual({ name: `上游·并发${winner}`, version: 2 });
  });
});

describe("uniqueViolation", () => {
  it("names the index a real insert ran into, on this database", async () => {
    const [existing] = await db.select().from(companies).limit(1);
    const byName = await db
      .insert(companies)
      .values({ name: existing.name, normalizedName: existing.normalizedName })
      .then(() => null, (error: unknown) => error);
    expect(uniqueViolation(byName)).toEqual({ constraint: "companies_normalized_name_uq" });

    const code = `91510000${tag.slice(0, 10).toUpperCase().padEnd(10, "0")}`.slice(0, 18);
    await db.insert(companies).values({ name: `代码占用${tag}`, normalizedName: `代码占用${tag}`, creditCode: code });
    const byCode = await db
      .insert(companies)
      .values({ name: `代码重复${tag}`, normalizedName: `代码重复${tag}`, creditCode: code })
      .then(() => null, (error: unknown) => error);
    expect(uniqueViolation(byCode)).toEqual({ constraint: "companies_credit_code_uq" });

    const fk = await db
      .insert(companies)
      .values({ name: `无此产业${tag}`, normalizedName: `无此产业${tag}`, industryId: 987_654_321 })
      .then(() => null, (error: unknown) => error);
    expect(uniqueViolation(fk)).toBeNull();
    await db.delete(companies).where(inArray(companies.name, [`无此产业${tag}`]));
  });
});

