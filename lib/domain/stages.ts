// The pipeline's stages in board order, and which of them count as active or signed.
import { stages, type Stage } from "@/lib/domain/enums";

export const boardStages: readonly Stage[] = stages;

/** Stages at or after signing: these leads count as "introduced" once their signing date is in the period. */
export const signedStages: readonly Stage[] = ["signed", "started", "operating"];

/** Stages still being worked on (not ended by signing or dropping). */
export const activeStages: readonly Stage[] = ["contact", "negotiating", "inspecting", "intent", "on_hold"];

/** Default number of days without any event after which a lead is marked stale. */
export const defaultStaleDays = 30;
