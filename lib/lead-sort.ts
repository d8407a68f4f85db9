// The columns the leads table sorts by (db/queries/leads/table.ts says how each one sorts). A plain
// module: the table in the browser imports it, and must not load zod with it (zod probes for eval,
// which the Content-Security-Policy reports).
export const leadSortKeys = ["name", "stage", "group", "owner", "plannedInvestment", "signedInvestment", "signedOn", "lastActivityAt", "nextFollowUpOn"] as const;
export type LeadSort = (typeof leadSortKeys)[number];
