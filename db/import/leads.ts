// Leads from a file. A row with a known 外部编号 updates that lead; any other row creates one.
// Writes go through the same mutations as the forms (createLead, moveLeadStage, updateLead,
// changeLeadOwner, insertCompany), so imported leads get the same rules, events and versions.
import { eq, isNotNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { insertCompany } from "@/db/mutations/companies";
import { changeLeadOwner, createLead, moveLeadStage, updateLead } from "@/db/mutations/leads";
import { companies, districts, industries, leads, taskGroupMembers, taskGroups, users, type LeadSource, type Stage } from "@/db/schema";
import { FieldError } from "@/lib/actions/errors";
import type { CurrentUser } from "@/lib/auth/current-user";
import { normalizeCompanyName } from "@/lib/domain/company-name";
import { isValidCreditCode } from "@/lib/domain/credit-code";
import { needsSigning } from "@/lib/domain/pipeline";
import { columnLabel } from "@/lib/import/columns";
import { parseCode, parseDate, parseWan } from "@/lib/import/values";
import zhMessages from "@/messages/zh-CN";
import { cell, type Importer, type ImportProblem } from "./types";

type LeadItem = {
  line: number;
  existingId: number | null;
  externalId: string | null;
  name: string;
  company: { id: number } | { name: string; creditCode: string | null };
  taskGroupId: number;
  ownerId: number | null;
  districtId: number | null;
  industryId: number | null;
  source: LeadSource;
  stage: Stage;
  plannedInvestment: number | null;
  signedInvestment: number | null;
  signedOn: string | null;
  /** Columns the file has: an update leaves the others as they are. */
  columns: ReadonlySet<string>;
};

const label = (key: string) => columnLabel("leads", key);
const importReason = "据导入文件更新";

/** Thrown inside the write transaction when a mutation refuses a row: the whole import rolls back. */
export class ImportRowError extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super("import row refused");
  }
}

const fieldColumn: Record<string, string> = {
  ownerId: "owner",
  signedOn: "signedOn",
  signedInvestment: "signedInvestment",
  reason: "stage",
  stage: "stage",
  to: "stage",
  name: "company",
  creditCode: "creditCode",
};

/** A message key ("pipeline.signedOnFuture") in Chinese, for the import report. */
function zhText(key: string): string {
  const value = key.split(".").reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], zhMessages);
  return typeof value === "string" ? value : key;
}

async function rowStep<T>(line: number, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof FieldError) {
      throw new ImportRowError([{ line, column: label(fieldColumn[error.field] ?? error.field), message: zhText(error.messageKey) }]);
    }
    throw error;
  }
}

export const leadImporter: Importer<LeadItem> = {
  async prepare(executor: Executor, _user: CurrentUser, rows, map, today) {
    const [groupRows, userRows, memberRows, districtRows, industryRows, companyRows, existing] = await Promise.all([
      executor.select({ id: taskGroups.id, name: taskGroups.name }).from(taskGroups),
      executor.select({ id: users.id, username: users.username, isActive: users.isActive }).from(users),
      executor.select({ taskGroupId: taskGroupMembers.taskGroupId, userId: taskGroupMembers.userId }).from(taskGroupMembers),
      executor.select({ id: districts.id, name: districts.name }).from(districts),
      executor.select({ id: industries.id, name: industries.name }).from(industries),
      executor.select({ id: companies.id, normalizedName: companies.normalizedName, creditCode: companies.creditCode }).from(companies),
      executor.select({ id: leads.id, externalId: leads.externalId }).from(leads).where(isNotNull(leads.externalId)),
    ]);
    const groupByName = new Map(groupRows.map((g) => [g.name, g.id]));
    const userByName = new Map(userRows.map((u) => [u.username.toLowerCase(), u]));
    const districtByName = new Map(districtRows.map((d) => [d.name, d.id]));
    const industryByName = new Map(industryRows.map((i) => [i.name, i.id]));
    const companyByCode = new Map(companyRows.filter((c) => c.creditCode).map((c) => [c.creditCode!, c.id]));
    const companyByName = new Map(companyRows.map((c) => [c.normalizedName, c.id]));
    const leadByExternalId = new Map(existing.filter((l) => l.externalId).map((l) => [l.externalId!, l.id]));
    const stageLabels = zhMessages.enum.stage as Record<Stage, string>;
    const sourceLabels = zhMessages.enum.source as Record<LeadSource, string>;

    const columns: ReadonlySet<string> = new Set(Object.keys(map));
    const items: LeadItem[] = [];
    const problems: ImportProblem[] = [];
    const externalIdLine = new Map<string, number>();
    for (const row of rows) {
      const before = problems.length;
      const problem = (key: string, message: string) => problems.push({ line: row.line, column: label(key), message });
      const text = (key: string) => cell(row, map, key);

      const externalId = text("externalId") || null;
      if (externalId) {
        const earlier = externalIdLine.get(externalId);
        if (earlier) problem("externalId", `外部编号“${externalId}”与第${earlier}行重复`);
        else externalIdLine.set(externalId, row.line);
        if (externalId.length > 64) problem("externalId", "外部编号过长（最多64字）");
      }
      const name = text("name");
      if (!name) problem("name", "项目名称不能为空");
      else if (name.length > 200) problem("name", "项目名称过长（最多200字）");

      const companyName = text("company");
      const creditCode = text("creditCode").replace(/\s+/g, "").toUpperCase() || null;
      if (creditCode && !isValidCreditCode(creditCode)) problem("creditCode", `统一社会信用代码“${creditCode}”无效（长度或校验位不对）`);
      if (!companyName) problem("company", "企业名称不能为空");
      const companyId =
        (creditCode ? companyByCode.get(creditCode) : undefined) ?? (companyName ? companyByName.get(normalizeCompanyName(companyName)) : undefined);

      const groupName = text("taskGroup");
      const taskGroupId = groupByName.get(groupName);
      if (!groupName) problem("taskGroup", "工作组不能为空");
      else if (!taskGroupId) problem("taskGroup", `没有名为“${groupName}”的工作组`);

      const ownerName = text("owner");
      const owner = ownerName ? userByName.get(ownerName.toLowerCase()) : undefined;
      if (ownerName && !owner) problem("owner", `系统中没有用户名为“${ownerName}”的用户`);
      else if (owner && !owner.isActive) problem("owner", `用户“${ownerName}”已停用`);
      else if (owner && taskGroupId && !memberRows.some((m) => m.taskGroupId === taskGroupId && m.userId === owner.id)) {
        problem("owner", `用户“${ownerName}”不是“${groupName}”的成员`);
      }

      const districtName = text("district");
      const districtId = districtName ? districtByName.get(districtName) : null;
      if (districtName && !districtId) problem("district", `没有名为“${districtName}”的区县或园区`);
      const industryName = text("industry");
      const industryId = industryName ? industryByName.get(industryName) : null;
      if (industryName && !industryId) problem("industry", `没有名为“${industryName}”的产业`);

      const source = parseCode(text("source"), sourceLabels, "来源");
      if (!source.ok) problem("source", source.message);
      else if (!source.value) problem("source", "来源不能为空");
      const stage = parseCode(text("stage"), stageLabels, "阶段");
      if (!stage.ok) problem("stage", stage.message);
      else if (!stage.value) problem("stage", "阶段不能为空");
      const planned = parseWan(text("plannedInvestment"));
      if (!planned.ok) problem("plannedInvestment", planned.message);
      const signedAmount = parseWan(text("signedInvestment"));
      if (!signedAmount.ok) problem("signedInvestment", signedAmount.message);
      const signedOn = parseDate(text("signedOn"));
      if (!signedOn.ok) problem("signedOn", signedOn.message);
      else if (signedOn.value && signedOn.value > today) problem("signedOn", "签约日期不能晚于今天");
      if (stage.ok && stage.value && needsSigning(stage.value)) {
        if (signedOn.ok && !signedOn.value) problem("signedOn", "签约及以后阶段须填写签约日期");
        if (signedAmount.ok && !signedAmount.value) problem("signedInvestment", "签约及以后阶段须填写签约投资");
      }

      if (problems.length === before && taskGroupId && source.ok && source.value && stage.ok && stage.value && planned.ok && signedAmount.ok && signedOn.ok) {
        items.push({
          line: row.line,
          existingId: externalId ? (leadByExternalId.get(externalId) ?? null) : null,
          externalId,
          name,
          company: companyId ? { id: companyId } : { name: companyName, creditCode },
          taskGroupId,
          ownerId: owner?.id ?? null,
          districtId: districtId ?? null,
          industryId: industryId ?? null,
          source: source.value,
          stage: stage.value,
          plannedInvestment: planned.value,
          signedInvestment: needsSigning(stage.value) ? signedAmount.value : null,
          signedOn: needsSigning(stage.value) ? signedOn.value : null,
          columns,
        });
      }
    }
    return { items, problems };
  },

  async apply(tx, user, items, onRow) {
    // Companies new to the directory are created once, even when several rows name them.
    const created = new Map<string, number>();
    for (const item of items) {
      let companyId: number;
      if ("id" in item.company) companyId = item.company.id;
      else {
        const key = normalizeCompanyName(item.company.name);
        const known = created.get(key);
        companyId =
          known ??
          (await rowStep(item.line, () =>
            insertCompany(tx, user, {
              name: (item.company as { name: string }).name,
              creditCode: (item.company as { creditCode: string | null }).creditCode,
              industryId: item.industryId,
              province: null,
              city: null,
              address: null,
              description: null,
            }).then((c) => c.id),
          ));
        created.set(key, companyId);
      }

      if (item.existingId === null) {
        await rowStep(item.line, () =>
          createLead(tx, user, {
            name: item.name,
            companyId,
            taskGroupId: item.taskGroupId,
            ownerId: item.ownerId,
            districtId: item.districtId,
            industryId: item.industryId,
            source: item.source,
            stage: item.stage,
            stageReason: item.stage === "on_hold" || item.stage === "dropped" ? importReason : null,
            plannedInvestment: item.plannedInvestment,
            signedInvestment: item.signedInvestment,
            signedOn: item.signedOn,
            nextFollowUpOn: null,
            leaderId: null,
            originTripId: null,
            originMeetingId: null,
            chainNodeId: null,
            agreementId: null,
            externalId: item.externalId,
            description: null,
          }),
        );
      } else {
        // The company is who the lead is with: an update by 外部编号 keeps it.
        await updateExisting(tx, user, item, item.existingId);
      }
      onRow();
    }
  },
};

async function currentOf(tx: Executor, leadId: number) {
  const [lead] = await tx
    .select({
      version: leads.version,
      stage: leads.stage,
      ownerId: leads.ownerId,
      leaderId: leads.leaderId,
      description: leads.description,
      taskGroupId: leads.taskGroupId,
      districtId: leads.districtId,
      industryId: leads.industryId,
      plannedInvestment: leads.plannedInvestment,
    })
    .from(leads)
    .where(eq(leads.id, leadId))
    .limit(1);
  return lead;
}

/** Brings an existing lead to what the row says: stage first (it carries the signing), then fields, then owner. */
async function updateExisting(tx: Executor, user: CurrentUser, item: LeadItem, leadId: number) {
  let lead = await currentOf(tx, leadId);
  if (lead.taskGroupId !== item.taskGroupId) {
    throw new ImportRowError([{ line: item.line, column: label("taskGroup"), message: "已有项目不能通过导入更换工作组" }]);
  }
  if (lead.stage !== item.stage) {
    await rowStep(item.line, () =>
      moveLeadStage(tx, user, {
        leadId,
        version: lead.version,
        toStage: item.stage,
        reason: importReason,
        signedOn: item.signedOn,
        signedInvestment: item.signedInvestment,
      }),
    );
    lead = await currentOf(tx, leadId);
  }
  const has = (column: string) => item.columns.has(column);
  await rowStep(item.line, () =>
    updateLead(tx, user, {
      leadId,
      version: lead.version,
      name: item.name,
      districtId: has("district") ? item.districtId : lead.districtId,
      industryId: has("industry") ? item.industryId : lead.industryId,
      source: item.source,
      plannedInvestment: has("plannedInvestment") ? item.plannedInvestment : lead.plannedInvestment,
      signedInvestment: item.signedInvestment,
      signedOn: item.signedOn,
      leaderId: lead.leaderId,
      description: lead.description,
    }),
  );
  lead = await currentOf(tx, leadId);
  if (item.ownerId && item.ownerId !== lead.ownerId) {
    await rowStep(item.line, () => changeLeadOwner(tx, user, { leadId, version: lead.version, ownerId: item.ownerId!, note: importReason }));
  }
}
