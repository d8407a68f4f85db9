import { defineConfig } from "drizzle-kit";

// Migrations are generated for both dialects from their schema files:
//   npm run db:generate   (runs this config once with DB_DIALECT=sqlite, once with postgresql)
const dialect = process.env.DB_DIALECT === "postgresql" ? "postgresql" : "sqlite";

export default defineConfig(
  dialect === "postgresql"
    ? {
        dialect: "postgresql",
        schema: "./db/schema/pg.ts",
        out: "./db/migrations/postgres",
        dbCredentials: { url: process.env.DATABASE_URL ?? "postgres://localhost/zhaoshang" },
      }
    : {
        dialect: "sqlite",
        schema: "./db/schema/sqlite.ts",
        out: "./db/migrations/sqlite",
        dbCredentials: { url: process.env.DATABASE_URL ?? "file:data/zhaoshang.db" },
      },
);
