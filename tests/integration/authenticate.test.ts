// Sign-in under attack: counters in the database, counted before any hash is checked.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, db } from "@/db/client";
import { countAttempt } from "@/db/mutations/sign-in-throttle";
import { auditLog, sessions, users } from "@/db/schema";
import { accountRule, authenticate, clientRule, lockMinutes, maxFailedLogins } from "@/lib/auth/authenticate";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { ClientInfo } from "@/lib/server/client";

const run = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
const username = `auth-${run}`;
const password = "正确的密码-2026";
let userId: number;

/** A client address of its own for each test, so the tests' counters do not meet. */
let clients = 0;
const seed = Math.floor(Math.random() * 200);
function newClient(): ClientInfo {
  clients += 1;
  return { ip: `10.${seed}.${Math.floor(clients / 250)}.${clients % 250}`, userAgent: `vitest ${run}` };
}

/** verifyPassword, counting how often a hash is actually checked. */
function countingVerify() {
  const spy = {
    calls: 0,
    verify: async (plain: string, stored: string) => {
      spy.calls += 1;
      return verifyPassword(plain, stored);
    },
  };
  return spy;
}

async function accessRows(action: string, ip: string) {
  return db.select().from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.ip, ip)));
}

beforeAll(async () => {
  [{ id: userId }] = await db
    .insert(users)
    .values({ username, passwordHash: await hashPassword(password), name: "测试用户", role: "member" })
    .returning({ id: users.id });
});

afterAll(async () => {
  await closeDatabase();
});

describe("authenticate", () => {
  it("accepts the right password, opens a server-side session and records the sign-in with the client", async () => {
    const client = newClient();
    const result = await authenticate(username, password, client);
    expect(result).toMatchObject({ ok: true, user: { id: userId, name: "测试用户", role: "member", mustChangePassword: false } });
    if (!result.ok) return;
    const [row] = await db.select().from(users).where(eq(users.username, username));
    expect(row.lastLoginAt).toBeInstanceOf(Date);
    const [session] = await db.select().from(sessions).where(eq(sessions.id, result.sessionId));
    expect(session).toMatchObject({ userId, ip: client.ip, userAgent: client.userAgent });
    const [signIn] = await accessRows("auth.sign_in", client.ip);
    expect(signIn).toMatchObject({ actorId: userId, username, userAgent: client.userAgent });
  });

  it("refuses a wrong password and an unknown user name alike, and records both", async () => {
    const client = newClient();
    expect(await authenticate(username, "wrong", client)).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(`nobody-${run}`, password, client)).toEqual({ ok: false, reason: "invalid" });
    const failed = await accessRows("auth.sign_in_failed", client.ip);
    expect(failed.map((r) => r.username).sort()).toEqual([username, `nobody-${run}`].sort());
  });

  it(`locks one client out of the account after ${maxFailedLogins} failures, for ${lockMinutes} minutes, while the owner still gets in from elsewhere`, async () => {
    const attacker = newClient();
    const owner = newClient();
    const now = new Date();
    for (let i = 1; i < maxFailedLogins; i++) {
      expect(await authenticate(username, `wrong-${i}`, attacker, { now })).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await authenticate(username, "wrong-last", attacker, { now })).toEqual({ ok: false, reason: "locked", minutesLeft: lockMinutes });
    expect(await accessRows("auth.locked", attacker.ip)).toHaveLength(1);

    // The locked client is refused without a hash check, even with the right password.
    const spy = countingVerify();
    const later = new Date(+now + 5 * 60_000);
    expect(await authenticate(username, password, attacker, { now: later, verify: spy.verify })).toEqual({
      ok: false,
      reason: "locked",
      minutesLeft: lockMinutes - 5,
    });
    expect(spy.calls).toBe(0);

    // The real owner, from another client, is not locked out.
    expect((await authenticate(username, password, owner, { now: later })).ok).toBe(true);

    // After the lock runs out, the right password works from the attacker's address again.
    const afterLock = new Date(+now + (lockMinutes + 1) * 60_000);
    expect((await authenticate(username, password, attacker, { now: afterLock })).ok).toBe(true);
  });

  it("forgets a client's failures on the account once it signs in", async () => {
    const client = newClient();
    for (let i = 1; i < maxFailedLogins; i++) await authenticate(username, `wrong-${i}`, client);
    expect((await authenticate(username, password, client)).ok).toBe(true);
    for (let i = 1; i < maxFailedLogins; i++) {
      expect(await authenticate(username, `wrong-again-${i}`, client)).toEqual({ ok: false, reason: "invalid" });
    }
  });

  it("lets 100 parallel guesses, the right password among them, check at most 5 hashes and never sign in", async () => {
    const client = newClient();
    const spy = countingVerify();
    const guesses = Array.from({ length: 100 }, (_, i) => (i === 99 ? password : `guess-${i}`));
    const results = await Promise.all(guesses.map((guess) => authenticate(username, guess, client, { verify: spy.verify })));
    expect(results.filter((r) => r.ok)).toHaveLength(0);
    expect(spy.calls).toBeLessThanOrEqual(accountRule.max);
    expect(results.filter((r) => !r.ok && r.reason === "rate_limited")).toHaveLength(100 - clientRule.max);
  });

  it("holds the account lock by itself too: 100 parallel guesses under a lax client limit still check at most 5 hashes", async () => {
    const client = newClient();
    const spy = countingVerify();
    const guesses = Array.from({ length: 100 }, (_, i) => (i === 99 ? password : `guess-${i}`));
    const results = await Promise.all(
      guesses.map((guess) => authenticate(username, guess, client, { verify: spy.verify, clientRule: { max: 1000, windowMs: 60_000 } })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(0);
    expect(spy.calls).toBeLessThanOrEqual(accountRule.max);
    expect(results.filter((r) => !r.ok && r.reason === "locked").length).toBeGreaterThanOrEqual(95);
  });

  it(`refuses the ${clientRule.max + 1}st attempt in a minute from one client, over any accounts, saying when to retry`, async () => {
    const client = newClient();
    const now = new Date();
    for (let i = 0; i < clientRule.max; i++) {
      const result = await authenticate(`someone-${i}-${run}`, "whatever", client, { now: new Date(+now + i * 1000) });
      expect(result).toEqual({ ok: false, reason: "invalid" });
    }
    const spy = countingVerify();
    const refused = await authenticate(username, password, client, { now: new Date(+now + 30_000), verify: spy.verify });
    expect(refused).toEqual({ ok: false, reason: "rate_limited", retryAfterSeconds: 30 });
    expect(spy.calls).toBe(0);
    expect(await accessRows("auth.rate_limited", client.ip)).toHaveLength(1);
    // Another client is not affected, and a minute later this one may try again.
    expect((await authenticate(username, password, newClient(), { now: new Date(+now + 30_000) })).ok).toBe(true);
    expect((await authenticate(username, password, client, { now: new Date(+now + 61_000) })).ok).toBe(true);
  });

  it("refuses a deactivated account even with the right password", async () => {
    await db.update(users).set({ isActive: false }).where(eq(users.username, username));
    expect(await authenticate(username, password, newClient())).toEqual({ ok: false, reason: "inactive" });
    await db.update(users).set({ isActive: true }).where(eq(users.username, username));
  });

  it("counts attempts atomically: 50 parallel counts on one key are numbered 1 to 50", async () => {
    const key = `test:${run}`;
    const now = new Date();
    const counts = await Promise.all(Array.from({ length: 50 }, () => countAttempt(key, { max: 5, windowMs: 60_000 }, now)));
    expect(counts.map((c) => c.attempts).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });
});
