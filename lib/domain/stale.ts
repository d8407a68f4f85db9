// When a lead counts as stale (滞后): no event for longer than its stage's limit. Pure.
import { stages, type Stage } from "@/lib/domain/enums";
import { defaultStaleDays } from "./stages";

/** Days without an event after which a lead of each stage is stale; null: never (a dropped lead). */
export type StaleLimits = Record<Stage, number | null>;

export const defaultStaleLimits: StaleLimits = Object.fromEntries(
  stages.map((stage) => [stage, stage === "dropped" ? null : defaultStaleDays]),
) as StaleLimits;

const dayMs = 24 * 3600_000;

/** The instant before which a lead of this stage, without any later event, is stale. */
export function staleCutoff(limits: StaleLimits, stage: Stage, now: Date): Date | null {
  const days = limits[stage];
  return days === null ? null : new Date(+now - days * dayMs);
}

export function isStale(lead: { stage: Stage; lastActivityAt: Date }, limits: StaleLimits, now: Date): boolean {
  const cutoff = staleCutoff(limits, lead.stage, now);
  return cutoff !== null && lead.lastActivityAt < cutoff;
}

/** Whole days since the last event. */
export function daysSince(instant: Date, now: Date): number {
  return Math.max(0, Math.floor((+now - +instant) / dayMs));
}
