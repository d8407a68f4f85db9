// What the audit page offers in its filters and how it words an entry. The Chinese and English words
// are in messages/*/audit.json under audit.actions / audit.entities (an unknown name shows as is).
import { accessActions } from "@/db/mutations/access-log";

/** Families of actions the filter offers as one choice ("auth.*"). */
export const auditActionFamilies = ["auth", "access", "import"] as const;

/** Actions the filter lists one by one: access events first, then the changes. */
export const auditActionNames: readonly string[] = [
  ...accessActions,
  "user.create",
  "user.update",
  "user.set_active",
  "user.reset_password",
  "lead.create",
  "lead.update",
  "lead.log",
  "lead.move_stage",
  "lead.change_owner",
  "lead.reassign",
  "company.create",
  "company.update",
  "contact.create",
  "contact.update",
  "trip.create",
  "trip.update",
  "meeting.create",
  "meeting.update",
  "chain.create",
  "chain.update",
  "chain.delete",
  "chain.node.create",
  "chain.node.update",
  "chain.node.delete",
  "chain.company.add",
  "chain.company.remove",
  "partner.create",
  "partner.update",
  "partner.delete",
  "agreement.create",
  "agreement.update",
  "agreement.delete",
  "investment_report.save_month",
  "target.save_year",
  "task_group.update",
  "stage_settings.update",
  "import.leads",
  "import.trips",
  "import.reports",
  "seed",
];

export const auditEntities = [
  "session",
  "page",
  "user",
  "lead",
  "company",
  "contact",
  "trip",
  "meeting",
  "chain",
  "chain_node",
  "partner",
  "agreement",
  "investment_report",
  "target",
  "task_group",
  "stage_settings",
  "leads",
  "trips",
  "reports",
  "database",
] as const;

type Translate = { (key: string): string; has: (key: string) => boolean };

/** "lead.update" → 修改项目 (through the audit namespace), or the name itself. */
export function actionLabel(t: Translate, action: string): string {
  const key = `actions.${action}`;
  return t.has(key) ? t(key) : action;
}

export function entityLabel(t: Translate, entity: string): string {
  const key = `entities.${entity}`;
  return t.has(key) ? t(key) : entity;
}

/** The details of an entry in one line: "action: 修改项目 · reason: row", long values cut. */
export function detailsSummary(t: Translate, details: string | null, max = 160): string {
  if (!details) return "";
  let value: unknown;
  try {
    value = JSON.parse(details);
  } catch {
    return details.slice(0, max);
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return JSON.stringify(value).slice(0, max);
  const text = Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => {
      if (k === "action" && typeof v === "string") return `${k}: ${actionLabel(t, v)}`;
      return `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`;
    })
    .join(" · ");
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
