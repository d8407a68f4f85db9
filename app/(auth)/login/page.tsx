import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { LocaleSwitch } from "@/components/layout/locale-switch";
import { officeNames } from "@/db/queries/office";
import { hasActiveAdmin } from "@/db/queries/setup";
import { getSessionUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login");
  return { title: t("title") };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; changed?: string }>;
}) {
  if (await getSessionUser()) redirect("/");
  const [{ callbackUrl, changed }, t, adminExists, office] = await Promise.all([searchParams, getTranslations(), hasActiveAdmin(), officeNames()]);
  let path: string | undefined;
  try {
    const url = callbackUrl ? new URL(callbackUrl, "http://localhost") : undefined;
    path = url ? url.pathname + url.search : undefined;
  } catch {
    path = undefined;
  }
  return (
    <main id="main" tabIndex={-1} className="flex min-h-screen flex-col outline-none bg-gradient-to-b from-brand-800 to-brand-600">
      <div className="flex justify-end p-4 text-white">
        <LocaleSwitch />
      </div>
      <div className="flex flex-1 items-start justify-center px-4 pb-16 pt-6 sm:items-center sm:pt-0">
        <div className="w-full max-w-sm rounded-xl bg-white p-6 shadow-xl sm:p-8">
          <p className="text-sm text-slate-500">{office?.agencyName ?? t("app.neutral")}</p>
          <h1 className="mb-6 mt-1 text-xl font-semibold text-slate-900">{t("app.name")}</h1>
          {adminExists ? null : (
            <section aria-labelledby="first-admin" className="mb-6 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
              <h2 id="first-admin" className="font-semibold">{t("firstAdmin.title")}</h2>
              <p className="mt-1">{t("firstAdmin.text")}</p>
              <pre className="mt-2 overflow-x-auto whitespace-pre-wrap break-all rounded bg-white p-2 font-mono text-xs text-slate-800">
                {t("firstAdmin.command")}
              </pre>
            </section>
          )}
          <LoginForm callbackUrl={path} notice={changed ? t("account.passwordChangedSignIn") : undefined} />

        </div>
      </div>
    </main>
  );
}
