// Server-side sessions: required on every request, ended by sign-out, password change or reset,
// deactivation and role change; the user's own password change and its rules; the must-change rule.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { closeDatabase, db } from "@/db/client";
import { changeOwnPassword, endSessionAs } from "@/db/mutations/account";
import { createSession, endSession, touchSession } from "@/db/mutations/sessions";
import { resetPassword, updateUser } from "@/db/mutations/users";
import { listSessions } from "@/db/queries/sessions";
import { loadSessionUser } from "@/db/queries/users";
import { auditLog, sessions, users } from "@/db/schema";
import type { Role } from "@/db/schema/enums";
import { runAction, type ActionDefinition, type ActionMessages } from "@/lib/actions/run-action";
import { authenticate } from "@/lib/auth/authenticate";
import type { CurrentUser } from "@/lib/auth/current-user";
import { hashPassword } from "@/lib/auth/password";
import type { ClientInfo } from "@/lib/server/client";
import { changePasswordSchema } from "@/lib/validation/account";
import { passwordResetSchema, userUpdateSchema } from "@/lib/validation/user";
import { anyone } from "@/lib/auth/policy";
import { messages as keyMessages, userNamed } from "./helpers";

const messages: ActionMessages = { ...keyMessages, mustChangePassword: "must change password" };

const run = Math.random().toString(36).slice(2, 8);
const password = "Ursprung-Kiefer-5821";
const maxAgeMs = 10 * 60 * 60_000;
let clientCount = 0;
const client = (): ClientInfo => ({ ip: `10.251.${Math.floor(Math.random() * 250)}.${++clientCount}`, userAgent: `vitest ${run}` });

async function newUser(suffix: string, role: Role = "secretary") {
  const username = `s${suffix}-${run}`;
  const [row] = await db
    .insert(users)
    .values({ username, passwordHash: await hashPassword(password), name: `会话${suffix}`, role })
    .returning({ id: users.id });
  return { id: row.id, username };
}

async function signedIn(userId: number) {
  const sid = await createSession(db, { userId, client: client(), maxAgeMs });
  const found = await loadSessionUser(userId, sid);
  return { sid, user: found!.user };
}

const sessionCount = async (userId: number) => (await db.select().from(sessions).where(eq(sessions.userId, userId))).length;

const changePasswordDefinition: ActionDefinition<typeof changePasswordSchema, { sessionsEnded: number }> = {
  name: "user.change_password",
  schema: changePasswordSchema,
  rule: anyone,
  allowPendingPasswordChange: true,
  async run({ input, user, tx, audit }) {
    const result = await changeOwnPassword(tx, user, input, { ip: "10.251.0.1", userAgent: "vitest" });
    await audit({ entity: "user", entityId: user.id });
    return result;
  },
};

const anyAction: ActionDefinition<z.ZodObject, string> = {
  name: "test.any",
  schema: z.object({}),
  rule: anyone,
  async run({ audit }) {
    await audit({ entity: "test" });
    return "done";
  },
};

let admin: CurrentUser;

beforeAll(async () => {
  admin = await userNamed("admin");
});

afterAll(async () => {
  await closeDatabase();
});

describe("server-side sessions", () => {
  it("a request's user needs the session row: once it is ended, the same token is refused at once", async () => {
    const { id } = await newUser("a");
    const { sid, user } = await signedIn(id);
    expect(user).toMatchObject({ id, sessionId: sid, mustChangePassword: false });
    expect(await loadSessionUser(id, "not-a-session-id-at-all")).toBeNull();
    expect(await endSession(db, sid)).toMatchObject({ id: sid, userId: id });
    expect(await loadSessionUser(id, sid)).toBeNull();
  });

  it("a session id of another user does not open this user's account", async () => {
    const first = await newUser("b1");
    const second = await newUser("b2");
    const { sid } = await signedIn(first.id);
    expect(await loadSessionUser(second.id, sid)).toBeNull();
  });

  it("writes last seen at most once a minute", async () => {
    const { id } = await newUser("c");
    const start = new Date(Date.now() - 5 * 60_000);
    const sid = await createSession(db, { userId: id, client: client(), now: start, maxAgeMs });
    await touchSession(sid, new Date(+start + 30_000));
    expect((await loadSessionUser(id, sid))!.lastSeenAt.getTime()).toBe(start.getTime());
    const later = new Date(+start + 90_000);
    await touchSession(sid, later);
    expect((await loadSessionUser(id, sid))!.lastSeenAt.getTime()).toBe(later.getTime());
  });

  it("a sign-in opens a session that lists the device; only the user and the admin see it", async () => {
    const { id, username } = await newUser("d");
    const device = client();
    const result = await authenticate(username, password, device);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const me = (await loadSessionUser(id, result.sessionId))!.user;
    const mine = await listSessions(me, id);
    expect(mine).toEqual([expect.objectContaining({ id: result.sessionId, ip: device.ip, userAgent: device.userAgent, current: true })]);
    expect(await listSessions(admin, id)).toEqual([expect.objectContaining({ id: result.sessionId, current: false })]);
    const other = (await signedIn((await newUser("d2")).id)).user;
    expect(await listSessions(other, id)).toEqual([]);
  });

  it("a password reset by the admin ends every session of the user, and the new password must be changed", async () => {
    const { id, username } = await newUser("e");
    await signedIn(id);
    await signedIn(id);
    expect(await sessionCount(id)).toBe(2);
    await db.transaction((tx) => resetPassword(tx, passwordResetSchema.parse({ id, password: "Temporary-2026" }), { actorId: admin.id, client: client() }));
    expect(await sessionCount(id)).toBe(0);
    const [row] = await db.select({ mustChangePassword: users.mustChangePassword }).from(users).where(eq(users.id, id));
    expect(row.mustChangePassword).toBe(true);
    const [access] = await db.select().from(auditLog).where(and(eq(auditLog.action, "auth.password_reset"), eq(auditLog.entityId, id)));
    expect(access).toMatchObject({ actorId: admin.id, entity: "user" });
    expect(access.ip).toMatch(/^10\.251\./);
    expect((await authenticate(username, "Temporary-2026", client())).ok).toBe(true);
  });

  it("deactivation and a change of role end every session; other edits do not", async () => {
    const { id } = await newUser("f");
    const edit = async (changes: { role?: Role; isActive?: boolean; title?: string }) => {
      const [row] = await db.select().from(users).where(eq(users.id, id));
      const input = userUpdateSchema.parse({ id, version: row.version, isActive: row.isActive, name: row.name, role: row.role, ...changes });
      await db.transaction((tx) => updateUser(tx, admin.id, input, client()));
    };
    await signedIn(id);
    await edit({ title: "新职务" });
    expect(await sessionCount(id)).toBe(1);
    await edit({ role: "leader" });
    expect(await sessionCount(id)).toBe(0);
    await signedIn(id);
    await edit({ isActive: false });
    expect(await sessionCount(id)).toBe(0);
    const ended = await db.select().from(auditLog).where(and(eq(auditLog.action, "auth.session_ended"), eq(auditLog.entityId, id)));
    expect(ended.map((r) => JSON.parse(r.details!).reason)).toEqual(["role_changed", "deactivated"]);
  });

  it("a user's own password change checks the current password and the rules, with a message for each", async () => {
    const { id, username } = await newUser("g");
    const { user } = await signedIn(id);
    const change = (input: Record<string, string>) => runAction(changePasswordDefinition, user, input, messages);
    const attempt = (currentPassword: string, newPassword: string, confirmPassword = newPassword) =>
      change({ currentPassword, newPassword, confirmPassword });
    expect(await attempt("wrong-password", "Huaying-Sky-7429")).toMatchObject({ ok: false, fieldErrors: { currentPassword: ["account.currentPasswordWrong"] } });
    expect(await attempt(password, "Short-1")).toMatchObject({ ok: false, fieldErrors: { newPassword: ["account.passwordTooShort"] } });
    expect(await attempt(password, username)).toMatchObject({ ok: false, fieldErrors: { newPassword: ["account.passwordIsUsername"] } });
    expect(await attempt(password, "password1234")).toMatchObject({ ok: false, fieldErrors: { newPassword: ["account.passwordTooGuessable"] } });
    expect(await attempt(password, "Huaying-Sky-7429", "Huaying-Sky-7428")).toMatchObject({ ok: false, fieldErrors: { confirmPassword: ["account.passwordsDiffer"] } });
    expect(await attempt(password, password)).toMatchObject({ ok: false, fieldErrors: { newPassword: ["account.passwordUnchanged"] } });
    expect(await sessionCount(id)).toBe(1);
  });

  it("a password change ends every session, this one too, and only the new password works", async () => {
    const { id, username } = await newUser("h");
    const { sid, user } = await signedIn(id);
    await signedIn(id);
    const result = await runAction(changePasswordDefinition, user, { currentPassword: password, newPassword: "Huaying-Sky-7429", confirmPassword: "Huaying-Sky-7429" }, messages);
    expect(result).toEqual({ ok: true, data: { sessionsEnded: 2 } });
    expect(await loadSessionUser(id, sid)).toBeNull();
    const [access] = await db.select().from(auditLog).where(and(eq(auditLog.action, "auth.password_changed"), eq(auditLog.actorId, id)));
    expect(access).toMatchObject({ username, ip: "10.251.0.1", userAgent: "vitest" });
    expect(access.details).not.toContain("Huaying");
    const device = client();
    expect((await authenticate(username, password, device)).ok).toBe(false);
    expect((await authenticate(username, "Huaying-Sky-7429", device)).ok).toBe(true);
  });

  it("while the password set by the admin is not changed, every other action is refused; after the change all is open", async () => {
    const { id } = await newUser("i");
    await db.update(users).set({ mustChangePassword: true }).where(eq(users.id, id));
    const { user } = await signedIn(id);
    expect(user.mustChangePassword).toBe(true);
    expect(await runAction(anyAction, user, {}, messages)).toEqual({ ok: false, code: "forbidden", error: "must change password" });
    const changed = await runAction(changePasswordDefinition, user, { currentPassword: password, newPassword: "Huaying-Sky-7429", confirmPassword: "Huaying-Sky-7429" }, messages);
    expect(changed.ok).toBe(true);
    const again = (await signedIn(id)).user;
    expect(again.mustChangePassword).toBe(false);
    expect(await runAction(anyAction, again, {}, messages)).toEqual({ ok: true, data: "done" });
  });

  it("a user ends one of their own devices; another user's session is not found; the admin ends anyone's", async () => {
    const owner = await newUser("j1");
    const stranger = await newUser("j2", "member");
    const phone = await signedIn(owner.id);
    const laptop = await signedIn(owner.id);
    const outsider = (await signedIn(stranger.id)).user;
    await expect(db.transaction((tx) => endSessionAs(tx, outsider, laptop.sid, client()))).rejects.toMatchObject({ name: "NotFoundError" });
    await db.transaction((tx) => endSessionAs(tx, phone.user, laptop.sid, client()));
    expect(await loadSessionUser(owner.id, laptop.sid)).toBeNull();
    expect(await loadSessionUser(owner.id, phone.sid)).not.toBeNull();
    await db.transaction((tx) => endSessionAs(tx, admin, phone.sid, client()));
    expect(await loadSessionUser(owner.id, phone.sid)).toBeNull();
    const reasons = await db.select().from(auditLog).where(and(eq(auditLog.action, "auth.session_ended"), eq(auditLog.entityId, owner.id)));
    expect(reasons.map((r) => JSON.parse(r.details!).reason)).toEqual(["ended_by_user", "ended_by_admin"]);
  });
});
