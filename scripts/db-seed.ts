// npm run db:seed — migrates, then writes the demo data into an empty database. Running it again
// changes nothing.
import { closeDatabase } from "../db/client";
import { resolveDatabaseConfig } from "../db/config";
import { ensureDatabaseReady } from "../db/seed/ensure";

const started = Date.now();
ensureDatabaseReady({ demo: true })
  .then(async ({ seeded }) => {
    const dialect = resolveDatabaseConfig().dialect;
    console.log(
      seeded
        ? `演示数据已写入 / demo data seeded (${dialect}, ${Date.now() - started} ms)`
        : `数据库已有数据，未重复写入 / already seeded, nothing changed (${dialect})`,
    );
    await closeDatabase();
  })
  .catch(async (error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    await closeDatabase();
    process.exit(1);
  });
