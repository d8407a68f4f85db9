// The leads table's columns a person may hide, and the cookie that remembers the choice. Shared by
// the page (server) and the column picker (client), so no "use client" here.
/** Columns a person may hide; the project name always stays. */
export const hideableColumns = [
  "group",
  "owner",
  "district",
  "industry",
  "stage",
  "source",
  "plannedInvestment",
  "signedInvestment",
  "signedOn",
  "lastActivityAt",
  "nextFollowUpOn",
] as const;
export type HideableColumn = (typeof hideableColumns)[number];

/** Hidden by default until the person chooses otherwise. */
export const defaultHiddenColumns: HideableColumn[] = ["industry", "signedInvestment", "nextFollowUpOn"];

/** The cookie that remembers the choice, read by the page so the first render is right. */
export const columnsCookie = "zs_lead_columns";

export function parseHiddenColumns(value: string | undefined): HideableColumn[] {
  if (value === undefined) return defaultHiddenColumns;
  return value.split(",").filter((c): c is HideableColumn => (hideableColumns as readonly string[]).includes(c));
}

export const columnLabelKey: Record<HideableColumn, string> = {
  group: "leads.group",
  owner: "leads.owner",
  district: "leads.district",
  industry: "leads.industry",
  stage: "leads.stage",
  source: "leads.source",
  plannedInvestment: "leads.planned",
  signedInvestment: "leads.signed",
  signedOn: "leads.signedOn",
  lastActivityAt: "leads.lastActivity",
  nextFollowUpOn: "leads.nextFollowUp",
};

