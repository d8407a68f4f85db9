// The pipeline's stages: which of them count as active or signed, and how long each may go without news.
import type { Stage } from "@/lib/domain/enums";

/** Stages at or after signing: these leads count as "introduced" once their signing date is in the period. */
export const signedStages: readonly Stage[] = ["signed", "started", "operating"];

/** Stages still being worked on (not ended by signing or dropping). */
export const activeStages: readonly Stage[] = ["contact", "negotiating", "inspecting", "intent", "on_hold"];

/** Default number of days without any event after which a lead is marked stale. */
export const defaultStaleDays = 30;
