// The part of the Auth.js configuration that needs no database.
import type { NextAuthConfig } from "next-auth";
import type { Role } from "@/db/schema/enums";

declare module "next-auth" {
  interface User {
    role?: Role;
    /** The server-side session created at sign-in (db/mutations/sessions.ts). */
    sessionId?: string;
  }
  interface Session {
    user: { id: string; name?: string | null; role: Role };
    /** Which server-side session row this token belongs to; the row must exist on every request. */
    sessionId?: string;
  }
}

export const sessionMaxAgeSeconds = 10 * 60 * 60; // one working day

export const authConfig = {
  trustHost: true,
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.sid = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      session.user = { ...session.user, id: String(token.sub), role: token.role as Role };
      session.sessionId = typeof token.sid === "string" ? token.sid : undefined;
      return session;
    },
  },
} satisfies NextAuthConfig;
