"use server";
import { AuthError, CredentialsSignin } from "next-auth";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { signIn } from "@/lib/auth";

export type LoginState = { error?: string; username?: string };

const loginSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
  callbackUrl: z.string().max(500).optional(),
});

/** Only same-site paths, so the sign-in page cannot be used to send people elsewhere. */
function safeCallback(url: string | undefined) {
  return url && url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/login") ? url : "/";
}

export async function loginAction(_state: LoginState, formData: FormData): Promise<LoginState> {
  const t = await getTranslations("login");
  const parsed = loginSchema.safeParse({
    username: formData.get("username") ?? "",
    password: formData.get("password") ?? "",
    callbackUrl: formData.get("callbackUrl") ?? undefined,
  });
  const username = String(formData.get("username") ?? "");
  if (!parsed.success) return { error: t("required"), username };
  try {
    await signIn("credentials", {
      username: parsed.data.username,
      password: parsed.data.password,
      redirectTo: safeCallback(parsed.data.callbackUrl),
    });
    return {};
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      const [code, minutes] = String(error.code).split(":");
      if (code === "locked") return { error: t("locked", { minutes: Number(minutes) || 15 }), username };
      if (code === "inactive") return { error: t("inactive"), username };
      if (code === "required") return { error: t("required"), username };
      return { error: t("invalid"), username };
    }
    if (error instanceof AuthError) return { error: t("failed"), username };
    throw error; // the redirect after a successful sign-in
  }
}
