// Shared state of one demo seed run: the clock, a deterministic random source, the ids of the rows
// already written (by natural key) and small helpers for dates and batched inserts.
import type { Transaction } from "../../client";
import type { AgreementKind, ChainPresence, TripStatus } from "../../schema/enums";

export type Tx = Transaction;

export type CompanyRef = {
  id: number;
  key: string;
  name: string;
  city: string;
  industry: string;
  group: string;
  /** What the company would build in Guang'an ("锂电池"), used in meeting notes and lead names. */
  project: string;
  /** The district the company's project would go to. */
  district: string;
  contactIds: number[];
};

export type TripRef = {
  id: number;
  title: string;
  leader: string;
  secretary: string;
  staff: string[];
  startOn: string;
  endOn: string;
  cities: string[];
  status: TripStatus;
  /** Task groups the trip works for (names). */
  focus: string[];
  /** Companies the trip must meet (keys), before others from its cities. */
  must: string[];
};

export type MeetingRef = {
  id: number;
  tripId: number | null;
  companyKey: string;
  heldOn: string;
  /** Username of the leader who met the company. */
  leader: string;
};

export type ChainNodeRef = { id: number; chain: string; name: string; presence: ChainPresence };

export type AgreementRef = {
  id: number;
  title: string;
  kind: AgreementKind;
  partner: string;
  signedOn: string | null;
  /** The company that signed an enterprise agreement, by company key. */
  companyKey: string | null;
};

export type SeedContext = {
  now: Date;
  /** Today's calendar date in Beijing time (UTC+8), YYYY-MM-DD. */
  today: string;
  thisYear: number;
  /** The year of the source document's dated events (4月25日, 6月3日): this year once they are past. */
  anchorYear: number;
  rand: () => number;
  log: (line: string) => void;
  users: Map<string, number>;
  districts: Map<string, number>;
  /** Task group name → id. */
  groups: Map<string, number>;
  /** Task group name → username of the city leader heading it. */
  groupLeader: Map<string, string>;
  /** Task group name → usernames of its people, the group lead first. */
  groupPeople: Map<string, string[]>;
  /** Industry name → id and task group name. */
  industries: Map<string, { id: number; group: string }>;
  companies: CompanyRef[];
  companyByKey: Map<string, CompanyRef>;
  trips: TripRef[];
  meetings: MeetingRef[];
  chainNodes: Map<string, ChainNodeRef>;
  agreements: AgreementRef[];
  counts: Record<string, number>;
};

/** mulberry32: a small, fast, deterministic PRNG. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const seedNumber = 20160830;

export function createContext(now: Date, log: (line: string) => void): SeedContext {
  const today = beijingDate(now);
  const thisYear = Number(today.slice(0, 4));
  return {
    now,
    today,
    thisYear,
    anchorYear: today >= `${thisYear}-06-10` ? thisYear : thisYear - 1,
    rand: mulberry32(seedNumber),
    log,
    users: new Map(),
    districts: new Map(),
    groups: new Map(),
    groupLeader: new Map(),
    groupPeople: new Map(),
    industries: new Map(),
    companies: [],
    companyByKey: new Map(),
    trips: [],
    meetings: [],
    chainNodes: new Map(),
    agreements: [],
    counts: {},
  };
}

// ---- random helpers ---------------------------------------------------------------------------

/** An integer in [min, max], both included. */
export function int(ctx: SeedContext, min: number, max: number): number {
  if (max <= min) return min;
  return min + Math.floor(ctx.rand() * (max - min + 1));
}

export function pick<T>(ctx: SeedContext, items: readonly T[]): T {
  if (items.length === 0) throw new Error("pick from an empty list");
  return items[Math.floor(ctx.rand() * items.length)];
}

/** Rounds an amount in 万元 to a multiple of `step` (never below `step`). */
export function roundTo(amount: number, step: number): number {
  return Math.max(step, Math.round(amount / step) * step);
}

// ---- dates ------------------------------------------------------------------------------------

const dayMs = 24 * 3600_000;

/** The calendar date of an instant in Beijing time (UTC+8). */
export function beijingDate(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

export function minIso(a: string, b: string): string {
  return a < b ? a : b;
}

export function maxIso(a: string, b: string): string {
  return a > b ? a : b;
}

/** The instant of a Beijing wall-clock time on a calendar date. */
export function at(iso: string, hour: number, minute = 0): Date {
  const hh = String(hour).padStart(2, "0");
  const mm = String(minute).padStart(2, "0");
  return new Date(`${iso}T${hh}:${mm}:00+08:00`);
}

/** YYYY-MM-01 of the month of a date. */
export function monthOf(iso: string): string {
  return `${iso.slice(0, 7)}-01`;
}

/** The first day of the month `months` after the month of `monthIso`. */
export function addMonths(monthIso: string, months: number): string {
  const year = Number(monthIso.slice(0, 4));
  const month = Number(monthIso.slice(5, 7)) - 1 + months;
  const y = year + Math.floor(month / 12);
  const m = ((month % 12) + 12) % 12;
  return `${y}-${String(m + 1).padStart(2, "0")}-01`;
}

/** A date of the anchor year ("04-25"), moved before today when it would be in the future. */
export function anchorDate(ctx: SeedContext, monthDay: string): string {
  const iso = `${ctx.anchorYear}-${monthDay}`;
  return iso < ctx.today ? iso : addDays(ctx.today, -1);
}

// ---- lookups ----------------------------------------------------------------------------------

export function userId(ctx: SeedContext, username: string): number {
  const id = ctx.users.get(username);
  if (id === undefined) throw new Error(`seed: no user "${username}"`);
  return id;
}

export function need<K, V>(map: Map<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`seed: no ${what} "${String(key)}"`);
  return value;
}

// ---- batched inserts --------------------------------------------------------------------------

export const chunkSize = 200;

/**
 * Inserts rows in batches of at most 200 and returns the new ids in the order of `rows`
 * (ids of one multi-row insert ascend in row order on SQLite and PostgreSQL alike).
 */
export async function insertWithIds<R>(
  rows: R[],
  insert: (chunk: R[]) => Promise<{ id: number }[]>,
): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += chunkSize) {
    const chunk = rows.slice(i, i + chunkSize);
    const returned = (await insert(chunk)).map((r) => r.id).sort((a, b) => a - b);
    if (returned.length !== chunk.length) throw new Error("seed: insert returned a wrong number of ids");
    ids.push(...returned);
  }
  return ids;
}

/** Inserts rows in batches of at most 200 (tables without an id column). */
export async function insertAll<R>(rows: R[], insert: (chunk: R[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += chunkSize) await insert(rows.slice(i, i + chunkSize));
}

export function count(ctx: SeedContext, table: string, n: number) {
  ctx.counts[table] = (ctx.counts[table] ?? 0) + n;
}
