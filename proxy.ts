// Sends visitors without a session cookie to the sign-in page. A convenience, not the guard: every
// page, query and server action checks the user itself (lib/auth/session.ts). It only looks for the
// cookie and never re-issues it, so a request still in flight when someone signs out cannot bring
// the session back (Auth.js's own middleware refreshes the cookie on every request).
import { NextResponse, type NextRequest } from "next/server";

const publicPaths = ["/login", "/api/health", "/api/auth"];
const sessionCookie = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

export default function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (publicPaths.some((p) => pathname === p || pathname.startsWith(`${p}/`))) return NextResponse.next();
  if (request.cookies.getAll().some((cookie) => sessionCookie.test(cookie.name))) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
