// Bad input gets a clear answer on the field, on SQLite and PostgreSQL alike: a NUL in a lead's
// name was cut off silently by SQLite and failed the save with "系统出现异常" on PostgreSQL; a
// 1900-01-01 signing date was accepted; a NUL typed into a search box failed the page on PostgreSQL.
import { eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, db } from "@/db/client";
import { createCompany } from "@/db/mutations/companies";
import { createLeadDefinition } from "@/db/mutations/lead-actions";
import { lookupCompanies } from "@/db/queries/companies";
import { loadCurrentUser } from "@/db/queries/users";
import { companies, leads, taskGroups, users } from "@/db/schema";
import { runAction } from "@/lib/actions/run-action";
import type { CurrentUser } from "@/lib/auth/current-user";
import { chineseMessages as messages } from "./helpers";

const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
let zuzhang: CurrentUser;
let mishu: CurrentUser;
let groupId = 0;
let companyId = 0;

beforeAll(async () => {
  for (const [username, set] of [
    ["zuzhang", (u: CurrentUser) => (zuzhang = u)],
    ["mishu", (u: CurrentUser) => (mishu = u)],
  ] as const) {
    const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
    set((await loadCurrentUser(row.id))!);
  }
  [{ id: groupId }] = await db.select({ id: taskGroups.id }).from(taskGroups).where(eq(taskGroups.name, "电子信息产业推进工作组"));
  [{ id: companyId }] = await db.select({ id: companies.id }).from(companies).limit(1);
});

afterAll(async () => {
  await closeDatabase();
});

describe("control characters", () => {
  it("refuse a lead whose name holds a NUL, on the name, and write nothing", async () => {
    const result = await runAction(createLeadDefinition, zuzhang, { name: `坏名字${tag}\u0000尾巴`, companyId, taskGroupId: groupId, source: "task_group" }, messages);
    expect(result).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { name: ["不能包含换行、制表符或其他控制字符（如NUL），请删除后再保存。"] },
    });
    expect(await db.select({ id: leads.id }).from(leads).where(like(leads.name, `坏名字${tag}%`))).toHaveLength(0);
  });

  it("keep line breaks in a lead's description, and refuse a NUL there", async () => {
    const ok = await runAction(
      createLeadDefinition,
      zuzhang,
      { name: `多行说明${tag}`, companyId, taskGroupId: groupId, source: "task_group", description: "第一行\n第二行\t缩进" },
      messages,
    );
    expect(ok).toMatchObject({ ok: true });
    const [row] = await db.select({ description: leads.description }).from(leads).where(eq(leads.name, `多行说明${tag}`));
    expect(row.description).toBe("第一行\n第二行\t缩进");
    const bad = await runAction(createLeadDefinition, zuzhang, { name: `坏说明${tag}`, companyId, taskGroupId: groupId, source: "task_group", description: "说明\u0000" }, messages);
    expect(bad).toMatchObject({ ok: false, fieldErrors: { description: [expect.stringContaining("NUL")] } });
  });

  it("refuse a company name with an escape sequence", async () => {
    const result = await runAction(createCompany, mishu, { name: `控制字符${tag}\u001b[2J有限公司` }, messages);
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { name: [expect.stringContaining("控制字符")] } });
    expect(await db.select({ id: companies.id }).from(companies).where(like(companies.name, `控制字符${tag}%`))).toHaveLength(0);
  });

  it("let a search with a NUL in it answer (no match or the matches), not fail", async () => {
    await expect(lookupCompanies("华\u0000芯")).resolves.toEqual(expect.any(Array));
  });
});

describe("business dates", () => {
  it("refuse a 1900-01-01 signing date on the field, and write nothing", async () => {
    const name = `百年前签约${tag}`;
    const result = await runAction(
      createLeadDefinition,
      zuzhang,
      { name, companyId, taskGroupId: groupId, source: "task_group", stage: "signed", signedOn: "1900-01-01", signedInvestment: 10_000 },
      messages,
    );
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { signedOn: ["日期须在1990-01-01至2100-12-31之间。"] } });
    expect(await db.select({ id: leads.id }).from(leads).where(eq(leads.name, name))).toHaveLength(0);
  });
});
