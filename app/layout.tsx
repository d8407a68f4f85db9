import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { SubmitGuard } from "@/components/layout/submit-guard";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("shortName")}` } };
}

// viewport-fit=cover: the page reaches the iPhone's rounded corners and home bar, and keeps its
// controls clear of them with env(safe-area-inset-*) (the tab bar, the save bar).
export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1a4197", viewportFit: "cover" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("app")]);
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans">
        {/* The first thing a keyboard reaches on every page: straight to its <main id="main">. */}
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:left-3 focus:top-3 focus:z-[60] focus:rounded-md focus:bg-white focus:px-4 focus:py-3 focus:text-sm focus:font-semibold focus:text-brand-800 focus:shadow-lg"
        >
          {t("skipToMain")}
        </a>
        <SubmitGuard />
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
