import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { recordAccess } from "@/db/mutations/access-log";
import { loadCurrentUser } from "@/db/queries/users";
import { clientFromHeaders } from "@/lib/server/client";
import { auth } from "./index";
import type { CurrentUser } from "./current-user";
import { type Area, canUseArea } from "./permissions";

/** The signed-in, active user, read from the database once per request (a deactivated user is out at once). */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!Number.isInteger(id) || id <= 0) return null;
  return loadCurrentUser(id);
});

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

/**
 * For pages: the user if their role may use the area, else the 403 page. The refusal is recorded
 * (access.forbidden, with the path from proxy.ts), so every page's role check is audited here.
 */
export async function requireArea(area: Area): Promise<CurrentUser> {
  const user = await requireUser();
  if (!canUseArea(user.role, area)) {
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
