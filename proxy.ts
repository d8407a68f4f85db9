// Runs before every request (Next.js 16's name for middleware), for two things:
// 1. Security headers on every response, static files included: a Content-Security-Policy with a
//    fresh nonce for scripts (Next.js reads it from the request header set here and puts it on its
//    own scripts; pages are rendered per request), nosniff, Referrer-Policy, Permissions-Policy and,
//    on https, HSTS (lib/server/security-headers.ts).
// 2. Sending visitors without a session cookie to the sign-in page. A convenience, not the guard:
//    every page, query and server action checks the user itself (lib/auth/session.ts). It only looks
//    for the cookie and never re-issues it, so a request still in flight when someone signs out
//    cannot bring the session back (Auth.js's own middleware refreshes the cookie on every request).
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce, securityOptionsFromEnv, staticSecurityHeaders } from "@/lib/server/security-headers";

const publicPaths = ["/login", "/api/health", "/api/auth", "/_next/static", "/_next/image"];
const publicFiles = new Set(["/favicon.ico", "/icon.svg", "/robots.txt"]);
const sessionCookie = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

function isPublic(pathname: string) {
  return publicFiles.has(pathname) || publicPaths.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

export default function proxy(request: NextRequest) {
  const options = securityOptionsFromEnv();
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, options);
  const { pathname, search } = request.nextUrl;

  let response: NextResponse;
  if (isPublic(pathname) || request.cookies.getAll().some((cookie) => sessionCookie.test(cookie.name))) {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    // For the record of a refused page (requireArea in lib/auth/session.ts); never the client's own value.
    requestHeaders.set("x-pathname", pathname);
    requestHeaders.set("Content-Security-Policy", csp);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  } else {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    response = NextResponse.redirect(login);
  }
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(staticSecurityHeaders(options))) response.headers.set(name, value);
  return response;
}

// Every path: static files get the headers too (they skip the sign-in check above).
export const config = {
  matcher: ["/:path*"],
};
