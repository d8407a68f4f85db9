// What a clerk is told about a leads file: the owner by a person's name, what the check says the
// file will create and update, what the import did, and the link that lists exactly its leads.
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, db } from "@/db/client";
import { importFile, type ImportOutcome } from "@/db/import/run-import";
import { importRunOf } from "@/db/queries/import-runs";
import { countLeads } from "@/db/queries/leads/counts";
import { listLeads } from "@/db/queries/leads/table";
import { auditLog, companies, leads, taskGroupMembers, users } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { parseLeadFilters } from "@/lib/lead-filters";
import { groupNamed, runSuffix, userNamed } from "./helpers";

const csv = (text: string) => new TextEncoder().encode(text);
const run = runSuffix();
const header = "外部编号,项目名称,企业名称,工作组,责任人,来源,阶段,计划投资(万元)";
const electronicsName = "电子信息产业推进工作组";
const logisticsName = "现代物流产业推进工作组";
let admin: CurrentUser;
let zuzhang: CurrentUser;
let electronics: number;
/** Two active users of the electronics group who share a name, and one whose name is his alone. */
const twins = [`twin-a-${run}`, `twin-b-${run}`];
const twinName = `重名${run}`;
const unique = { username: `solo-${run}`, name: `独名${run}` };
let uniqueId: number;

async function addMember(username: string, name: string, isActive = true): Promise<number> {
  const [row] = await db.insert(users).values({ username, passwordHash: "x", name, role: "member", isActive }).returning({ id: users.id });
  await db.insert(taskGroupMembers).values({ taskGroupId: electronics, userId: row.id, role: "member" });
  return row.id;
}

const leadIdsOf = async (externalIds: string[]) =>
  (await db.select({ id: leads.id }).from(leads).where(inArray(leads.externalId, externalIds))).map((r) => r.id).sort((a, b) => a - b);

/** The ids the leads table lists for ?import=<id>, as the viewer sees them (every page). */
async function listedIds(viewer: CurrentUser, importId: number) {
  const filters = parseLeadFilters({ import: String(importId) });
  const { rows, total } = await listLeads(viewer, { page: 1, pageSize: 1_000, sort: null, dir: "asc" as const, q: "" }, filters);
  expect(rows).toHaveLength(total);
  expect((await countLeads(viewer, filters)).count).toBe(total);
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

const committed = (outcome: ImportOutcome) => {
  if (!outcome.ok) throw new Error(`import refused: ${JSON.stringify(outcome.problems)}`);
  return outcome;
};

beforeAll(async () => {
  [admin, zuzhang, electronics] = await Promise.all([userNamed("admin"), userNamed("zuzhang"), groupNamed(electronicsName)]);
  for (const username of twins) await addMember(username, twinName);
  uniqueId = await addMember(unique.username, unique.name);
  // A stopped account with the unique name's twin does not make the name ambiguous.
  await addMember(`solo-old-${run}`, unique.name, false);
});

afterAll(async () => {
  await closeDatabase();
});

describe("责任人 in a leads file", () => {
  it("accepts a person's name when one active user has it, and the user name", async () => {
    const file = csv(
      [header, `${run}-N1,按姓名项目${run},按姓名企业${run}有限公司,${electronicsName},${unique.name},一把手招商,接触,100`, `${run}-N2,按用户名项目${run},按姓名企业${run}有限公司,${electronicsName},${twins[1].toUpperCase()},一把手招商,接触,100`].join("\n"),
    );
    committed(await importFile({ kind: "leads", data: file, fileName: `owners-${run}.csv`, user: admin, commit: true }));
    const rows = await db.select({ externalId: leads.externalId, ownerId: leads.ownerId }).from(leads).where(inArray(leads.externalId, [`${run}-N1`, `${run}-N2`]));
    const [twinB] = await db.select({ id: users.id }).from(users).where(eq(users.username, twins[1]));
    expect(Object.fromEntries(rows.map((r) => [r.externalId, r.ownerId]))).toEqual({ [`${run}-N1`]: uniqueId, [`${run}-N2`]: twinB.id });
  });

  it("refuses a name two active users share, naming their user names, per row", async () => {
    const file = csv([header, `${run}-T1,重名项目${run},重名企业${run}有限公司,${electronicsName},${twinName},一把手招商,接触,100`, `${run}-T2,无人项目${run},重名企业${run}有限公司,${electronicsName},查无此人${run},一把手招商,接触,100`].join("\n"));
    const outcome = await importFile({ kind: "leads", data: file, fileName: `twins-${run}.csv`, user: admin, commit: false });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toEqual([
      { line: 2, column: "责任人", message: `有 2 位在用的用户都叫“${twinName}”（用户名：${twins[0]}、${twins[1]}），请改填其中一位的用户名` },
      { line: 3, column: "责任人", message: `系统中没有姓名或用户名为“查无此人${run}”的用户` },
    ]);
    expect(await leadIdsOf([`${run}-T1`, `${run}-T2`])).toEqual([]);
  });
});

describe("what the check and the import say, and the link to the imported leads", () => {
  it("the check says how many leads it will create and update and how many companies it will match or create; the import the same, with a link to exactly its leads", async () => {
    // Before: two leads of this run (one in another group), by an earlier import.
    const earlierFile = csv(
      [
        header,
        `${run}-U1,将更新项目${run},已有企业${run}有限公司,${electronicsName},,一把手招商,接触,100`,
        `${run}-U2,不变项目${run},已有企业${run}有限公司,${electronicsName},,一把手招商,接触,200`,
        `${run}-U3,物流项目${run},物流企业${run}有限公司,${logisticsName},,一把手招商,接触,300`,
      ].join("\n"),
    );
    const earlier = committed(await importFile({ kind: "leads", data: earlierFile, fileName: `earlier-${run}.csv`, user: admin, commit: true }));
    expect(earlier.summary).toEqual({ created: 3, updated: 0, unchanged: 0, companiesMatched: 0, companiesCreated: 2 });

    const file = csv(
      [
        header,
        // Updates: a changed amount (U1); unchanged (U2).
        `${run}-U1,将更新项目${run},已有企业${run}有限公司,${electronicsName},,一把手招商,接触,150`,
        `${run}-U2,不变项目${run},已有企业${run}有限公司,${electronicsName},,一把手招商,接触,200`,
        // New: one with a company already in the directory, two naming one new company, one in another group.
        `${run}-C1,新项目甲${run},已有企业${run}有限公司,${electronicsName},,一把手招商,洽谈,400`,
        `${run}-C2,新项目乙${run},全新企业${run}有限公司,${electronicsName},,一把手招商,洽谈,500`,
        `,新项目丙${run},全新企业${run}有限公司,${electronicsName},,一把手招商,接触,`,
        `${run}-C4,新物流项目${run},物流企业${run}有限公司,${logisticsName},,一把手招商,接触,`,
      ].join("\n"),
    );
    const before = await db.select({ n: leads.id }).from(leads);
    const checked = committed(await importFile({ kind: "leads", data: file, fileName: `result-${run}.csv`, user: admin, commit: false }));
    const expected = { created: 4, updated: 1, unchanged: 1, companiesMatched: 2, companiesCreated: 1 };
    expect(checked).toEqual({ ok: true, committed: false, rows: 6, summary: expected });
    // The check wrote nothing.
    expect(await db.select({ n: leads.id }).from(leads)).toHaveLength(before.length);

    const done = committed(await importFile({ kind: "leads", data: file, fileName: `result-${run}.csv`, user: admin, commit: true }));
    expect(done).toMatchObject({ ok: true, committed: true, rows: 6, summary: expected });
    expect(done.importId).toEqual(expect.any(Number));
    const [u1] = await db.select({ plannedInvestment: leads.plannedInvestment }).from(leads).where(eq(leads.externalId, `${run}-U1`));
    expect(u1.plannedInvestment).toBe(150);
    const newCompanies = await db.select({ id: companies.id }).from(companies).where(eq(companies.name, `全新企业${run}有限公司`));
    expect(newCompanies).toHaveLength(1);

    // The link: exactly the file's six leads (the one without 外部编号 included), not U3 of the earlier file.
    const [c3] = await db.select({ id: leads.id }).from(leads).where(eq(leads.name, `新项目丙${run}`));
    const fileLeads = [...(await leadIdsOf([`${run}-U1`, `${run}-U2`, `${run}-C1`, `${run}-C2`, `${run}-C4`])), c3.id].sort((a, b) => a - b);
    expect(await listedIds(admin, done.importId!)).toEqual(fileLeads);
    // Within the viewer's scope: the electronics group's lead sees its five, not the logistics lead.
    const logistics = await leadIdsOf([`${run}-C4`]);
    expect(await listedIds(zuzhang, done.importId!)).toEqual(fileLeads.filter((id) => !logistics.includes(id)));
    // The earlier import's link lists its own three.
    expect(await listedIds(admin, earlier.importId!)).toEqual(await leadIdsOf([`${run}-U1`, `${run}-U2`, `${run}-U3`]));
    // The chip names the file to the admin; to a group lead, the run stays unnamed (the audit log is
    // the admin's); an id that is no leads import lists nothing.
    expect(await importRunOf(admin, done.importId!)).toMatchObject({ fileName: `result-${run}.csv` });
    expect(await importRunOf(zuzhang, done.importId!)).toBeNull();
    const [otherAudit] = await db.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.action, "lead.create")).limit(1);
    expect(await importRunOf(admin, otherAudit.id)).toBeNull();
    expect(await listedIds(admin, otherAudit.id)).toEqual([]);
  });

  it("refuses the template's example row left in the file", async () => {
    const file = csv([header, `XM-0001,（示例）智能终端生产基地项目,（示例）某某电子科技有限公司,${electronicsName},,一把手招商,洽谈,50000`, `${run}-E1,真项目${run},真企业${run}有限公司,${electronicsName},,一把手招商,接触,`].join("\n"));
    const outcome = await importFile({ kind: "leads", data: file, fileName: `example-${run}.csv`, user: admin, commit: true });
    expect(outcome).toEqual({ ok: false, rows: 2, problems: [{ line: 2, column: "", message: "这是模板中的示例行，请删除或改成真实数据后再导入" }] });
    expect(await leadIdsOf([`${run}-E1`])).toEqual([]);
  });
});
