// Sends visitors without a session to the sign-in page. This is a convenience, not the guard:
// every page, query and server action checks the user itself (lib/auth/session.ts).
import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth/config";

const { auth } = NextAuth(authConfig);

export default auth;

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
