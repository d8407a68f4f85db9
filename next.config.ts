import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  // forbidden() renders app/forbidden.tsx with status 403.
  experimental: { authInterrupts: true },
  serverExternalPackages: ["@libsql/client", "libsql", "pg"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
