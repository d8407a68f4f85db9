// Writes to route handlers are refused when a page of another site sends them.
import { describe, expect, it } from "vitest";
import { isSameOrigin } from "@/lib/server/same-origin";

const env = { AUTH_URL: "https://crm.example.gov.cn" };
const headers = (h: Record<string, string>) => new Headers(h);

describe("same-origin check of route handlers' writes", () => {
  it("accepts the site's own pages (by AUTH_URL or by the Host asked for)", () => {
    expect(isSameOrigin(headers({ host: "crm.example.gov.cn", origin: "https://crm.example.gov.cn", "sec-fetch-site": "same-origin" }), env)).toBe(true);
    expect(isSameOrigin(headers({ host: "localhost:3000", origin: "http://localhost:3000" }), {})).toBe(true);
  });

  it("refuses another site, by Origin or by Sec-Fetch-Site", () => {
    expect(isSameOrigin(headers({ host: "crm.example.gov.cn", origin: "https://evil.example.com" }), env)).toBe(false);
    expect(isSameOrigin(headers({ host: "crm.example.gov.cn", "sec-fetch-site": "cross-site" }), env)).toBe(false);
    expect(isSameOrigin(headers({ host: "crm.example.gov.cn", "sec-fetch-site": "same-site", origin: "https://other.example.gov.cn" }), env)).toBe(false);
    expect(isSameOrigin(headers({ host: "crm.example.gov.cn", origin: "null" }), env)).toBe(false);
  });

  it("does not trust X-Forwarded-Host unless TRUST_PROXY=1", () => {
    const h = headers({ host: "10.0.0.5:3000", "x-forwarded-host": "evil.example.com", origin: "https://evil.example.com" });
    expect(isSameOrigin(h, {})).toBe(false);
    expect(isSameOrigin(h, { TRUST_PROXY: "1" })).toBe(true);
  });

  it("lets a request without Origin and Sec-Fetch-Site through (not sent by a browser page; it still needs a session)", () => {
    expect(isSameOrigin(headers({ host: "crm.example.gov.cn" }), env)).toBe(true);
  });
});
