// npm run import -- leads|reports|trips FILE [--as USERNAME] [--check]
// The same code path as the import page: every row is checked first; a file with any problem is
// refused with a report per row and column, and nothing is written.
import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { db } from "../db/client";
import { importFile, importableKinds } from "../db/import/run-import";
import { migrateDatabase } from "../db/migrate";
import { loadCurrentUser } from "../db/queries/users";
import { users } from "../db/schema";
import type { ImportKind } from "../lib/import/columns";
import { runMain } from "./run-main";

async function main() {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    if (i === -1) return undefined;
    const value = args[i + 1];
    args.splice(i, 2);
    return value;
  };
  const asUser = flag("--as") ?? "admin";
  const checkOnly = args.includes("--check");
  const [kind, file] = args.filter((a) => a !== "--check");
  if (!kind || !file || !importableKinds.includes(kind as ImportKind)) {
    console.error(`用法 / usage: npm run import -- ${importableKinds.join("|")} FILE [--as USERNAME] [--check]`);
    return 2;
  }
  await migrateDatabase();
  const [account] = await db.select({ id: users.id }).from(users).where(eq(users.username, asUser)).limit(1);
  const user = account ? await loadCurrentUser(account.id) : null;
  if (!user) {
    console.error(`没有可用的用户“${asUser}” / no active user "${asUser}"`);
    return 2;
  }
  const started = Date.now();
  const outcome = await importFile({
    kind: kind as ImportKind,
    data: new Uint8Array(fs.readFileSync(file)),
    fileName: path.basename(file),
    user,
    commit: !checkOnly,
    onProgress: (done, total, phase) => process.stdout.write(`\r${phase === "write" ? "已写入" : "已检查"} ${done} / ${total} 行`),
  });
  if (!outcome.ok) {
    console.error(`文件有 ${outcome.problems.length} 处问题，未导入任何数据 / nothing imported:`);
    for (const p of outcome.problems) console.error(`  第${p.line}行${p.column ? `「${p.column}」` : ""}：${p.message}`);
    return 1;
  }
  process.stdout.write("\n");
  console.log(
    outcome.committed
      ? `导入完成：${outcome.rows} 行（${((Date.now() - started) / 1000).toFixed(1)} 秒）/ imported ${outcome.rows} rows`
      : `检查通过：${outcome.rows} 行，可以导入 / ${outcome.rows} rows ready to import`,
  );
  return 0;
}

runMain(main);
