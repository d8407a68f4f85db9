"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";

/** Where the form posts: the throttled sign-in route (lib/auth/credentials-post.ts). */
const signInUrl = "/api/auth/callback/credentials";

export function LoginForm({ callbackUrl, notice }: { callbackUrl?: string; notice?: string }) {
  const t = useTranslations("login");
  const [error, setError] = useState<string | undefined>();
  const [isPending, setPending] = useState(false);
  return (
    // Without JavaScript the browser posts the same fields and follows the 303; with it, the
    // message appears beside the fields and what was typed stays.
    <form
      action={signInUrl}
      method="post"
      className="space-y-5"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const data = new FormData(form);
        if (!String(data.get("username") ?? "").trim() || !String(data.get("password") ?? "")) {
          setError(t("required"));
          return;
        }
        setPending(true);
        setError(undefined);
        try {
          const response = await fetch(signInUrl, { method: "POST", body: data, headers: { accept: "application/json" } });
          const body = (await response.json().catch(() => ({}))) as { ok?: boolean; error?: string; redirectTo?: string };
          if (response.ok && body.ok) {
            // A full page load, so every part of the page is rendered for the signed-in user.
            window.location.assign(body.redirectTo ?? "/");
            return;
          }
          setError(body.error ?? t("failed"));
          (form.elements.namedItem("password") as HTMLInputElement | null)?.select();
        } catch {
          setError(t("failed"));
        }
        setPending(false);
      }}
    >
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      {notice && !error ? (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          {notice}
        </p>
      ) : null}
      <div className="space-y-1.5">
        <label htmlFor="username" className="block text-sm font-medium text-slate-700">
          {t("username")}
        </label>
        <input
          id="username"
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          required
          aria-invalid={Boolean(error)}
          aria-describedby={error ? "login-error" : undefined}
          className="block w-full rounded-md border border-slate-300 px-3 py-2.5 text-base shadow-sm focus:border-brand-600"
        />
      </div>
      <div className="space-y-1.5">
        <label htmlFor="password" className="block text-sm font-medium text-slate-700">
          {t("password")}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={Boolean(error)}
          aria-describedby={error ? "login-error" : undefined}
          className="block w-full rounded-md border border-slate-300 px-3 py-2.5 text-base shadow-sm focus:border-brand-600"
        />
      </div>
      {error ? (
        <p id="login-error" role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={isPending}
        className="w-full rounded-md bg-brand-600 px-4 py-2.5 text-base font-semibold text-white shadow-sm hover:bg-brand-700 disabled:opacity-60"
      >
        {isPending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
