// The leads' filters, one set for the table, the board, the export and the dashboard's links, all
// in the URL: parsed here (never trusting the URL) and written back as parameters. The SQL they
// become is db/queries/leads/filters.ts.
import { z } from "zod";
// zod configured for the browser (jitless: no eval the Content-Security-Policy would report).
import "@/lib/validation/common";
import { leadSources, stages, type LeadSource, type Stage } from "@/lib/domain/enums";
import { sizeBands, type SizeBand } from "@/lib/domain/size-bands";
import { first, type SearchParams } from "@/lib/list-params";

export type LeadFilters = {
  stage: Stage | null;
  /** Task group id. */
  group: number | null;
  /** Owner (责任人) user id. */
  owner: number | null;
  district: number | null;
  industry: number | null;
  source: LeadSource | null;
  /** Only leads that leave this field empty (the cockpit's "未填写" rows). */
  unfilled: UnfilledField | null;
  /** A city leader: leads they brought in, or of task groups they head. */
  leader: number | null;
  /** Size bands by signed amount once signed, planned amount before. */
  bands: SizeBand[];
  signedFrom: string | null;
  signedTo: string | null;
  /** Only leads with a monthly figures row (investmentReports) in these months, YYYY-MM (both included). */
  reportFrom: string | null;
  reportTo: string | null;
  /** Only leads that came from an agreement with this partner region (区域合作). */
  partner: number | null;
  /** Only the leads of this trip, of this meeting, of this company (the pages' related-leads lists). */
  trip: number | null;
  meeting: number | null;
  company: number | null;
  /** Only the leads one import run named (the id of its audit row, ?import=): the import's result links here. */
  importRun: number | null;
  /** Only leads without an event for longer than their stage's limit. */
  stale: boolean;
  /** Only the viewer's own leads. */
  mine: boolean;
  /** "active": still being worked on; "overdue": the next follow-up date has passed. */
  attention: "active" | "overdue" | null;
  /**
   * Not a filter: the amount the view sums (a money figure's drill-down): the signed amount, or the
   * fixed-asset investment or funds in place reported in reportFrom..reportTo, shown per lead with the 合计.
   */
  sum: LeadMoney | null;
};

/** The fields a lead may leave empty that the cockpit cuts its figures by. */
export const unfilledFields = ["district", "industry", "source"] as const;
export type UnfilledField = (typeof unfilledFields)[number];

export const leadMoneyKinds = ["signed", "fixedAsset", "fundsInPlace"] as const;
export type LeadMoney = (typeof leadMoneyKinds)[number];

export const noLeadFilters: LeadFilters = {
  stage: null,
  group: null,
  owner: null,
  district: null,
  industry: null,
  source: null,
  unfilled: null,
  leader: null,
  bands: [],
  signedFrom: null,
  signedTo: null,
  reportFrom: null,
  reportTo: null,
  partner: null,
  trip: null,
  meeting: null,
  company: null,
  importRun: null,
  stale: false,
  mine: false,
  attention: null,
  sum: null,
};

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const isoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const optionalId = z.coerce.number().int().positive().nullable().catch(null);

export function parseLeadFilters(searchParams: SearchParams): LeadFilters {
  const attention = first(searchParams.attention) ?? null;
  const bands = (first(searchParams.band) ?? "")
    .split(",")
    .filter((b): b is SizeBand => (sizeBands as readonly string[]).includes(b));
  return {
    stage: z.enum(stages).nullable().catch(null).parse(first(searchParams.stage) ?? null),
    group: optionalId.parse(first(searchParams.group) ?? null),
    owner: optionalId.parse(first(searchParams.owner) ?? null),
    district: optionalId.parse(first(searchParams.district) ?? null),
    industry: optionalId.parse(first(searchParams.industry) ?? null),
    source: z.enum(leadSources).nullable().catch(null).parse(first(searchParams.source) ?? null),
    unfilled: z.enum(unfilledFields).nullable().catch(null).parse(first(searchParams.unfilled) ?? null),
    leader: optionalId.parse(first(searchParams.leader) ?? null),
    bands: sizeBands.filter((b) => bands.includes(b)),
    signedFrom: isoDate.nullable().catch(null).parse(first(searchParams.signedFrom) ?? null),
    signedTo: isoDate.nullable().catch(null).parse(first(searchParams.signedTo) ?? null),
    reportFrom: isoMonth.nullable().catch(null).parse(first(searchParams.reportFrom) ?? null),
    reportTo: isoMonth.nullable().catch(null).parse(first(searchParams.reportTo) ?? null),
    partner: optionalId.parse(first(searchParams.partner) ?? null),
    trip: optionalId.parse(first(searchParams.trip) ?? null),
    meeting: optionalId.parse(first(searchParams.meeting) ?? null),
    company: optionalId.parse(first(searchParams.company) ?? null),
    importRun: optionalId.parse(first(searchParams.import) ?? null),
    // attention=stale is the older spelling of stale=1 (kept so saved links still work).
    stale: first(searchParams.stale) === "1" || attention === "stale",
    mine: first(searchParams.mine) === "1",
    attention: z.enum(["active", "overdue"]).nullable().catch(null).parse(attention === "stale" ? null : attention),
    sum: z.enum(leadMoneyKinds).nullable().catch(null).parse(first(searchParams.sum) ?? null),
  };
}

/** The filters as URL parameters (the inverse of parseLeadFilters). */
export function leadFiltersToParams(filters: LeadFilters): Record<string, string> {
  const out: Record<string, string> = {};
  if (filters.stage) out.stage = filters.stage;
  for (const key of ["group", "owner", "district", "industry", "leader", "trip", "meeting", "company"] as const) {
    if (filters[key] !== null) out[key] = String(filters[key]);
  }
  if (filters.source) out.source = filters.source;
  if (filters.unfilled) out.unfilled = filters.unfilled;
  if (filters.bands.length) out.band = filters.bands.join(",");
  if (filters.signedFrom) out.signedFrom = filters.signedFrom;
  if (filters.signedTo) out.signedTo = filters.signedTo;
  if (filters.reportFrom) out.reportFrom = filters.reportFrom;
  if (filters.reportTo) out.reportTo = filters.reportTo;
  if (filters.partner !== null) out.partner = String(filters.partner);
  if (filters.importRun !== null) out.import = String(filters.importRun);
  if (filters.stale) out.stale = "1";
  if (filters.mine) out.mine = "1";
  if (filters.attention) out.attention = filters.attention;
  if (filters.sum) out.sum = filters.sum;
  return out;
}

/**
 * The board is cut by the filters that make sense across its columns: task group, district, owner
 * and city leader (the stage is the column itself); every other filter is off.
 */
export function boardFilters(all: LeadFilters): LeadFilters {
  return { ...noLeadFilters, group: all.group, owner: all.owner, district: all.district, leader: all.leader };
}
