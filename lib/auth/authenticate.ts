// Checks a user name and password for a client, under two limits counted in the database BEFORE
// any password hash is checked (db/mutations/sign-in-throttle.ts, one atomic statement per key):
//   - per client (IP): more than 20 attempts a minute over any accounts are refused (HTTP 429);
//   - per account and client: the 5th attempt from one client locks that client out of that account
//     for 15 minutes unless it succeeds. The real owner, signing in from another client, is not
//     affected; a success resets the key.
// So N parallel guesses from one client cost at most 5 hash checks, and nobody can lock the owner
// out from elsewhere. A successful sign-in creates a server-side session (db/mutations/sessions.ts).
// Every outcome is written to the access audit (auth.sign_in, auth.sign_in_failed, auth.locked,
// auth.rate_limited).
// The old users.failed_logins / users.locked_until columns are no longer used.
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { recordAccess } from "@/db/mutations/access-log";
import { createSession } from "@/db/mutations/sessions";
import { countAttempt, pruneThrottle, resetAttempts, type ThrottleRule } from "@/db/mutations/sign-in-throttle";
import { users } from "@/db/schema";
import type { Role } from "@/db/schema/enums";
import type { ClientInfo } from "@/lib/server/client";
import { sessionMaxAgeSeconds } from "./config";
import { decoyPasswordHash, verifyPassword } from "./password";

export const clientRule: ThrottleRule = { max: 20, windowMs: 60_000 };
export const accountRule: ThrottleRule = { max: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
/** Kept for the messages: how long a lock lasts. */
export const maxFailedLogins = accountRule.max;
export const lockMinutes = accountRule.lockMs! / 60_000;

export type AuthenticationResult =
  | { ok: true; user: { id: number; name: string; role: Role; mustChangePassword: boolean }; sessionId: string }
  | { ok: false; reason: "invalid" | "inactive" }
  | { ok: false; reason: "locked"; minutesLeft: number }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

export type AuthenticateOptions = {
  now?: Date;
  /** The password check; tests pass a counting wrapper to prove how many hashes were checked. */
  verify?: (password: string, stored: string) => Promise<boolean>;
  clientRule?: ThrottleRule;
  accountRule?: ThrottleRule;
};

export const clientKey = (client: ClientInfo) => `client:${client.ip}`;
export const accountKey = (username: string, client: ClientInfo) => `account:${username}|client:${client.ip}`;

export async function authenticate(
  rawUsername: string,
  password: string,
  client: ClientInfo,
  options: AuthenticateOptions = {},
): Promise<AuthenticationResult> {
  const now = options.now ?? new Date();
  const verify = options.verify ?? verifyPassword;
  const perClient = options.clientRule ?? clientRule;
  const perAccount = options.accountRule ?? accountRule;
  const username = rawUsername.trim().toLowerCase().slice(0, 64);
  const audit = { username, client };

  // 1. The client's attempts this minute, over any accounts.
  const byClient = await countAttempt(clientKey(client), perClient, now);
  if (byClient.attempts > perClient.max) {
    const retryAfterSeconds = Math.max(1, Math.ceil((+byClient.windowStartedAt + perClient.windowMs - +now) / 1000));
    // Once per window, so a flood cannot flood the audit log as well.
    if (byClient.attempts === perClient.max + 1) {
      await recordAccess({ action: "auth.rate_limited", ...audit, details: { attempts: byClient.attempts, retryAfterSeconds } });
    }
    return { ok: false, reason: "rate_limited", retryAfterSeconds };
  }

  // 2. This client's attempts on this account: counted now, before the hash is looked at.
  const key = accountKey(username, client);
  const byAccount = await countAttempt(key, perAccount, now);
  if (byAccount.attempts > perAccount.max) {
    const until = byAccount.lockedUntil ?? new Date(+now + (perAccount.lockMs ?? perAccount.windowMs));
    const minutesLeft = Math.max(1, Math.ceil((+until - +now) / 60_000));
    await recordAccess({ action: "auth.locked", ...audit, details: { refused: true, minutesLeft } });
    return { ok: false, reason: "locked", minutesLeft };
  }

  // 3. Only now the password.
  const [user] = await db
    .select({
      id: users.id,
      name: users.name,
      role: users.role,
      passwordHash: users.passwordHash,
      isActive: users.isActive,
      mustChangePassword: users.mustChangePassword,
    })
    .from(users)
    .where(eq(users.username, username))
    .limit(1);
  // An unknown name costs the same time as a wrong password.
  const passwordOk = await verify(password, user?.passwordHash ?? decoyPasswordHash);

  if (!user || !passwordOk) {
    await recordAccess({ action: "auth.sign_in_failed", userId: user?.id ?? null, ...audit, entity: "user", entityId: user?.id ?? null, details: { reason: user ? "password" : "unknown_user" } });
    if (byAccount.attempts >= perAccount.max) {
      await recordAccess({ action: "auth.locked", userId: user?.id ?? null, ...audit, entity: "user", entityId: user?.id ?? null, details: { minutes: lockMinutesOf(perAccount) } });
      return { ok: false, reason: "locked", minutesLeft: lockMinutesOf(perAccount) };
    }
    return { ok: false, reason: "invalid" };
  }
  if (!user.isActive) {
    await recordAccess({ action: "auth.sign_in_failed", userId: user.id, ...audit, entity: "user", entityId: user.id, details: { reason: "inactive" } });
    return { ok: false, reason: "inactive" };
  }

  await resetAttempts(key);
  const sessionId = await db.transaction(async (tx) => {
    await tx.update(users).set({ lastLoginAt: now }).where(eq(users.id, user.id));
    const id = await createSession(tx, { userId: user.id, client, now, maxAgeMs: sessionMaxAgeSeconds * 1000 });
    await recordAccess({ action: "auth.sign_in", userId: user.id, ...audit, entity: "user", entityId: user.id }, tx);
    return id;
  });
  await pruneThrottle(now);
  return {
    ok: true,
    user: { id: user.id, name: user.name, role: user.role, mustChangePassword: user.mustChangePassword },
    sessionId,
  };
}

const lockMinutesOf = (rule: ThrottleRule) => Math.ceil((rule.lockMs ?? rule.windowMs) / 60_000);
