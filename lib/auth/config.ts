// The part of the Auth.js configuration that needs no database: shared by proxy.ts and lib/auth.
import type { NextAuthConfig } from "next-auth";
import type { Role } from "@/db/schema/enums";

declare module "next-auth" {
  interface User {
    role?: Role;
  }
  interface Session {
    user: { id: string; name?: string | null; role: Role };
  }
}

export const sessionMaxAgeSeconds = 10 * 60 * 60; // one working day

const publicPaths = ["/login", "/api/health", "/api/auth"];

export const authConfig = {
  trustHost: true,
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds },
  providers: [],
  callbacks: {
    // Only decides signed in or not; what a role may do is checked on the server, page by page.
    authorized({ auth, request }) {
      const path = request.nextUrl.pathname;
      if (publicPaths.some((p) => path === p || path.startsWith(`${p}/`))) return true;
      return Boolean(auth?.user);
    },
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      session.user = { ...session.user, id: String(token.sub), role: token.role as Role };
      return session;
    },
  },
} satisfies NextAuthConfig;
