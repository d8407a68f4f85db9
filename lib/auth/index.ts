import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authenticate } from "./authenticate";
import { authConfig } from "./config";

/** Carries why a sign-in failed to the login form (the code is safe to show). */
export class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super(code);
    this.code = code;
  }
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
  providers: [
    Credentials({
      credentials: { username: {}, password: {} },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new SignInRefused("required");
        const result = await authenticate(parsed.data.username, parsed.data.password);
        if (!result.ok) {
          throw new SignInRefused(result.reason === "locked" ? `locked:${result.minutesLeft}` : result.reason);
        }
        return { id: String(result.user.id), name: result.user.name, role: result.user.role };
      },
    }),
  ],
});
