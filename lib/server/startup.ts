// What a server does once when it starts (called from instrumentation.ts, Node.js runtime only):
// refuse to run without AUTH_SECRET (Auth.js would otherwise treat everyone as signed out), then
// bring the database schema up to date and seed an empty database.
import { resolveDatabaseConfig } from "@/db/config";
import { ensureDatabaseReady } from "@/db/seed/ensure";

export async function startServer() {
  if (!process.env.AUTH_SECRET) {
    console.error(
      "\n[startup] AUTH_SECRET is not set. Set it to a long random string (e.g. `openssl rand -base64 32`)\n" +
        "          in the environment or in .env.local; `npm run demo` writes one for you.\n",
    );
    process.exit(1);
  }
  const started = Date.now();
  const result = await ensureDatabaseReady();
  console.log(
    `[startup] database ready (${resolveDatabaseConfig().dialect})${result.seeded ? ", demo data seeded" : ""} in ${Date.now() - started} ms`,
  );
}
