// Leads from a file. A row with a known 外部编号 updates that lead; any other row creates one.
//
// Two phases, so that a big file never holds the database's write lock while it is being checked:
//  - prepare (read-only, no transaction): every lookup is loaded once, every row is parsed with the
//    lead form's own zod schema (leadCreateSchema) and checked against the same rules the
//    mutations apply (owner in the group, stage moves, signing data); the outcome is a plan of
//    exactly which rows to insert and which updates to make, and at which version;
//  - apply (the one write transaction): multi-row INSERTs for new companies, leads, their events
//    and the audit rows; one guarded UPDATE per changed lead ("where version = what was checked"),
//    so a lead changed by someone between the check and the write refuses the whole file.
import { and, eq, isNotNull, sql } from "drizzle-orm";
import { leadScope } from "@/db/queries/scope";
import { leadColumnsOf, leadRuleColumns } from "@/db/mutations/leads";
import { syncFollowUpTask } from "@/db/mutations/tasks";
import { leadReferenceChecker } from "@/db/rules/lead-references";
import { auditLog, companies, districts, industries, leadEvents, leads, taskGroupMembers, taskGroups, users, type LeadSource, type Stage } from "@/db/schema";
import { normalizeCompanyName } from "@/lib/domain/company-name";
import { checkStageMove, daysInStage, furthestStage, isSignedStage, needsReason, needsSigning, requirementsFor } from "@/lib/domain/pipeline";
import { columnLabel } from "@/lib/import/columns";
import { personResolver } from "@/lib/import/people";
import { parseCode, parseDate } from "@/lib/import/values";
import { companyCreateSchema } from "@/lib/validation/company";
import { leadCreateSchema } from "@/lib/validation/lead";
import { importMessages } from "./messages";
import { insertRows } from "./batch";
import { cell, type Importer, type ImportProblem, ImportWriteError } from "./types";

const label = (key: string) => columnLabel("leads", key);
const importReason = "据导入文件更新";

/** The schema's field → the file's column (named in the report by its Chinese header). */
const fieldColumn: Record<string, string> = {
  name: "name",
  externalId: "externalId",
  companyId: "company",
  taskGroupId: "taskGroup",
  ownerId: "owner",
  districtId: "district",
  industryId: "industry",
  source: "source",
  stage: "stage",
  stageReason: "stage",
  to: "stage",
  toStage: "stage",
  reason: "stage",
  plannedInvestment: "plannedInvestment",
  signedInvestment: "signedInvestment",
  signedOn: "signedOn",
  creditCode: "creditCode",
};
export const leadColumnOf = (field: string) => label(fieldColumn[field] ?? field);

/** The row schema: the lead form's, without the company (resolved or created from the row's names). */
const leadRowSchema = leadCreateSchema.omit({ companyId: true });
const newCompanySchema = companyCreateSchema.pick({ name: true, creditCode: true, industryId: true });

type ExistingLead = { [K in keyof typeof leadRuleColumns | "externalId"]: (typeof leads.$inferSelect)[K] };

type NewLead = {
  line: number;
  companyKey: string | null;
  companyId: number | null;
  values: Omit<typeof leads.$inferInsert, "companyId" | "stageEnteredAt" | "lastActivityAt">;
  input: Record<string, unknown>;
};

type LeadEventRow = Omit<typeof leadEvents.$inferInsert, "leadId" | "actorId" | "occurredAt">;

type LeadChange = {
  line: number;
  leadId: number;
  version: number;
  set: Partial<typeof leads.$inferInsert>;
  events: LeadEventRow[];
  audits: { action: string; details: unknown }[];
};

export type LeadPlan = {
  companies: { key: string; name: string; creditCode: string | null; industryId: number | null; line: number }[];
  creates: NewLead[];
  changes: LeadChange[];
  /** Existing leads a row names that are already as the row says (nothing to write). */
  unchanged: number[];
};

export const leadImporter: Importer<LeadPlan> = {
  async prepare({ executor, user, rows, map, today, tick }) {
    const t = await importMessages();
    // The same rule set as the forms and crafted requests: what a row points at must exist and be in reach.
    const checkReferences = await leadReferenceChecker(executor, user);
    const [groupRows, userRows, memberRows, districtRows, industryRows, companyRows, existingRows] = await Promise.all([
      executor.select({ id: taskGroups.id, name: taskGroups.name }).from(taskGroups),
      executor.select({ id: users.id, username: users.username, name: users.name, isActive: users.isActive }).from(users),
      executor.select({ taskGroupId: taskGroupMembers.taskGroupId, userId: taskGroupMembers.userId, role: taskGroupMembers.role }).from(taskGroupMembers),
      executor.select({ id: districts.id, name: districts.name }).from(districts),
      executor.select({ id: industries.id, name: industries.name }).from(industries),
      executor.select({ id: companies.id, normalizedName: companies.normalizedName, creditCode: companies.creditCode }).from(companies),
      executor
        .select({ ...leadRuleColumns, externalId: leads.externalId })
        .from(leads)
        .where(and(isNotNull(leads.externalId), leadScope(user))),
    ]);
    const groupByName = new Map(groupRows.map((g) => [g.name, g.id]));
    const personOf = personResolver(userRows);
    const activeUser = new Map(userRows.map((u) => [u.id, u.isActive]));
    const members = new Set(memberRows.filter((m) => activeUser.get(m.userId)).map((m) => `${m.taskGroupId}:${m.userId}`));
    const groupLead = new Map(memberRows.filter((m) => m.role === "lead").map((m) => [m.taskGroupId, m.userId]));
    const districtByName = new Map(districtRows.map((d) => [d.name, d.id]));
    const industryByName = new Map(industryRows.map((i) => [i.name, i.id]));
    const companyByCode = new Map(companyRows.filter((c) => c.creditCode).map((c) => [c.creditCode!, c.id]));
    const companyByName = new Map(companyRows.map((c) => [c.normalizedName, c.id]));
    const leadByExternalId = new Map<string, ExistingLead>(existingRows.map((l) => [l.externalId!, l]));
    const stageLabels = t.raw("enum.stage") as Record<Stage, string>;
    const sourceLabels = t.raw("enum.source") as Record<LeadSource, string>;

    const has = (column: string) => column in map;
    const plan: LeadPlan = { companies: [], creates: [], changes: [], unchanged: [] };
    const newCompanies = new Map<string, LeadPlan["companies"][number]>();
    const newCompanyByCode = new Map<string, LeadPlan["companies"][number]>();
    const problems: ImportProblem[] = [];
    const externalIdLine = new Map<string, number>();
    let accepted = 0;

    for (const row of rows) {
      await tick();
      const before = problems.length;
      const problem = (key: string, message: string) => problems.push({ line: row.line, column: label(key), message });
      const text = (key: string) => cell(row, map, key);
      /** Columns whose cell a lookup already refused: the schema's "required" would only repeat it. */
      const refused = new Set<string>();

      // What the file says, turned into the form's input: names resolved to ids, labels to codes.
      const externalId = text("externalId");
      if (externalId) {
        const earlier = externalIdLine.get(externalId);
        if (earlier) problem("externalId", `外部编号“${externalId}”与第${earlier}行重复`);
        else externalIdLine.set(externalId, row.line);
      }
      const groupName = text("taskGroup");
      const taskGroupId = groupName ? groupByName.get(groupName) : undefined;
      if (groupName && !taskGroupId) {
        problem("taskGroup", `没有名为“${groupName}”的工作组`);
        refused.add("taskGroupId");
      }
      // 责任人: the user name, or the person's name when one active user has it.
      const ownerName = text("owner");
      const ownerMatch = ownerName ? personOf(ownerName) : null;
      const owner = ownerMatch?.ok ? ownerMatch.person : undefined;
      if (ownerMatch && !ownerMatch.ok) {
        problem("owner", ownerMatch.message);
        refused.add("ownerId");
      }
      const districtName = text("district");
      const districtId = districtName ? districtByName.get(districtName) : null;
      if (districtName && !districtId) problem("district", `没有名为“${districtName}”的区县或园区`);
      const industryName = text("industry");
      const industryId = industryName ? industryByName.get(industryName) : null;
      if (industryName && !industryId) problem("industry", `没有名为“${industryName}”的产业`);
      const source = parseCode(text("source"), sourceLabels, "来源");
      if (!source.ok) {
        problem("source", source.message);
        refused.add("source");
      }
      const stage = parseCode(text("stage"), stageLabels, "阶段");
      if (!stage.ok) {
        problem("stage", stage.message);
        refused.add("stage");
      }
      const date = parseDate(text("signedOn"));
      if (!date.ok) {
        problem("signedOn", date.message);
        refused.add("signedOn");
      }
      const amount = (key: string) => text(key).replace(/[,，\s]/g, "");

      const parsed = leadRowSchema.safeParse({
        name: text("name"),
        taskGroupId: taskGroupId ?? "",
        ownerId: owner?.id ?? "",
        districtId: districtId ?? "",
        industryId: industryId ?? "",
        source: source.ok ? (source.value ?? "") : "",
        // The file must say the stage (the form's default "contact" is for the form only).
        stage: stage.ok ? (stage.value ?? "") : "",
        stageReason: null,
        plannedInvestment: amount("plannedInvestment"),
        signedInvestment: amount("signedInvestment"),
        signedOn: date.ok ? (date.value ?? "") : "",
        externalId: externalId || null,
      });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = String(issue.path[0] ?? "");
          if (refused.has(field)) continue;
          problems.push({ line: row.line, column: leadColumnOf(field), message: t.message(issue.message) });
        }
      }
      if (stage.ok && !stage.value && !refused.has("stage") && parsed.success) problem("stage", t.message("validation.required"));

      const companyName = text("company");
      const company = newCompanySchema.safeParse({ name: companyName, creditCode: text("creditCode"), industryId: industryId ?? null });
      if (!company.success) {
        for (const issue of company.error.issues) {
          const field = String(issue.path[0] ?? "");
          problems.push({ line: row.line, column: label(field === "name" ? "company" : field), message: t.message(issue.message) });
        }
      }
      if (problems.length > before || !parsed.success || !company.success || !stage.ok || !stage.value) continue;
      const input = { ...parsed.data, stage: stage.value };

      const existing = input.externalId ? leadByExternalId.get(input.externalId) : undefined;
      const referenceProblem = await checkReferences({
        taskGroupId: input.taskGroupId,
        // An owner already on the lead stays valid; a new one must be an active member of the group.
        ownerId: input.ownerId && input.ownerId !== existing?.ownerId ? input.ownerId : null,
        districtId: input.districtId,
        industryId: input.industryId,
      });
      if (referenceProblem) {
        problems.push({ line: row.line, column: leadColumnOf(referenceProblem.field), message: t.message(referenceProblem.messageKey) });
        continue;
      }
      if (existing) {
        const change = planUpdate(existing, input, has, today, row.line, problem, members, t.message);
        if (change) plan.changes.push(change);
        else if (problems.length === before) plan.unchanged.push(existing.id);
        if (problems.length === before) accepted += 1;
        continue;
      }

      // A new lead: the rules createLead applies.
      const ownerId = input.ownerId ?? groupLead.get(input.taskGroupId) ?? null;
      if (!ownerId) {
        problem("owner", t.message("leads.ownerRequired"));
        continue;
      }
      if (!members.has(`${input.taskGroupId}:${ownerId}`)) {
        problem("owner", `用户“${ownerName || ownerId}”不是“${groupName}”的成员`);
        continue;
      }
      const reason = input.stage === "on_hold" || input.stage === "dropped" ? importReason : null;
      const signing = needsSigning(input.stage);
      if (input.stage !== "contact") {
        const moveProblems = checkStageMove({
          from: "contact",
          to: input.stage,
          reason,
          signedOn: input.signedOn,
          signedInvestment: input.signedInvestment,
          today,
        });
        if (moveProblems.length) {
          for (const p of moveProblems) problem(fieldColumn[p.field] ?? p.field, t.message(`pipeline.${p.messageKey}`));
          continue;
        }
      }

      const creditCode = company.data.creditCode;
      let companyId = (creditCode ? companyByCode.get(creditCode) : undefined) ?? companyByName.get(normalizeCompanyName(company.data.name)) ?? null;
      let companyKey: string | null = null;
      if (!companyId) {
        // Companies new to the directory are created once, even when several rows name them.
        companyKey = normalizeCompanyName(company.data.name);
        const known = newCompanies.get(companyKey) ?? (creditCode ? newCompanyByCode.get(creditCode) : undefined);
        if (known) companyKey = known.key;
        else {
          const entry = { key: companyKey, name: company.data.name, creditCode, industryId: input.industryId, line: row.line };
          newCompanies.set(companyKey, entry);
          if (creditCode) newCompanyByCode.set(creditCode, entry);
          plan.companies.push(entry);
        }
        companyId = null;
      }
      accepted += 1;
      plan.creates.push({
        line: row.line,
        companyKey,
        companyId,
        input: { ...input, ownerId, stageReason: reason, file: true },
        values: {
          ...leadColumnsOf(input, ownerId),
          stageReason: reason,
          signedInvestment: signing ? input.signedInvestment : null,
          signedOn: signing ? input.signedOn : null,
        },
      });
    }
    const matchedCompanies = new Set(plan.creates.flatMap((c) => (c.companyId === null ? [] : [c.companyId])));
    const summary = {
      created: plan.creates.length,
      updated: plan.changes.length,
      unchanged: plan.unchanged.length,
      companiesMatched: matchedCompanies.size,
      companiesCreated: plan.companies.length,
    };
    return { plan, problems, rows: accepted, summary };
  },

  async apply({ tx, user, plan, fileName, now, written }) {
    const stamp = { createdAt: now, updatedAt: now };
    const t0 = performance.now();
    const lap = (what: string) => process.env.IMPORT_PROFILE && console.log(`[import] ${what} ${(performance.now() - t0).toFixed(0)} ms`);
    const audits: Record<string, unknown>[] = [];
    const audit = (action: string, entity: string, entityId: number, details: unknown) =>
      audits.push({ action, entity, entityId, details: JSON.stringify({ ...(details as object), importFile: fileName }) });

    // 1. Companies new to the directory.
    const companyIds = new Map<string, number>();
    const insertedCompanies = await insertRows(tx, companies, {
      shared: { createdById: user.id, ...stamp },
      varying: ["name", "normalizedName", "creditCode", "industryId"],
      rows: plan.companies.map((c) => ({ name: c.name, normalizedName: c.key, creditCode: c.creditCode, industryId: c.industryId })),
      size: 300,
      returning: { id: companies.id, normalizedName: companies.normalizedName },
    }).catch((error: unknown) => {
      throw new ImportWriteError([{ line: plan.companies[0]?.line ?? 0, column: label("company"), message: "文件中的企业在检查之后已被他人录入，请重新检查后导入" }], error);
    });
    for (const c of insertedCompanies) companyIds.set(c.normalizedName as string, c.id as number);
    for (const c of plan.companies) audit("company.create", "company", companyIds.get(c.key)!, { name: c.name, creditCode: c.creditCode, industryId: c.industryId });

    lap("companies");
    // 2. New leads, their "created" events.
    const events: Record<string, unknown>[] = [];
    const leadColumns = ["externalId", "name", "companyId", "taskGroupId", "ownerId", "districtId", "industryId", "source", "stage", "furthestStage", "stageReason", "plannedInvestment", "signedInvestment", "signedOn"] as const;
    const inserted = await insertRows(tx, leads, {
      shared: { stageEnteredAt: now, lastActivityAt: now, createdById: user.id, updatedById: user.id, ...stamp },
      varying: leadColumns,
      rows: plan.creates.map((item) => ({ ...item.values, companyId: item.companyId ?? companyIds.get(item.companyKey!)! })),
      size: 250,
      returning: { id: leads.id },
      afterChunk: written,
    }).catch((error: unknown) => {
      throw new ImportWriteError([{ line: plan.creates[0]?.line ?? 0, column: label("externalId"), message: "文件中的项目在检查之后已被他人录入，请重新检查后导入" }], error);
    });
    // One INSERT numbers its rows in the order given: sorted ids match the rows in order.
    const ids = inserted.map((r) => r.id as number).sort((a, b) => a - b);
    plan.creates.forEach((item, i) => {
      events.push({ leadId: ids[i], kind: "created", toStage: item.values.stage });
      audit("lead.create", "lead", ids[i], { ...item.input, companyId: item.companyId ?? companyIds.get(item.companyKey!) });
    });

    lap("leads");
    // 3. Changes to existing leads: one guarded UPDATE each (at the version checked in prepare).
    for (const [i, change] of plan.changes.entries()) {
      if (i % 100 === 99) await written(plan.creates.length + i);
      const [saved] = await tx
        .update(leads)
        .set({
          ...change.set,
          ...("stageEnteredAt" in change.set ? { stageEnteredAt: now } : {}),
          ...("lastActivityAt" in change.set ? { lastActivityAt: now } : {}),
          version: sql`${leads.version} + 1`,
          updatedAt: now,
          updatedById: user.id,
        })
        .where(and(eq(leads.id, change.leadId), eq(leads.version, change.version)))
        .returning({ id: leads.id });
      if (!saved) {
        throw new ImportWriteError([{ line: change.line, column: label("externalId"), message: "该项目在检查之后被他人修改，请重新检查后导入" }]);
      }
      // The lead's follow-up task follows a new owner, a new name and a drop.
      if ("ownerId" in change.set || "name" in change.set || change.set.stage === "dropped") await syncFollowUpTask(tx, change.leadId, user.id, now);
      for (const e of change.events) events.push({ ...e, leadId: change.leadId });
      for (const a of change.audits) audit(a.action, "lead", change.leadId, a.details);
    }

    await insertRows(tx, leadEvents, {
      shared: { actorId: user.id, occurredAt: now, createdAt: now },
      varying: ["leadId", "kind", "fromStage", "toStage", "fromValue", "toValue", "field", "body"],
      rows: events,
      size: 400,
    });
    lap("events");
    await insertRows(tx, auditLog, {
      shared: { actorId: user.id, createdAt: now },
      varying: ["action", "entity", "entityId", "details"],
      rows: audits,
      size: 500,
    });
    lap("audit");
    // Every lead the file named, in the order of its rows' kinds: the import run records them.
    return { leadIds: [...ids, ...plan.changes.map((c) => c.leadId), ...plan.unchanged] };
  },
};

type RowInput = {
  name: string;
  taskGroupId: number;
  ownerId: number | null;
  districtId: number | null;
  industryId: number | null;
  source: LeadSource;
  stage: Stage;
  plannedInvestment: number | null;
  signedInvestment: number | null;
  signedOn: string | null;
};

/**
 * Brings an existing lead to what the row says, with the rules of moveLeadStage, updateLead and
 * changeLeadOwner: stage first (it carries the signing), then fields, then owner. Columns the file
 * does not have are left as they are. Null when nothing changes.
 */
function planUpdate(
  lead: ExistingLead,
  input: RowInput,
  has: (column: string) => boolean,
  today: string,
  line: number,
  problem: (key: string, message: string) => void,
  members: Set<string>,
  message: (key: string) => string,
): LeadChange | null {
  if (lead.taskGroupId !== input.taskGroupId) {
    problem("taskGroup", "已有项目不能通过导入更换工作组");
    return null;
  }
  const set: Partial<typeof leads.$inferInsert> = {};
  const events: LeadEventRow[] = [];
  const audits: LeadChange["audits"] = [];
  let stage = lead.stage;
  let signedOn = lead.signedOn;
  let signedInvestment = lead.signedInvestment;

  if (lead.stage !== input.stage) {
    const needs = requirementsFor(lead, input.stage);
    const moveOn = needs.signing ? input.signedOn : isSignedStage(input.stage) ? lead.signedOn : null;
    const moveAmount = needs.signing ? input.signedInvestment : isSignedStage(input.stage) ? lead.signedInvestment : null;
    const problems = checkStageMove({ from: lead.stage, to: input.stage, reason: importReason, signedOn: moveOn, signedInvestment: moveAmount, today });
    if (problems.length) {
      for (const p of problems) problem(fieldColumn[p.field] ?? p.field, message(`pipeline.${p.messageKey}`));
      return null;
    }
    const now = new Date();
    Object.assign(set, {
      stage: input.stage,
      furthestStage: furthestStage(lead.furthestStage, input.stage),
      stageReason: needsReason(lead.stage, input.stage) ? importReason : null,
      stageEnteredAt: now,
      // As moveLeadStage: a stage change alone is no follow-up (lastActivityAt stays).
      ...(input.stage === "dropped" ? { nextFollowUpOn: null } : {}),
    });
    events.push({ kind: "stage", fromStage: lead.stage, toStage: input.stage, stageDays: daysInStage(lead.stageEnteredAt, now), toValue: needs.signing ? input.signedOn : null, body: importReason });
    if (needs.signing) {
      set.signedOn = input.signedOn;
      set.signedInvestment = input.signedInvestment;
      if (input.signedInvestment !== lead.signedInvestment) {
        events.push({ kind: "amount", field: "signedInvestment", fromValue: lead.signedInvestment === null ? null : String(lead.signedInvestment), toValue: String(input.signedInvestment) });
      }
      signedOn = input.signedOn;
      signedInvestment = input.signedInvestment;
    }
    audits.push({ action: "lead.move_stage", details: { toStage: input.stage, reason: importReason, signedOn: set.signedOn ?? null, signedInvestment: set.signedInvestment ?? null } });
    stage = input.stage;
  }

  // The lead's own fields (updateLead): signing data only for a signed lead, and then required.
  const signed = isSignedStage(stage);
  const nextSignedOn = signed ? (has("signedOn") ? input.signedOn : signedOn) : signedOn;
  const nextSignedAmount = signed ? (has("signedInvestment") ? input.signedInvestment : signedInvestment) : signedInvestment;
  if (signed) {
    const refusal = !nextSignedOn
      ? (["signedOn", "pipeline.signedOnRequired"] as const)
      : nextSignedOn > today
        ? (["signedOn", "pipeline.signedOnFuture"] as const)
        : !nextSignedAmount
          ? (["signedInvestment", "pipeline.signedInvestmentRequired"] as const)
          : null;
    if (refusal) {
      problem(refusal[0], message(refusal[1]));
      return null;
    }
  }
  const next = {
    name: input.name,
    districtId: has("district") ? input.districtId : lead.districtId,
    industryId: has("industry") ? input.industryId : lead.industryId,
    source: input.source,
    plannedInvestment: has("plannedInvestment") ? input.plannedInvestment : lead.plannedInvestment,
    signedInvestment: nextSignedAmount,
    signedOn: nextSignedOn,
  };
  const after = { ...lead, signedOn, signedInvestment };
  const changedFields = (Object.keys(next) as (keyof typeof next)[]).filter((key) => next[key] !== after[key]);
  if (changedFields.length) {
    for (const key of changedFields) (set as Record<string, unknown>)[key] = next[key];
    for (const field of (["plannedInvestment", "signedInvestment"] as const).filter((f) => changedFields.includes(f))) {
      events.push({ kind: "amount", field, fromValue: after[field] === null ? null : String(after[field]), toValue: next[field] === null ? null : String(next[field]) });
      set.lastActivityAt = new Date();
    }
    audits.push({ action: "lead.update", details: Object.fromEntries(changedFields.map((k) => [k, next[k]])) });
  }

  // The owner (changeLeadOwner): a member of the lead's group.
  if (input.ownerId && input.ownerId !== lead.ownerId) {
    if (!members.has(`${lead.taskGroupId}:${input.ownerId}`)) {
      problem("owner", message("leads.ownerNotInGroup"));
      return null;
    }
    set.ownerId = input.ownerId;
    set.lastActivityAt = new Date();
    events.push({ kind: "owner", field: "ownerId", fromValue: String(lead.ownerId), toValue: String(input.ownerId), body: importReason });
    audits.push({ action: "lead.change_owner", details: { ownerId: input.ownerId, note: importReason } });
  }
  if (Object.keys(set).length === 0) return null;
  return { line, leadId: lead.id, version: lead.version, set, events, audits };
}
