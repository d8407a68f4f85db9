// Issue 9 item 8: the import is all or nothing even when its process dies mid-write. Runs the real
// `npm run import` in a child process, kills it with SIGKILL once it reports rows written inside its
// transaction, and checks that nothing of the file reached the database; then imports the same file
// to the end, which shows the file was good and the database still takes writes.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { count, like } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditLog, companies, leads, taskGroups } from "@/db/schema";
import { runSuffix } from "./helpers";

const root = process.cwd();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zs-import-kill-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs `npm run import -- leads FILE`; `killWhen` sees every progress line and may ask for SIGKILL. */
function runImport(file: string, killWhen?: (written: number, total: number) => boolean) {
  return new Promise<{ output: string; signal: NodeJS.Signals | null; code: number | null; killedAt: number | null }>((resolve) => {
    const { DEMO_DATA: _ignored, ...env } = process.env;
    // Node itself with tsx as a loader, not the tsx command: that one runs the script in a child
    // process of its own, which a SIGKILL of the command leaves running to the end (and committing).
    const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/import.ts", "leads", file, "--as", "admin"], { cwd: root, env });
    let output = "";
    let killedAt: number | null = null;
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const last = [...output.matchAll(/已写入 (\d+) \/ (\d+) 行/g)].at(-1);
      if (killWhen && killedAt === null && last && killWhen(Number(last[1]), Number(last[2]))) {
        killedAt = Number(last[1]);
        child.kill("SIGKILL");
      }
    });
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code, signal) => resolve({ output, signal, code, killedAt }));
  });
}

async function counts(suffix: string) {
  const [[leadRows], [companyRows], [auditRows]] = await Promise.all([
    db.select({ n: count() }).from(leads).where(like(leads.name, `%${suffix}%`)),
    db.select({ n: count() }).from(companies).where(like(companies.name, `%${suffix}%`)),
    db.select({ n: count() }).from(auditLog).where(like(auditLog.details, `%${suffix}%`)),
  ]);
  return { leads: Number(leadRows.n), companies: Number(companyRows.n), audit: Number(auditRows.n) };
}

describe("an import killed with SIGKILL while it writes", () => {
  it("leaves nothing of the file behind, and the same file then imports whole", async () => {
    const suffix = `kill${runSuffix()}`;
    const groups = (await db.select({ name: taskGroups.name }).from(taskGroups)).map((g) => g.name);
    const rows = 4000;
    const lines = ["外部编号,项目名称,企业名称,工作组,来源,阶段,计划投资(万元)"];
    for (let i = 0; i < rows; i++) lines.push([`K-${suffix}-${i}`, `项目${suffix}-${i}`, `企业${suffix}-${Math.floor(i / 2)}有限公司`, groups[i % groups.length], "一把手招商", "接触", 1000 + i].join(","));
    const file = path.join(dir, `${suffix}.csv`);
    fs.writeFileSync(file, `${lines.join("\n")}\n`);

    // Killed after some of the file's leads were inserted in the transaction, before the end.
    const killed = await runImport(file, (written, total) => written > 0 && written < total);
    expect(killed.killedAt, killed.output).toBeGreaterThan(0);
    expect(killed.signal).toBe("SIGKILL");
    expect(killed.output).not.toContain("导入完成");
    expect(await counts(suffix)).toEqual({ leads: 0, companies: 0, audit: 0 });

    const whole = await runImport(file);
    expect(whole.output).toContain(`导入完成：${rows} 行`);
    expect(whole.code).toBe(0);
    const after = await counts(suffix);
    expect({ leads: after.leads, companies: after.companies }).toEqual({ leads: rows, companies: rows / 2 });
    // At least one audit row per company and per lead, and one for the file's import.
    expect(after.audit).toBeGreaterThan(rows + rows / 2);
  }, 180_000);
});
