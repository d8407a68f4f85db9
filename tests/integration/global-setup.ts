// Vitest globalSetup of the `integration` project: migrates the database given by DATABASE_URL
// and writes the demo data into it once, before any test file runs. Without DATABASE_URL it makes a throwaway SQLite file (never the
// developer's data/zhaoshang.db) and removes it afterwards.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { resolveDatabaseConfig } from "../../db/config";
import { migrateDatabase } from "../../db/migrate";

export default async function setup() {
  let tempDir: string | undefined;
  if (!process.env.DATABASE_URL?.trim()) {
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "zs-integration-"));
    // Workers are started after globalSetup and inherit this environment.
    process.env.DATABASE_URL = `file:${path.join(tempDir, "integration.db")}`;
  }
  const config = resolveDatabaseConfig();
  const where = config.dialect === "sqlite" ? config.file : config.url.replace(/\/\/[^@/]*@/, "//…@");
  console.log(`[integration] migrating ${config.dialect} database ${where}`);
  await migrateDatabase(config);
  // The demo city is the shared fixture: tests read it and add their own rows with unique names.
  const { seedDemoData } = await import("../../db/seed/demo");
  const { db, closeDatabase } = await import("../../db/client");
  const { seeded } = await seedDemoData(db);
  console.log(`[integration] demo data ${seeded ? "seeded" : "already present"}`);
  await closeDatabase();

  return () => {
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  };
}
