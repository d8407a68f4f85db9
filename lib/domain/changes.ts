// The history of an edited record: which fields changed, from what, to what. Pure, so the audit
// details written by an action and the history shown on a page agree by construction.

export type Snapshot = Record<string, string | number | boolean | null | string[]>;
export type Changes = { before: Snapshot; after: Snapshot };

const same = (a: Snapshot[string], b: Snapshot[string]) =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((v, i) => v === b[i]) : a === b;

/** Only the fields whose value differs, with their old and new values. */
export function diffSnapshots(before: Snapshot, after: Snapshot): Changes {
  const changes: Changes = { before: {}, after: {} };
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = before[key] ?? null;
    const b = after[key] ?? null;
    if (!same(a, b)) {
      changes.before[key] = a;
      changes.after[key] = b;
    }
  }
  return changes;
}

/** Reads the details of an audit row back; anything unexpected becomes "no changes". */
export function parseChanges(details: string | null): Changes {
  try {
    const value = JSON.parse(details ?? "null") as Partial<Changes> | null;
    const isSnapshot = (s: unknown): s is Snapshot => Boolean(s) && typeof s === "object" && !Array.isArray(s);
    return { before: isSnapshot(value?.before) ? value.before : {}, after: isSnapshot(value?.after) ? value.after : {} };
  } catch {
    return { before: {}, after: {} };
  }
}
