// Brings a database to a usable state: schema up to date, and the demo city only when asked for
// (`npm run demo`, `npm run db:seed`, the test servers). A real installation starts empty; its first
// administrator comes from `npm run user:create`.
import { db } from "../client";
import { migrateDatabase } from "../migrate";
import { seedDemoData } from "./demo";

/** DEMO_DATA=1 asks a starting server to write the demo city into an empty database. */
export const demoDataRequested = (env: NodeJS.ProcessEnv = process.env) => env.DEMO_DATA === "1";

export async function ensureDatabaseReady(options: { demo: boolean }): Promise<{ seeded: boolean }> {
  await migrateDatabase();
  if (!options.demo) return { seeded: false };
  return seedDemoData(db);
}
