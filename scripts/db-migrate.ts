// npm run db:migrate — applies the migrations of the database given by DATABASE_URL.
import { resolveDatabaseConfig } from "../db/config";
import { migrateDatabase } from "../db/migrate";

const config = resolveDatabaseConfig();
migrateDatabase(config)
  .then(() => {
    console.log(`数据库结构已是最新 / migrations applied (${config.dialect})`);
  })
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
