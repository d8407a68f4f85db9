import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { maxImportBytes } from "./lib/import/limits";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  // forbidden() renders app/forbidden.tsx with status 403.
  experimental: {
    authInterrupts: true,
    // proxy.ts runs on every request, so Next.js keeps a copy of each request body, cut at this size
    // (10 MB by default: a bigger import file reached /api/import truncated and failed). Above the
    // import limit plus its envelope, so /api/import itself sees an oversized upload and says 413.
    proxyClientMaxBodySize: maxImportBytes + 2 * 1024 * 1024,
  },
  serverExternalPackages: ["@libsql/client", "libsql", "pg"],
  poweredByHeader: false,
  // Another build folder (e.g. NEXT_DIST_DIR=.next-b) lets two builds of one checkout coexist.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
