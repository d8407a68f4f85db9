"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocaleAction } from "@/app/actions/locale";

/** 中文 / English, remembered in a cookie. `tone`: on the dark sidebar and sign-in page, or on a white card (larger, for a thumb). */
export function LocaleSwitch({ className = "", tone = "dark" }: { className?: string; tone?: "dark" | "light" }) {
  const locale = useLocale();
  const t = useTranslations("user");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const choose = (next: string) =>
    startTransition(async () => {
      await setLocaleAction(next);
      router.refresh();
    });
  return (
    <div role="group" aria-label={t("language")} className={`inline-flex rounded-md border text-xs ${tone === "light" ? "border-slate-300" : "border-current/20"} ${className}`}>
      {[
        ["zh-CN", "中文"],
        ["en", "English"],
      ].map(([code, label]) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={locale === code}
          disabled={isPending}
          onClick={() => choose(code)}
          className={
            tone === "light"
              ? `min-h-11 px-4 text-sm first:rounded-l-md last:rounded-r-md ${locale === code ? "bg-brand-700 font-semibold text-white" : "text-slate-700 hover:bg-slate-100"}`
              : `px-2 py-1 first:rounded-l-md last:rounded-r-md ${locale === code ? "bg-white/90 font-semibold text-brand-800" : "opacity-80 hover:opacity-100"}`
          }
        >
          {label}
        </button>
      ))}
    </div>
  );
}
