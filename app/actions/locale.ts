"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { localeCookie, locales } from "@/i18n/locales";

const localeSchema = z.enum(locales);

/** Remembers the interface language for a year. Touches no data, so it needs no session. */
export async function setLocaleAction(input: unknown) {
  const parsed = localeSchema.safeParse(input);
  if (!parsed.success) return { ok: false as const };
  (await cookies()).set(localeCookie, parsed.data, {
    path: "/",
    maxAge: 365 * 24 * 3600,
    sameSite: "lax",
    httpOnly: false,
  });
  return { ok: true as const };
}
