// Brings a database to a usable state: schema up to date, demo data in an empty database.
import { db } from "../client";
import { migrateDatabase } from "../migrate";
import { seedDemoData } from "./demo";

export async function ensureDatabaseReady(): Promise<{ seeded: boolean }> {
  await migrateDatabase();
  return seedDemoData(db);
}
