"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field } from "@/components/form/field";
import { inputClass, primaryButton } from "@/components/form/styles";

/** Where the form posts: the throttled sign-in route (lib/auth/credentials-post.ts). */
const signInUrl = "/api/auth/callback/credentials";

export function LoginForm({ callbackUrl, notice }: { callbackUrl?: string; notice?: string }) {
  const t = useTranslations("login");
  const [error, setError] = useState<string | undefined>();
  const [isPending, setPending] = useState(false);
  // The message is about the pair, so both fields are described by it.
  const describedBy = { "aria-invalid": Boolean(error), "aria-describedby": error ? "login-error" : undefined };
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
      <Field id="username" label={t("username")}>
        {({ id }) => <input id={id} name="username" autoComplete="username" autoCapitalize="none" autoCorrect="off" spellCheck={false} required {...describedBy} className={inputClass} />}
      </Field>
      <Field id="password" label={t("password")}>
        {({ id }) => <input id={id} name="password" type="password" autoComplete="current-password" required {...describedBy} className={inputClass} />}
      </Field>
      {error ? (
        <p id="login-error" role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <button type="submit" disabled={isPending} className={`${primaryButton} w-full text-base`}>
        {isPending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
