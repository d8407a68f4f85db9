// The one way to sign in with a user name and password over HTTP: POST /api/auth/callback/credentials
// (the sign-in form posts there; Auth.js's own handler for that path is replaced by this one, so a
// script cannot go around it). Unlike a server action, a route handler can answer with the status
// that fits: 429 with Retry-After when the client is throttled or locked out of the account, 401 for
// a wrong password, 303 to the page asked for (or JSON for the form's fetch) on success.
// Auth.js's CSRF token is not used here (signIn() skips it); a cross-site form or fetch is refused by
// its Origin instead (lib/server/same-origin.ts, as for every route handler that writes).
import "server-only";
import { CredentialsSignin } from "next-auth";
import { getTranslations } from "next-intl/server";
import { isSameOrigin } from "@/lib/server/same-origin";
import { signIn } from "./index";

/** Only same-site paths, so the sign-in page cannot be used to send people elsewhere. */
export function safeCallback(url: string | null | undefined): string {
  return url && url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\") && !url.startsWith("/login") ? url : "/";
}

type Answer = { status: number; error?: string; code?: string; retryAfter?: number };

export async function credentialsPost(request: Request): Promise<Response> {
  const t = await getTranslations();
  const wantsJson = (request.headers.get("accept") ?? "").includes("application/json");
  const refuse = ({ status, error, code, retryAfter }: Answer): Response => {
    const headers: Record<string, string> = { "cache-control": "no-store" };
    if (retryAfter) headers["retry-after"] = String(retryAfter);
    if (wantsJson) return Response.json({ ok: false, error, code }, { status, headers });
    return new Response(error ?? "", { status, headers: { ...headers, "content-type": "text/plain; charset=utf-8" } });
  };

  if (!isSameOrigin(request.headers)) return refuse({ status: 403, error: t("login.failed"), code: "cross_origin" });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refuse({ status: 400, error: t("login.required"), code: "required" });
  }
  const username = String(form.get("username") ?? "");
  const password = String(form.get("password") ?? "");
  const redirectTo = safeCallback(form.get("callbackUrl") as string | null);
  if (!username.trim() || !password) return refuse({ status: 400, error: t("login.required"), code: "required" });

  try {
    await signIn("credentials", { username, password, redirect: false });
  } catch (error) {
    if (!(error instanceof CredentialsSignin)) throw error;
    const [code, amount] = String(error.code).split(":");
    const value = Math.max(1, Number(amount) || 1);
    switch (code) {
      case "rate_limited":
        return refuse({ status: 429, error: t("signIn.rateLimited", { seconds: value }), code, retryAfter: value });
      case "locked":
        return refuse({ status: 429, error: t("login.locked", { minutes: value }), code, retryAfter: value * 60 });
      case "inactive":
        return refuse({ status: 403, error: t("login.inactive"), code });
      case "required":
        return refuse({ status: 400, error: t("login.required"), code });
      default:
        return refuse({ status: 401, error: t("login.invalid"), code: "invalid" });
    }
  }
  // The session cookie set by signIn() travels with this response.
  if (wantsJson) return Response.json({ ok: true, redirectTo }, { headers: { "cache-control": "no-store" } });
  return new Response(null, { status: 303, headers: { location: redirectTo, "cache-control": "no-store" } });
}
