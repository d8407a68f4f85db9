// One wrapper for every route handler that needs a signed-in user: the same answers everywhere
//   401 {"error":"unauthenticated"}  no (active) user
//   403 {"error":"cross_origin"}     a write (POST, PUT, PATCH, DELETE) sent from another site
//   403 {"error":"forbidden"}        the rule refuses the user, or the handler throws ForbiddenError
//   404 {"error":"not_found"}        the handler throws NotFoundError (out of scope looks the same)
// Refusals are recorded in the access audit (access.forbidden / access.not_found).
import "server-only";
import { recordAccess } from "@/db/mutations/access-log";
import { ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import type { CurrentUser } from "@/lib/auth/current-user";
import { getCurrentUser } from "@/lib/auth/session";
import { clientFromHeaders } from "./client";
import { isSameOrigin } from "./same-origin";

export type RouteRule = (user: CurrentUser) => boolean;

export type RouteContext<P> = { user: CurrentUser; params: P };

const noStore = { "cache-control": "no-store" };

export const jsonError = (status: number, error: string, message?: string) =>
  Response.json(message ? { error, message } : { error }, { status, headers: noStore });

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

async function recordRefusal(action: "access.forbidden" | "access.not_found", user: CurrentUser, request: Request) {
  const path = new URL(request.url).pathname;
  await recordAccess({
    action,
    userId: user.id,
    username: user.username,
    client: clientFromHeaders(request.headers),
    entity: "route",
    details: { method: request.method, path },
  }).catch((error) => console.error("[withUser] could not record", action, error));
}

/**
 * `export const GET = withUser(async (request, { user, params }) => …, (user) => canUseArea(user, "board"))`.
 * Without a rule every signed-in user passes; row-level checks stay in the data-access layer.
 */
export function withUser<P = Record<string, never>>(
  handler: (request: Request, context: RouteContext<P>) => Promise<Response> | Response,
  rule?: RouteRule,
) {
  return async (request: Request, segment?: { params?: Promise<P> }): Promise<Response> => {
    if (!safeMethods.has(request.method.toUpperCase()) && !isSameOrigin(request.headers)) {
      return jsonError(403, "cross_origin", "拒绝来自其他网站的请求");
    }
    const user = await getCurrentUser();
    if (!user) return jsonError(401, "unauthenticated");
    if (rule && !rule(user)) {
      await recordRefusal("access.forbidden", user, request);
      return jsonError(403, "forbidden");
    }
    try {
      const params = (segment?.params ? await segment.params : {}) as P;
      return await handler(request, { user, params });
    } catch (error) {
      if (error instanceof ForbiddenError) {
        await recordRefusal("access.forbidden", user, request);
        return jsonError(403, "forbidden");
      }
      if (error instanceof NotFoundError) {
        await recordRefusal("access.not_found", user, request);
        return jsonError(404, "not_found");
      }
      throw error;
    }
  };
}
