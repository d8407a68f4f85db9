// How a command-line script ends: with the exit code its main returns, the database closed, and an
// error printed (exit 1) if it threw.
import { closeDatabase } from "../db/client";

export function runMain(main: () => Promise<number>) {
  main()
    .then(async (code) => {
      await closeDatabase();
      process.exit(code);
    })
    .catch(async (error) => {
      console.error(error);
      await closeDatabase().catch(() => {});
      process.exit(1);
    });
}
