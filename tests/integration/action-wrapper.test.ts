// The server-action wrapper on the database of DATABASE_URL: who may call, what gets validated,
// and that a change and its audit row are written together or not at all.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { closeDatabase, db } from "@/db/client";
import { auditLog, districts, users } from "@/db/schema";
import { FieldError, ForbiddenError } from "@/lib/actions/errors";
import { runAction, type ActionDefinition, type ActionMessages } from "@/lib/actions/run-action";
import type { CurrentUser } from "@/lib/auth/current-user";
import { managesAccounts } from "@/lib/auth/policy";
import { chineseMessages } from "./helpers";

const messages: ActionMessages = {
  ...chineseMessages,
  translate: (key) => (/^(admin|validation)\./.test(key) ? `translated:${key}` : key),
};

const run = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
let admin: CurrentUser;
let member: CurrentUser;

const createDistrict: ActionDefinition<z.ZodObject<{ name: z.ZodString; fail: z.ZodOptional<z.ZodBoolean> }>, { id: number }> = {
  name: "district.create",
  schema: z.object({ name: z.string().trim().min(2, "名称至少两个字"), fail: z.boolean().optional() }),
  rule: managesAccounts,
  async run({ input, tx, audit }) {
    const [row] = await tx.insert(districts).values({ name: input.name, kind: "park" }).returning({ id: districts.id });
    await audit({ entity: "district", entityId: row.id });
    if (input.fail) throw new Error("failure after the write");
    return row;
  },
};

async function makeUser(username: string, role: CurrentUser["role"]): Promise<CurrentUser> {
  const [row] = await db
    .insert(users)
    .values({ username, passwordHash: "x", name: username, role })
    .returning({ id: users.id });
  return { id: row.id, username, name: username, title: null, role, groupIds: [], leadGroupIds: [] };
}

beforeAll(async () => {
  admin = await makeUser(`wrap-admin-${run}`, "admin");
  member = await makeUser(`wrap-member-${run}`, "member");
});

afterAll(async () => {
  await closeDatabase();
});

const districtNamed = async (name: string) => db.select().from(districts).where(eq(districts.name, name));

describe("revalidation after the commit", () => {
  const withPaths = { ...createDistrict, revalidate: (input: { name: string }, row: { id: number }) => ["/admin", `/districts/${row.id}?${input.name}`] };

  it("hands the pages to revalidate over once the change committed, never before", async () => {
    const name = `刷新-${run}`;
    let seen: { paths: unknown[]; rows: Promise<unknown[]> } | null = null;
    const result = await runAction(withPaths, admin, { name }, messages, null, (paths) => {
      // Read outside the action's transaction: the change is already there.
      seen = { paths, rows: districtNamed(name) };
    });
    expect(result.ok).toBe(true);
    const id = result.ok ? result.data.id : 0;
    expect(seen).not.toBeNull();
    expect(seen!.paths).toEqual(["/admin", `/districts/${id}?${name}`]);
    expect(await seen!.rows).toHaveLength(1);
  });

  it("revalidates nothing when the action fails or is refused", async () => {
    const calls: unknown[] = [];
    const failed = await runAction(withPaths, admin, { name: `回滚刷新-${run}`, fail: true }, messages, null, (p) => calls.push(p));
    const refused = await runAction(withPaths, member, { name: `越权刷新-${run}` }, messages, null, (p) => calls.push(p));
    const invalid = await runAction(withPaths, admin, { name: "x" }, messages, null, (p) => calls.push(p));
    expect([failed.ok, refused.ok, invalid.ok]).toEqual([false, false, false]);
    expect(calls).toEqual([]);
  });
});

describe("runAction", () => {
  it("refuses a caller without a session and writes nothing", async () => {
    const name = `无会话-${run}`;
    const result = await runAction(createDistrict, null, { name }, messages);
    expect(result).toMatchObject({ ok: false, code: "unauthenticated", error: "请先登录" });
    expect(await districtNamed(name)).toHaveLength(0);
  });

  it("refuses a role the action does not list and writes nothing", async () => {
    const name = `越权-${run}`;
    const result = await runAction(createDistrict, member, { name }, messages);
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(await districtNamed(name)).toHaveLength(0);
  });

  it("returns per-field messages for invalid input", async () => {
    const result = await runAction(createDistrict, admin, { name: "x" }, messages);
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { name: ["名称至少两个字"] } });
  });

  it("accepts FormData as well as objects", async () => {
    const form = new FormData();
    form.set("name", `表单-${run}`);
    const result = await runAction(createDistrict, admin, form, messages);
    expect(result.ok).toBe(true);
  });

  it("writes the change and its audit row together", async () => {
    const name = `成功-${run}`;
    const result = await runAction(createDistrict, admin, { name }, messages);
    expect(result.ok).toBe(true);
    const [row] = await districtNamed(name);
    expect(row).toBeDefined();
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.entity, "district"), eq(auditLog.entityId, row.id)));
    expect(audit.filter((a) => a.entity === "district" && a.action === "district.create" && a.actorId === admin.id)).toHaveLength(1);
    expect(JSON.parse(audit[0].details ?? "{}")).toMatchObject({ name });
  });

  it("rolls back the change and the audit row when the action fails after writing", async () => {
    const name = `回滚-${run}`;
    const before = await db.select().from(auditLog);
    const result = await runAction(createDistrict, admin, { name, fail: true }, messages);
    expect(result).toMatchObject({ ok: false, code: "unexpected", error: "系统出现异常" });
    expect(await districtNamed(name)).toHaveLength(0);
    expect(await db.select().from(auditLog)).toHaveLength(before.length);
  });

  it("refuses an action that forgot its audit row, and keeps nothing of it", async () => {
    const name = `无审计-${run}`;
    const forgetful = { ...createDistrict, run: async ({ input, tx }: Parameters<typeof createDistrict.run>[0]) => {
      const [row] = await tx.insert(districts).values({ name: input.name, kind: "park" }).returning({ id: districts.id });
      return row;
    } };
    const result = await runAction(forgetful, admin, { name }, messages);
    expect(result.ok).toBe(false);
    expect(await districtNamed(name)).toHaveLength(0);
  });

  it("turns row-level refusals and field rules into messages", async () => {
    const refuses = { ...createDistrict, run: async () => { throw new ForbiddenError(); } };
    expect(await runAction(refuses, admin, { name: `行级-${run}` }, messages)).toMatchObject({ ok: false, code: "forbidden" });
    const rule = { ...createDistrict, run: async () => { throw new FieldError("name", "admin.duplicate"); } };
    expect(await runAction(rule, admin, { name: `规则-${run}` }, messages)).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { name: ["translated:admin.duplicate"] },
    });
  });

  it("never writes a password into the audit log", async () => {
    const withPassword = {
      ...createDistrict,
      schema: z.object({ name: z.string(), password: z.string() }),
      run: async ({ input, tx, audit }: { input: { name: string; password: string }; tx: Parameters<typeof createDistrict.run>[0]["tx"]; audit: Parameters<typeof createDistrict.run>[0]["audit"] }) => {
        const [row] = await tx.insert(districts).values({ name: input.name, kind: "park" }).returning({ id: districts.id });
        await audit({ entity: "district", entityId: row.id });
        return row;
      },
    };
    const name = `口令-${run}`;
    const result = await runAction(withPassword, admin, { name, password: "s3cret-value" }, messages);
    expect(result.ok).toBe(true);
    const [row] = await districtNamed(name);
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.entity, "district"), eq(auditLog.entityId, row.id)));
    expect(entry.details).not.toContain("s3cret-value");
    expect(entry.details).toContain("[redacted]");
  });
});
