// The part of the Auth.js configuration that needs no database.
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
      }
      return token;
    },
    session({ session, token }) {
      session.user = { ...session.user, id: String(token.sub), role: token.role as Role };
      return session;
    },
  },
} satisfies NextAuthConfig;
