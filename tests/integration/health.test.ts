// /api/health with the database down: 503, and nothing but ok and dialect (no SQL, no stack).
import { afterAll, describe, expect, it } from "vitest";
import { closeDatabase, dialect } from "@/db/client";
import { GET } from "@/app/api/health/route";

type Slot = { __zhaoshangDb?: unknown };

afterAll(async () => {
  (globalThis as Slot).__zhaoshangDb = undefined;
  await closeDatabase();
});

describe("/api/health", () => {
  it("says ok and the dialect when the database answers", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, dialect: dialect() });
  });

  it("answers 503 with only ok and dialect when the database fails", async () => {
    const kind = dialect();
    const real = (globalThis as Slot).__zhaoshangDb as { config: unknown };
    const failing = new Proxy({}, { get: () => () => { throw new Error('SQLITE_CANTOPEN: select "secret" from "users" at /srv/data/zhaoshang.db'); } });
    (globalThis as Slot).__zhaoshangDb = { db: failing, config: real.config, close: async () => undefined };
    const errors = console.error;
    console.error = () => undefined;
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({ ok: false, dialect: kind });
      expect(text).not.toMatch(/select|secret|CANTOPEN|\/srv/i);
    } finally {
      console.error = errors;
      (globalThis as Slot).__zhaoshangDb = real;
    }
  });
});
