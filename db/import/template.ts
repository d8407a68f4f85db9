// The import templates filled with the city's own values: its task groups, districts and
// industries (in their order), the labels of sources and stages the import reads, and an example row
// that would pass the check but for its "（示例）" mark.
import { and, asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { districts, industries, taskGroupMembers, taskGroups, users, type LeadSource, type Stage } from "@/db/schema";
import { leadSources, stages } from "@/lib/domain/enums";
import { toIsoDate } from "@/lib/format";
import { personResolver } from "@/lib/import/people";
import type { TemplateChoices } from "@/lib/import/template";
import { importMessages } from "./messages";

export async function templateChoices(now = new Date()): Promise<TemplateChoices> {
  const t = await importMessages();
  const [groupRows, districtRows, industryRows, people, groupLeads] = await Promise.all([
    db.select({ id: taskGroups.id, name: taskGroups.name }).from(taskGroups).orderBy(asc(taskGroups.sortOrder), asc(taskGroups.id)),
    db.select({ name: districts.name }).from(districts).orderBy(asc(districts.sortOrder), asc(districts.id)),
    db.select({ name: industries.name, taskGroupId: industries.taskGroupId }).from(industries).orderBy(asc(industries.sortOrder), asc(industries.id)),
    db.select({ id: users.id, username: users.username, name: users.name, isActive: users.isActive, role: users.role }).from(users).orderBy(asc(users.id)),
    db
      .select({ taskGroupId: taskGroupMembers.taskGroupId, userId: taskGroupMembers.userId })
      .from(taskGroupMembers)
      .innerJoin(users, eq(users.id, taskGroupMembers.userId))
      .where(and(eq(taskGroupMembers.role, "lead"), eq(users.isActive, true))),
  ]);
  const sourceLabels = t.raw("enum.source") as Record<LeadSource, string>;
  const stageLabels = t.raw("enum.stage") as Record<Stage, string>;
  // The example: the first group with a lead, named as the import reads him (his name when it is his alone).
  const group = groupRows.find((g) => groupLeads.some((m) => m.taskGroupId === g.id)) ?? groupRows[0];
  const lead = people.find((p) => p.id === groupLeads.find((m) => m.taskGroupId === group?.id)?.userId);
  const personOf = personResolver(people);
  const ownerText = lead ? (personOf(lead.name).ok ? lead.name : lead.username) : "";
  const leader = people.find((p) => p.role === "leader" && p.isActive);
  return {
    sources: leadSources.map((s) => sourceLabels[s]),
    stages: stages.map((s) => stageLabels[s]),
    groups: groupRows.map((g) => g.name),
    districts: districtRows.map((d) => d.name),
    industries: industryRows.map((i) => i.name),
    example: {
      group: group?.name ?? "",
      owner: ownerText,
      district: districtRows[0]?.name ?? "",
      industry: industryRows.find((i) => i.taskGroupId === group?.id)?.name ?? industryRows[0]?.name ?? "",
      leader: leader?.username ?? "",
      today: toIsoDate(now),
    },
  };
}
