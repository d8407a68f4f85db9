import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  // forbidden() renders app/forbidden.tsx with status 403.
  experimental: { authInterrupts: true },
  serverExternalPackages: ["@libsql/client", "libsql", "pg"],
  poweredByHeader: false,
  // Another build folder (e.g. NEXT_DIST_DIR=.next-b) lets two builds of one checkout coexist.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
