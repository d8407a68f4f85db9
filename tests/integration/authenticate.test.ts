import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, db } from "@/db/client";
import { users } from "@/db/schema";
import { authenticate, lockMinutes, maxFailedLogins } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";

const run = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
const username = `auth-${run}`;
const password = "正确的密码-2026";

beforeAll(async () => {
  await db.insert(users).values({ username, passwordHash: await hashPassword(password), name: "测试用户", role: "member" });
});

afterAll(async () => {
  await closeDatabase();
});

describe("authenticate", () => {
  it("accepts the right password and records the sign-in", async () => {
    const result = await authenticate(username, password);
    expect(result).toMatchObject({ ok: true, user: { name: "测试用户", role: "member" } });
    const [row] = await db.select().from(users).where(eq(users.username, username));
    expect(row.lastLoginAt).toBeInstanceOf(Date);
  });

  it("refuses a wrong password and an unknown user name alike", async () => {
    expect(await authenticate(username, "wrong")).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(`nobody-${run}`, password)).toEqual({ ok: false, reason: "invalid" });
    await authenticate(username, password); // resets the counter
  });

  it(`locks the account after ${maxFailedLogins} wrong passwords, for ${lockMinutes} minutes`, async () => {
    const now = new Date("2026-11-27T02:00:00Z");
    for (let i = 1; i < maxFailedLogins; i++) {
      expect(await authenticate(username, `wrong-${i}`, now)).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await authenticate(username, "wrong-last", now)).toEqual({ ok: false, reason: "locked", minutesLeft: lockMinutes });
    // Even the right password is refused while locked.
    const later = new Date(+now + 5 * 60_000);
    expect(await authenticate(username, password, later)).toEqual({ ok: false, reason: "locked", minutesLeft: lockMinutes - 5 });
    // After the lock runs out, the right password works again.
    const afterLock = new Date(+now + (lockMinutes + 1) * 60_000);
    expect((await authenticate(username, password, afterLock)).ok).toBe(true);
  });

  it("refuses a deactivated account even with the right password", async () => {
    await db.update(users).set({ isActive: false }).where(eq(users.username, username));
    expect(await authenticate(username, password)).toEqual({ ok: false, reason: "inactive" });
    await db.update(users).set({ isActive: true }).where(eq(users.username, username));
  });
});
