import { describe, expect, it } from "vitest";
import en from "@/messages/en";
import zhCN from "@/messages/zh-CN";

function keys(value: unknown, prefix = ""): string[] {
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

describe("interface text", () => {
  it("has every Chinese message in English too, and no English one without Chinese", () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
  });

  it("leaves no message empty", () => {
    const empty = (messages: unknown) =>
      keys(messages).filter((path) => {
        const value = path.split(".").reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], messages);
        return typeof value === "string" && value.trim() === "" && !path.startsWith("units.");
      });
    expect(empty(zhCN)).toEqual([]);
  });
});
