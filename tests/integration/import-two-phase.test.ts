// The import of issue 9: rows are checked with the form schemas (refusals name the Chinese column),
// every change gets its own audit row as from the forms, progress is reported while rows are
// checked, and on SQLite a write that meets another writer's lock waits for it.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, db, dialect } from "@/db/client";
import { resolveDatabaseConfig } from "@/db/config";
import { importFile, type ImportPhase } from "@/db/import/run-import";
import { moveLeadStageDefinition } from "@/db/mutations/lead-actions";
import { auditLog, leads, taskGroups } from "@/db/schema";
import { runAction, type ActionMessages } from "@/lib/actions/run-action";
import type { CurrentUser } from "@/lib/auth/current-user";
import { userNamed } from "./helpers";

const csv = (text: string) => new TextEncoder().encode(text);
const run = Math.random().toString(36).slice(2, 7).toUpperCase();
const header = "外部编号,项目名称,企业名称,工作组,来源,阶段,计划投资(万元),签约投资(万元),签约日期";
let admin: CurrentUser;


beforeAll(async () => {
  admin = await userNamed("admin");
});

afterAll(async () => {
  await closeDatabase();
});

describe("lead import rules", () => {
  it("names the column by its Chinese header when a stage move is refused (not toStage)", async () => {
    const first = csv(`${header}\n${run}-D,终止项目${run},终止企业${run}有限公司,电子信息产业推进工作组,一把手招商,终止,100,,\n`);
    expect(await importFile({ kind: "leads", data: first, fileName: "a.csv", user: admin, commit: true })).toMatchObject({ ok: true, rows: 1 });
    // A dropped lead may not be put on hold.
    const again = csv(`${header}\n${run}-D,终止项目${run},终止企业${run}有限公司,电子信息产业推进工作组,一把手招商,搁置,100,,\n`);
    const outcome = await importFile({ kind: "leads", data: again, fileName: "b.csv", user: admin, commit: true });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems).toEqual([{ line: 2, column: "阶段", message: "已终止的项目只能重新进入推进阶段。" }]);
    const [lead] = await db.select({ stage: leads.stage }).from(leads).where(eq(leads.externalId, `${run}-D`));
    expect(lead.stage).toBe("dropped");
  });

  it("refuses a row pointing outside the lead's group with the same rule and message as the form", async () => {
    // zuyuan2 is a member of the equipment group, not of the electronics group the row names: the
    // rule set of db/rules/lead-references.ts answers, as it does for the lead form.
    const file = csv(`${header},责任人\n${run}-X,越组项目${run},越组企业${run}有限公司,电子信息产业推进工作组,一把手招商,接触,100,,,zuyuan2\n`);
    const outcome = await importFile({ kind: "leads", data: file, fileName: "x.csv", user: admin, commit: true });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems).toEqual([{ line: 2, column: "责任人", message: "责任人须为该工作组成员。" }]);
    expect(await db.select({ id: leads.id }).from(leads).where(eq(leads.externalId, `${run}-X`))).toEqual([]);
  });

  it("reports the form schema's messages per column (too long a name, a negative amount)", async () => {
    const file = csv(`${header}\n${run}-L,${"长".repeat(201)},某企业${run}有限公司,电子信息产业推进工作组,一把手招商,接触,-5,,\n`);
    const outcome = await importFile({ kind: "leads", data: file, fileName: "c.csv", user: admin, commit: false });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.problems).toEqual([
        { line: 2, column: "项目名称", message: "内容过长。" },
        { line: 2, column: "计划投资(万元)", message: "不能小于0。" },
      ]);
    }
  });

  it("writes one audit row per change, as the forms do, plus one for the file", async () => {
    const file = csv(
      [header, `${run}-A1,审计项目一${run},审计企业${run}有限公司,电子信息产业推进工作组,一把手招商,接触,100,,`, `${run}-A2,审计项目二${run},审计企业${run}有限公司,电子信息产业推进工作组,一把手招商,洽谈,200,,`].join("\n"),
    );
    expect(await importFile({ kind: "leads", data: file, fileName: `audit-${run}.csv`, user: admin, commit: true })).toMatchObject({ ok: true, rows: 2 });
    const created = await db.select({ id: leads.id, companyId: leads.companyId }).from(leads).where(inArray(leads.externalId, [`${run}-A1`, `${run}-A2`]));
    const rows = await db
      .select({ action: auditLog.action, entity: auditLog.entity, entityId: auditLog.entityId })
      .from(auditLog)
      .where(and(eq(auditLog.entity, "lead"), inArray(auditLog.entityId, created.map((l) => l.id))));
    expect(rows.map((r) => r.action).sort()).toEqual(["lead.create", "lead.create"]);
    const [company] = await db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entity, "company"), eq(auditLog.entityId, created[0].companyId)));
    expect(company.action).toBe("company.create");

    // An update by 外部编号: a stage move and a changed amount, each audited.
    const update = csv(`${header}\n${run}-A1,审计项目一${run},审计企业${run}有限公司,电子信息产业推进工作组,一把手招商,洽谈,300,,\n`);
    expect(await importFile({ kind: "leads", data: update, fileName: `audit2-${run}.csv`, user: admin, commit: true })).toMatchObject({ ok: true, rows: 1 });
    const a1 = created.find((l) => l.id === Math.min(...created.map((c) => c.id)))!;
    const after = await db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entity, "lead"), eq(auditLog.entityId, a1.id)));
    expect(after.map((r) => r.action).sort()).toEqual(["lead.create", "lead.move_stage", "lead.update"]);
  });

  it("reports progress while the rows are checked, before anything is written", async () => {
    const lines = [header];
    for (let i = 0; i < 3000; i++) lines.push(`${run}-P${i},进度项目${run}-${i},进度企业${run}有限公司,电子信息产业推进工作组,一把手招商,接触,100,,`);
    const phases: [ImportPhase, number][] = [];
    const outcome = await importFile({ kind: "leads", data: csv(lines.join("\n")), fileName: "p.csv", user: admin, commit: false, onProgress: (done, _total, phase) => phases.push([phase, done]) });
    expect(outcome).toMatchObject({ ok: true, committed: false, rows: 3000 });
    const checks = phases.filter(([phase, done]) => phase === "check" && done > 0 && done < 3000);
    expect(checks.length).toBeGreaterThan(0);
  });
});

describe.runIf(dialect() === "sqlite")("a write that meets another writer's lock (SQLite)", () => {
  it("waits for the lock instead of failing, also after reading first", async () => {
    const [group] = await db.select({ id: taskGroups.id }).from(taskGroups).where(eq(taskGroups.name, "电子信息产业推进工作组"));
    const groupLead = await userNamed("zuzhang");
    const file = csv(`${header}\n${run}-W,等锁项目${run},等锁企业${run}有限公司,电子信息产业推进工作组,一把手招商,接触,100,,\n`);
    await importFile({ kind: "leads", data: file, fileName: "w.csv", user: admin, commit: true });
    const [lead] = await db.select({ id: leads.id, version: leads.version }).from(leads).where(and(eq(leads.externalId, `${run}-W`), eq(leads.taskGroupId, group.id)));

    // Another process (like `npm run import`) takes the write lock, writes, and commits 1.5 s later.
    const libsql = createRequire(import.meta.url).resolve("libsql");
    const holder = spawn(
      process.execPath,
      [
        "-e",
        `const D = require(${JSON.stringify(libsql)}); const db = new D(${JSON.stringify(resolveDatabaseConfig().dialect === "sqlite" ? (resolveDatabaseConfig() as { file: string }).file : "")});
         db.exec("BEGIN IMMEDIATE"); db.exec("UPDATE districts SET name = name"); console.log("locked");
         setTimeout(() => { db.exec("COMMIT"); db.close(); }, 1500);`,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    await new Promise<void>((resolve) => holder.stdout!.on("data", (chunk) => String(chunk).includes("locked") && resolve()));
    const messages: ActionMessages = { unauthenticated: "", forbidden: "forbidden", invalid: "invalid", notFound: "not found", unexpected: "unexpected", conflict: () => "conflict", translate: (k) => k };
    const started = Date.now();
    const result = await runAction(moveLeadStageDefinition, groupLead, { leadId: lead.id, version: lead.version, toStage: "negotiating" }, messages);
    expect(result.ok).toBe(true);
    expect(Date.now() - started).toBeGreaterThan(1000);
    await new Promise((resolve) => holder.on("exit", resolve));
  });
});
