// Account management by the admin: create, edit with conflict detection, reset password, refusals.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, db } from "@/db/client";
import { createUser, resetPassword, updateUser } from "@/db/mutations/users";
import { auditLog, taskGroupMembers, users } from "@/db/schema";
import { runAction } from "@/lib/actions/run-action";
import { authenticate } from "@/lib/auth/authenticate";
import type { CurrentUser } from "@/lib/auth/current-user";
import { passwordResetSchema, userCreateSchema, userUpdateSchema } from "@/lib/validation/user";
import { managesAccounts } from "@/lib/auth/policy";
import { groupNamed, messages, userNamed } from "./helpers";

const run = Math.random().toString(36).slice(2, 8);
let admin: CurrentUser;
let member: CurrentUser;
let groupId: number;

const createDefinition = {
  name: "user.create",
  schema: userCreateSchema,
  rule: managesAccounts,
  run: async ({ input, tx, audit }: Parameters<Parameters<typeof runAction>[0]["run"]>[0]) => {
    const user = await createUser(tx, input as never);
    await audit({ entity: "user", entityId: user.id });
    return user;
  },
};

beforeAll(async () => {
  admin = await userNamed("admin");
  member = await userNamed("zuyuan");
  groupId = await groupNamed("医药产业推进工作组");
});

afterAll(async () => {
  await closeDatabase();
});

describe("account management", () => {
  it("creates a member of a task group who can then sign in and read that group's leads", async () => {
    const username = `new-${run}`;
    const result = await runAction(
      createDefinition,
      admin,
      { username, password: "新密码-2026abc", name: "新同事", role: "member", memberships: [{ taskGroupId: groupId, role: "member" }] },
      messages,
    );
    expect(result.ok).toBe(true);
    const signIn = await authenticate(username, "新密码-2026abc", { ip: `10.250.1.${Math.floor(Math.random() * 250)}`, userAgent: null });
    expect(signIn.ok).toBe(true);
    // The admin chose this password: the user must pick their own at once.
    expect(signIn.ok && signIn.user.mustChangePassword).toBe(true);
    const created = await userNamed(username);
    expect(created.groupIds).toEqual([groupId]);
    // The action's own row (sign-in writes one for the same user too, and rows come in no set order).
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.entityId, created.id), eq(auditLog.action, "user.create")));
    expect(entry.details).not.toContain("新密码-2026abc");
  });

  it("refuses a taken user name beside the field, and a member without a group", async () => {
    const taken = await runAction(createDefinition, admin, { username: "zuyuan", password: "abcdefgh", name: "重名", role: "admin" }, messages);
    expect(taken).toMatchObject({ ok: false, fieldErrors: { username: ["admin.usernameTaken"] } });
    const lonely = await runAction(createDefinition, admin, { username: `lonely-${run}`, password: "abcdefgh", name: "无组", role: "member" }, messages);
    expect(lonely).toMatchObject({ ok: false, fieldErrors: { memberships: ["admin.memberNeedsGroup"] } });
  });

  it("refuses every account change to a non-admin, also when called directly", async () => {
    const result = await runAction(createDefinition, member, { username: `x-${run}`, password: "abcdefgh", name: "x", role: "admin" }, messages);
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(await db.select().from(users).where(eq(users.username, `x-${run}`))).toHaveLength(0);
  });

  it("detects a concurrent edit and names who made it", async () => {
    const target = await userNamed("zy08a");
    const [row] = await db.select({ version: users.version }).from(users).where(eq(users.id, target.id));
    const base = userUpdateSchema.parse({
      id: target.id,
      version: row.version,
      isActive: true,
      name: "梁燕",
      role: "member",
      memberships: target.groupIds.map((taskGroupId) => ({ taskGroupId, role: "member" })),
    });
    const first = await runAction(
      { name: "user.update", schema: userUpdateSchema, rule: managesAccounts, run: async ({ input, user, tx, audit }) => {
        const u = await updateUser(tx, user.id, input);
        await audit({ entity: "user", entityId: u.id });
        return u;
      } },
      admin,
      { ...base, title: "第一次修改" },
      messages,
    );
    expect(first.ok).toBe(true);
    const second = await db.transaction(async (tx) => updateUser(tx, admin.id, { ...base, title: "基于旧版本的修改" })).catch((e) => e);
    expect(second).toMatchObject({ name: "ConflictError", changedBy: "系统管理员" });
    const [after] = await db.select({ title: users.title }).from(users).where(eq(users.id, target.id));
    expect(after.title).toBe("第一次修改");
  });

  it("resets a password: the new one works and must be changed, the old one does not", async () => {
    const target = await userNamed("zy13a");
    const client = { ip: `10.250.2.${Math.floor(Math.random() * 250)}`, userAgent: null };
    await db.transaction(async (tx) => resetPassword(tx, passwordResetSchema.parse({ id: target.id, password: "重置后的新密码-01" })));
    const signIn = await authenticate("zy13a", "重置后的新密码-01", client);
    expect(signIn).toMatchObject({ ok: true, user: { mustChangePassword: true } });
    expect((await authenticate("zy13a", "guangan2026", client)).ok).toBe(false);
  });

  it("keeps memberships only for task-group staff", async () => {
    const target = await userNamed("zy14a");
    const [row] = await db.select({ version: users.version }).from(users).where(eq(users.id, target.id));
    await db.transaction(async (tx) =>
      updateUser(tx, admin.id, userUpdateSchema.parse({ id: target.id, version: row.version, isActive: true, name: "钟鸣", role: "secretary", memberships: [{ taskGroupId: groupId, role: "member" }] })),
    );
    expect(await db.select().from(taskGroupMembers).where(eq(taskGroupMembers.userId, target.id))).toHaveLength(0);
  });

  it("marks a city leader as a principal leader, and nobody else", async () => {
    const version = async (id: number) => (await db.select({ version: users.version }).from(users).where(eq(users.id, id)))[0].version;
    const principal = async (id: number) => (await db.select({ p: users.isPrincipal }).from(users).where(eq(users.id, id)))[0].p;
    const target = await userNamed("zy15a");
    const save = async (role: "leader" | "secretary", isPrincipal: boolean) =>
      db.transaction(async (tx) =>
        updateUser(tx, admin.id, userUpdateSchema.parse({ id: target.id, version: await version(target.id), isActive: true, name: "钟鸣", role, isPrincipal, memberships: [] })),
      );
    await save("leader", true);
    expect(await principal(target.id)).toBe(true);
    // A principal leader who becomes a secretary is no longer one, whatever the form sent.
    await save("secretary", true);
    expect(await principal(target.id)).toBe(false);
  });
});
