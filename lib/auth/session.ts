import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { loadCurrentUser } from "@/db/queries/users";
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

/** For pages: the user if their role may use the area, else the 403 page. */
export async function requireArea(area: Area): Promise<CurrentUser> {
  const user = await requireUser();
  if (!canUseArea(user.role, area)) forbidden();
  return user;
}
