// Leads from a file through the same mutations as the forms, all or nothing.
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, db } from "@/db/client";
import { importFile } from "@/db/import/run-import";
import { companies, leadEvents, leads } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { withCreditCodeCheckChar } from "@/lib/domain/credit-code";
import { userNamed } from "./helpers";

const csv = (text: string) => new TextEncoder().encode(text);
const run = Math.random().toString(36).slice(2, 7).toUpperCase();
let admin: CurrentUser;

beforeAll(async () => {
  admin = await userNamed("admin");
});

afterAll(async () => {
  await closeDatabase();
});

describe("lead import", () => {
  it("creates leads and companies, then updates a lead by its external id with a stage event", async () => {
    const code = withCreditCodeCheckChar(`91440300MA5${String(Date.now()).slice(-6)}`);
    const first = csv(
      [
        "外部编号,项目名称,企业名称,统一社会信用代码,工作组,责任人,区县,产业,来源,阶段,计划投资(万元),签约投资(万元),签约日期",
        `${run}-1,测试终端项目${run},测试精密${run}有限公司,${code},电子信息产业推进工作组,zuyuan,华蓥市,电子信息,一把手招商,签约,30000,32000,2026-08-15`,
        `${run}-2,测试冷链项目${run},测试冷链${run}有限公司,,现代物流产业推进工作组,,广安区,现代物流,task_group,洽谈,8000,,`,
        `${run}-3,测试座椅项目${run},测试精密${run}有限公司,,装备制造产业推进工作组,zuyuan2,邻水县,装备制造,商(协)会,意向,60000,,`,
      ].join("\n"),
    );
    expect(await importFile({ kind: "leads", data: first, fileName: "leads.csv", user: admin, commit: true })).toMatchObject({ ok: true, rows: 3 });
    const imported = await db.select().from(leads).where(inArray(leads.externalId, [`${run}-1`, `${run}-2`, `${run}-3`]));
    expect(imported).toHaveLength(3);
    // The same company (by credit code, then by name) is created once.
    expect(new Set(imported.filter((l) => l.externalId !== `${run}-2`).map((l) => l.companyId)).size).toBe(1);
    expect(await db.select().from(companies).where(eq(companies.creditCode, code))).toHaveLength(1);
    const signed = imported.find((l) => l.externalId === `${run}-1`)!;
    expect(signed).toMatchObject({ stage: "signed", signedInvestment: 32000, signedOn: "2026-08-15", plannedInvestment: 30000 });

    const again = csv(`外部编号,项目名称,企业名称,工作组,来源,阶段,签约投资(万元),签约日期\n${run}-2,测试冷链项目${run},测试冷链${run}有限公司,现代物流产业推进工作组,工作组对接,签约,9000,2026/10/8\n`);
    expect(await importFile({ kind: "leads", data: again, fileName: "again.csv", user: admin, commit: true })).toMatchObject({ ok: true, rows: 1 });
    const [updated] = await db.select().from(leads).where(eq(leads.externalId, `${run}-2`));
    expect(updated).toMatchObject({ stage: "signed", signedInvestment: 9000, signedOn: "2026-10-08", plannedInvestment: 8000 });
    const events = await db.select({ kind: leadEvents.kind, toStage: leadEvents.toStage }).from(leadEvents).where(eq(leadEvents.leadId, updated.id));
    expect(events).toContainEqual({ kind: "stage", toStage: "signed" });
  });

  it("refuses a file with a bad date, an unknown task group and a duplicate external id, naming each row and column, and imports nothing", async () => {
    const file = csv(
      [
        "外部编号,项目名称,企业名称,工作组,来源,阶段,计划投资(万元),签约投资(万元),签约日期",
        `${run}-X,坏文件项目甲${run},某公司,不存在的工作组,一把手招商,接触,100,,`,
        `${run}-X,坏文件项目乙${run},某公司,电子信息产业推进工作组,一把手招商,签约,100,500,2026-02-30`,
        `${run}-Y,坏文件项目丙${run},某公司,电子信息产业推进工作组,一把手招商,接触,100,,`,
      ].join("\n"),
    );
    const outcome = await importFile({ kind: "leads", data: file, fileName: "bad.csv", user: admin, commit: true });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.problems.map((p) => `${p.line}:${p.column}`)).toEqual(["2:工作组", "3:外部编号", "3:签约日期"]);
    }
    expect(await db.select().from(leads).where(inArray(leads.externalId, [`${run}-X`, `${run}-Y`]))).toHaveLength(0);
  });
});
