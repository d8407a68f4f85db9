import { describe, expect, it } from "vitest";
import { parseListParams } from "@/lib/list-params";

const sortable = { name: 1, startOn: 1 };

describe("list state from the URL", () => {
  it("reads page, size, sort, direction and keyword", () => {
    expect(parseListParams({ page: "3", size: "50", sort: "startOn", dir: "desc", q: " 天津 " }, sortable)).toEqual({
      page: 3,
      pageSize: 50,
      sort: "startOn",
      dir: "desc",
      q: "天津",
    });
  });

  it("falls back to safe defaults for anything crafted", () => {
    expect(
      parseListParams({ page: "-1", size: "100000", sort: "password_hash", dir: "sideways", q: "x".repeat(500) }, sortable),
    ).toEqual({ page: 1, pageSize: 20, sort: null, dir: "asc", q: "" });
    expect(parseListParams({ sort: "constructor" }, sortable).sort).toBeNull();
  });
});
