// uniqueViolation (db/sql-fragments.ts) reads both drivers' errors, wrapped or not, and names the
// index; the integration suite (races.test.ts) checks it against real errors of both databases.
import { describe, expect, it } from "vitest";
import { uniqueViolation } from "@/db/sql-fragments";

/** What drizzle throws: its own error, whose message quotes the SQL, with the driver's as cause. */
const wrapped = (cause: unknown) =>
  Object.assign(new Error('Failed query: insert into "companies" ("name", "normalized_name", "credit_code") values ($1, $2, $3)\nparams: a,a,'), { cause });

describe("uniqueViolation", () => {
  it("names the constraint PostgreSQL reports (SQLSTATE 23505)", () => {
    const pg = Object.assign(new Error('duplicate key value violates unique constraint "companies_normalized_name_uq"'), {
      code: "23505",
      constraint: "companies_normalized_name_uq",
    });
    expect(uniqueViolation(pg)).toEqual({ constraint: "companies_normalized_name_uq" });
    expect(uniqueViolation(wrapped(pg))).toEqual({ constraint: "companies_normalized_name_uq" });
  });

  it("maps SQLite's columns back to the unique index declared on them", () => {
    const byName = Object.assign(new Error("SQLITE_CONSTRAINT_UNIQUE: UNIQUE constraint failed: companies.normalized_name"), { code: "SQLITE_CONSTRAINT_UNIQUE" });
    expect(uniqueViolation(wrapped(byName))).toEqual({ constraint: "companies_normalized_name_uq" });
    const byCode = new Error("UNIQUE constraint failed: companies.credit_code");
    expect(uniqueViolation(byCode)).toEqual({ constraint: "companies_credit_code_uq" });
    const twoColumns = new Error("SQLITE_CONSTRAINT_UNIQUE: UNIQUE constraint failed: targets.year, targets.task_group_id");
    expect(uniqueViolation(twoColumns)).toEqual({ constraint: "targets_year_group_uq" });
  });

  it("is not fooled by the SQL quoted in a wrapper, and ignores other errors", () => {
    // The old sniffing matched "credit_code" in the quoted INSERT and blamed the credit code.
    expect(uniqueViolation(wrapped(new Error("SQLITE_CONSTRAINT_FOREIGNKEY: FOREIGN KEY constraint failed")))).toBeNull();
    expect(uniqueViolation(wrapped(Object.assign(new Error("insert or update violates foreign key constraint"), { code: "23503" })))).toBeNull();
    expect(uniqueViolation(new Error("UNIQUE constraint failed? no"))).toBeNull();
    expect(uniqueViolation(null)).toBeNull();
    expect(uniqueViolation("23505")).toBeNull();
  });
});
