import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { recordAccess } from "@/db/mutations/access-log";
import { lastSeenEveryMs, touchSession } from "@/db/mutations/sessions";
import { loadSessionUser } from "@/db/queries/users";
import { clientFromHeaders } from "@/lib/server/client";
import { auth } from "./index";
import type { CurrentUser } from "./current-user";
import { type Area, canUseArea } from "./policy";

/** The page where a user whose password was set by an administrator must choose their own. */
export const accountPath = "/account";

/**
 * The user of this request's session, read from the database once per request: the account must be
 * active and the server-side session row must exist (ended sessions are out at once). Includes users
 * who must still change the password an administrator set: only the account page and the actions
 * marked for it take those (see getCurrentUser, requireUser, run-action).
 */
export const getSessionUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  const sessionId = session?.sessionId;
  if (!Number.isInteger(id) || id <= 0 || !sessionId) return null;
  const found = await loadSessionUser(id, sessionId);
  if (!found) return null;
  const now = new Date();
  if (+now - +found.lastSeenAt >= lastSeenEveryMs) await touchSession(sessionId, now);
  return found.user;
});

/**
 * The signed-in user who may use the product; null when not signed in, and also while the user
 * must first change a password an administrator set (route handlers answer 401 to both).
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const user = await getSessionUser();
  return user && !user.mustChangePassword ? user : null;
});

/** For pages: the signed-in user; to the sign-in page without, to the account page until the password is changed. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  if (user.mustChangePassword) redirect(accountPath);
  return user;
}

/** For the account page and the layout around it: the signed-in user, even one who must change the password. */
export async function requireSessionUser(): Promise<CurrentUser> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  return user;
}

/**
 * For pages: the user if their role may use the area, else the 403 page. The refusal is recorded
 * (access.forbidden, with the path from proxy.ts), so every page's role check is audited here.
 */
export async function requireArea(area: Area): Promise<CurrentUser> {
  const user = await requireUser();
  if (!canUseArea(user, area)) {
    const requestHeaders = await headers();
    await recordAccess({
      action: "access.forbidden",
      userId: user.id,
      username: user.username,
      client: clientFromHeaders(requestHeaders),
      entity: "page",
      details: { area, path: requestHeaders.get("x-pathname")?.slice(0, 300) ?? null },
    }).catch((error) => console.error(`[requireArea ${area}] could not record the refusal`, error));
    forbidden();
  }
  return user;
}
