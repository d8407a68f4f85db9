// The board is cut by the filters that make sense across its columns: task group, district, owner
// and city leader (the stage is the column itself); every other filter is off.
import { noLeadFilters, type LeadFilters } from "@/db/queries/leads";

export function boardFilters(all: LeadFilters): LeadFilters {
  return { ...noLeadFilters, group: all.group, owner: all.owner, district: all.district, leader: all.leader };
}
