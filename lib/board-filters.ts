// The board is cut by the filters that make sense across its columns: task group, district, owner
// and city leader (the stage is the column itself).
import type { LeadFilters } from "@/db/queries/leads";

export function boardFilters(all: LeadFilters): LeadFilters {
  return {
    stage: null,
    group: all.group,
    owner: all.owner,
    district: all.district,
    industry: null,
    source: null,
    leader: all.leader,
    bands: [],
    signedFrom: null,
    signedTo: null,
    reportFrom: null,
    reportTo: null,
    partner: null,
    trip: null,
    meeting: null,
    company: null,
    stale: false,
    mine: false,
    attention: null,
  };
}
