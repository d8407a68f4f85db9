// Issue 9 item 5: refused actions leave an access row (outside the rolled-back transaction), and the
// admin's audit query filters and pages through everything. On the database of DATABASE_URL.
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { closeDatabase, db } from "@/db/client";
import { recordAccess } from "@/db/mutations/access-log";
import { exportAudit, listAudit } from "@/db/queries/audit";
import { parseAuditFilter } from "@/lib/audit-filters";
import { auditLog, districts, users } from "@/db/schema";
import { ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import { runAction, type ActionDefinition } from "@/lib/actions/run-action";
import type { CurrentUser } from "@/lib/auth/current-user";
import { managesAccounts } from "@/lib/auth/policy";
import { chineseMessagesKeepingKeys as messages } from "./helpers";

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const client = { ip: "203.0.113.9", userAgent: "Mozilla/5.0 (Windows NT 10.0) Chrome/131.0.0.0 Safari/537.36" };
let admin: CurrentUser;
let member: CurrentUser;

async function makeUser(username: string, role: CurrentUser["role"]): Promise<CurrentUser> {
  const [row] = await db.insert(users).values({ username, passwordHash: "x", name: `审计-${username}`, role }).returning({ id: users.id });
  return { id: row.id, username, name: `审计-${username}`, title: null, role, groupIds: [], leadGroupIds: [] };
}

/** Writes a district, then refuses the way the data layer does when the row is out of scope. */
const scopedChange: ActionDefinition<z.ZodObject<{ id: z.ZodCoercedNumber; name: z.ZodString; refuse: z.ZodEnum<{ forbidden: "forbidden"; missing: "missing" }> }>, null> = {
  name: "district.rename",
  schema: z.object({ id: z.coerce.number(), name: z.string(), refuse: z.enum(["forbidden", "missing"]) }),
  rule: (user) => user.role === "admin" || user.role === "member",
  async run({ input, tx, audit }) {
    await tx.insert(districts).values({ name: input.name, kind: "park" });
    await audit({ entity: "district", entityId: input.id });
    throw input.refuse === "forbidden" ? new ForbiddenError() : new NotFoundError();
  },
};

const adminOnly: ActionDefinition<z.ZodObject<{ id: z.ZodNumber }>, null> = {
  name: "user.set_active",
  schema: z.object({ id: z.number() }),
  rule: managesAccounts,
  async run() {
    throw new Error("never runs for a member");
  },
};

const rowsOf = (userId: number) =>
  db.select().from(auditLog).where(eq(auditLog.actorId, userId)).orderBy(desc(auditLog.id));

beforeAll(async () => {
  admin = await makeUser(`audit-admin-${run}`, "admin");
  member = await makeUser(`audit-member-${run}`, "member");
});

afterAll(async () => {
  await closeDatabase();
});

describe("refused actions are recorded", () => {
  it("records a role refusal with the user, the action, the row named, the address and the browser", async () => {
    const result = await runAction(adminOnly, member, { id: 4711 }, messages, client);
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    const [row] = await rowsOf(member.id);
    expect(row).toMatchObject({
      action: "access.forbidden",
      actorId: member.id,
      username: member.username,
      entity: "user",
      entityId: 4711,
      ip: "203.0.113.9",
      userAgent: client.userAgent,
    });
    expect(JSON.parse(row.details!)).toEqual({ action: "user.set_active", reason: "role" });
  });

  it("records a ForbiddenError from the data layer although the change itself rolled back", async () => {
    const name = `越权-${run}`;
    const result = await runAction(scopedChange, member, { id: "88", name, refuse: "forbidden" }, messages, client);
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(await db.select().from(districts).where(eq(districts.name, name))).toEqual([]);
    const rows = await rowsOf(member.id);
    expect(rows.filter((r) => r.action === "district.rename")).toEqual([]);
    expect(rows[0]).toMatchObject({ action: "access.forbidden", entity: "district", entityId: 88, ip: "203.0.113.9" });
    expect(JSON.parse(rows[0].details!)).toEqual({ action: "district.rename", reason: "row" });
  });

  it("records a NotFoundError (out of scope or missing) as access.not_found", async () => {
    const result = await runAction(scopedChange, member, { id: 99, name: `不存在-${run}`, refuse: "missing" }, messages, client);
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    const [row] = await rowsOf(member.id);
    expect(row).toMatchObject({ action: "access.not_found", entity: "district", entityId: 99, username: member.username });
  });

  it("records nothing for an action that went through", async () => {
    const before = (await rowsOf(admin.id)).length;
    const ok: ActionDefinition<z.ZodObject<{ name: z.ZodString }>, null> = {
      name: "district.create",
      schema: z.object({ name: z.string() }),
      rule: managesAccounts,
      async run({ input, tx, audit }) {
        const [d] = await tx.insert(districts).values({ name: input.name, kind: "park" }).returning({ id: districts.id });
        await audit({ entity: "district", entityId: d.id });
        return null;
      },
    };
    expect(await runAction(ok, admin, { name: `成功-${run}` }, messages, client)).toMatchObject({ ok: true });
    const rows = await rowsOf(admin.id);
    expect(rows.length).toBe(before + 1);
    expect(rows[0].action).toBe("district.create");
  });
});

describe("the audit query", () => {
  const typed = `typed-${run}`;

  beforeAll(async () => {
    // 7 failed sign-ins under a typed name that has no account, one a day back from 2026-03-10 (China time).
    for (let i = 0; i < 7; i++) {
      const at = new Date(Date.UTC(2026, 2, 10 - i, 2, 0, 0)); // 10:00 in China
      await recordAccess({ action: "auth.sign_in_failed", username: typed, client, details: { n: i } });
      const [last] = await db.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.username, typed)).orderBy(desc(auditLog.id)).limit(1);
      await db.update(auditLog).set({ createdAt: at }).where(eq(auditLog.id, last.id));
    }
    await recordAccess({ action: "auth.sign_in", userId: member.id, username: member.username, client });
  });

  it("is for admins only", async () => {
    await expect(listAudit(member, parseAuditFilter({}))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(exportAudit(member, parseAuditFilter({}))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("finds entries by the typed user name, newest first, and pages through them", async () => {
    const first = await listAudit(admin, parseAuditFilter({ who: typed }), 3);
    expect(first.total).toBe(7);
    expect(first.rows.map((r) => JSON.parse(r.details!).n)).toEqual([0, 1, 2]);
    const third = await listAudit(admin, parseAuditFilter({ who: typed, page: "3" }), 3);
    expect(third.rows.map((r) => JSON.parse(r.details!).n)).toEqual([6]);
    expect(third.rows[0]).toMatchObject({ action: "auth.sign_in_failed", typedUsername: typed, actorId: null, ip: "203.0.113.9" });
  });

  it("finds a user's entries by account (id, user name or display name)", async () => {
    const byId = await listAudit(admin, parseAuditFilter({ user: String(member.id) }));
    const byName = await listAudit(admin, parseAuditFilter({ who: member.name }));
    expect(byId.total).toBeGreaterThanOrEqual(4); // three refusals above and a sign-in
    expect(byName.total).toBe(byId.total);
    expect(byId.rows.every((r) => r.actorId === member.id && r.actorUsername === member.username)).toBe(true);
    expect(new Set(byId.rows.map((r) => r.action))).toEqual(new Set(["auth.sign_in", "access.forbidden", "access.not_found"]));
  });

  it("filters by action, by a family of actions, by day range (China time) and by entity and id", async () => {
    expect((await listAudit(admin, parseAuditFilter({ user: String(member.id), action: "access.forbidden" }))).total).toBe(2);
    expect((await listAudit(admin, parseAuditFilter({ user: String(member.id), action: "access.*" }))).total).toBe(3);
    expect((await listAudit(admin, parseAuditFilter({ who: typed, action: "auth.sign_in" }))).total).toBe(0);
    const range = await listAudit(admin, parseAuditFilter({ who: typed, from: "2026-03-05", to: "2026-03-07" }));
    expect(range.rows.map((r) => JSON.parse(r.details!).n)).toEqual([3, 4, 5]);
    const entity = await listAudit(admin, parseAuditFilter({ user: String(member.id), entity: "district", entityId: "88" }));
    expect(entity.rows.map((r) => r.action)).toEqual(["access.forbidden"]);
  });

  it("drops malformed filters instead of failing", async () => {
    const filter = parseAuditFilter({ who: typed, from: "yesterday", action: "x'; drop table", entityId: "-3", page: "0" });
    expect(filter).toMatchObject({ who: typed, from: undefined, action: undefined, entityId: undefined, page: 1 });
    expect((await listAudit(admin, filter)).total).toBe(7);
  });

  it("exports every matching row, capped", async () => {
    expect((await exportAudit(admin, parseAuditFilter({ who: typed }))).length).toBe(7);
    expect((await exportAudit(admin, parseAuditFilter({ who: typed }), 5)).length).toBe(5);
    const rows = await db.select().from(auditLog).where(and(eq(auditLog.username, typed), eq(auditLog.action, "auth.sign_in_failed")));
    expect(rows.length).toBe(7);
  });
});
