import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { z } from "zod";
import { db } from "@/db/client";
import { recordAccess } from "@/db/mutations/access-log";
import { endSession } from "@/db/mutations/sessions";
import { clientFromHeaders } from "@/lib/server/client";
import { authenticate, type AuthenticationResult } from "./authenticate";
import { authConfig } from "./config";

/** Carries why a sign-in failed to the sign-in route (the code is safe to show). */
export class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super(code);
    this.code = code;
  }
}

/** "locked:15", "rate_limited:42", "invalid", … : what the sign-in route turns into a status and a message. */
export function refusalCode(result: Exclude<AuthenticationResult, { ok: true }>): string {
  if (result.reason === "locked") return `locked:${result.minutesLeft}`;
  if (result.reason === "rate_limited") return `rate_limited:${result.retryAfterSeconds}`;
  return result.reason;
}

const credentialsSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    // A refused sign-in is an everyday event, not a server error: one line, no stack.
    error(error) {
      if (error instanceof CredentialsSignin) console.warn(`[auth] sign-in refused (${error.code})`);
      else console.error(error);
    },
  },
  events: {
    // Every way out (the shell's button, POST /api/auth/signout) ends the server-side session.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      const sid = typeof token?.sid === "string" ? token.sid : null;
      if (!sid) return;
      const ended = await endSession(db, sid);
      if (ended) {
        await recordAccess({
          action: "auth.sign_out",
          userId: ended.userId,
          client: clientFromHeaders(await headers()),
          entity: "user",
          entityId: ended.userId,
        });
      }
    },
  },
  providers: [
    Credentials({
      credentials: { username: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new SignInRefused("required");
        const result = await authenticate(parsed.data.username, parsed.data.password, clientFromHeaders(request.headers));
        if (!result.ok) throw new SignInRefused(refusalCode(result));
        return { id: String(result.user.id), name: result.user.name, role: result.user.role, sessionId: result.sessionId };
      },
    }),
  ],
});
