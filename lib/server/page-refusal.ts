// Records a page refused to a signed-in user: every forbidden() and notFound() of a page ends in
// app/forbidden.tsx or app/not-found.tsx, which call this, so the role and scope checks of all pages
// are audited in one place. The path comes from proxy.ts (x-pathname, overwritten on every request).
import "server-only";
import { headers } from "next/headers";
import { recordAccess } from "@/db/mutations/access-log";
import { getCurrentUser } from "@/lib/auth/session";
import { clientFromHeaders } from "./client";

export async function recordPageRefusal(kind: "access.forbidden" | "access.not_found") {
  try {
    const [user, requestHeaders] = await Promise.all([getCurrentUser(), headers()]);
    if (!user) return;
    const path = requestHeaders.get("x-pathname")?.slice(0, 300) || null;
    await recordAccess({
      action: kind,
      userId: user.id,
      username: user.username,
      client: clientFromHeaders(requestHeaders),
      entity: "page",
      details: { path },
    });
  } catch (error) {
    console.error(`[${kind}] could not record the refused page`, error);
  }
}
