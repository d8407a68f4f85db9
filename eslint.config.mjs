// ESLint 9 flat config: Next.js (core-web-vitals + TypeScript), drizzle's guards against
// unbounded DELETE/UPDATE, and a ban on drizzle's dialect-only executors (.all() .get() .run()
// .values() with no arguments exist on SQLite builders only: await the builder instead).
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

const drizzleObjectName = ["db", "tx"];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    plugins: { drizzle },
    rules: {
      // A leading underscore marks a parameter or binding as deliberately unused.
      "@typescript-eslint/no-unused-vars": [
        "warn",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
        },
      ],
      // The React Compiler is not enabled, so its "incompatible library" notice (TanStack Table) does not apply.
      "react-hooks/incompatible-library": "off",
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName }],
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "CallExpression[arguments.length=0][callee.type='MemberExpression'][callee.computed=false][callee.property.name=/^(all|get|run|values)$/]",
          message:
            "Dialect-only drizzle method: write queries that run on SQLite and PostgreSQL (await the builder)",
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    // Build folders of parallel checkouts (NEXT_DIST_DIR=.next-3 …).
    ".next-*/**",
    "node_modules/**",
    "db/migrations/**",
    "test-results/**",
    "playwright-report/**",
    "blob-report/**",
    ".tmp/**",
    "data/**",
    "next-env.d.ts",
  ]),
]);
