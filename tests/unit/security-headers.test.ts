import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, securityOptionsFromEnv, staticSecurityHeaders } from "@/lib/server/security-headers";

describe("security headers", () => {
  it("allows only this request's scripts, never eval in production, and no framing", () => {
    const csp = contentSecurityPolicy("abc123", securityOptionsFromEnv({ NODE_ENV: "production", AUTH_URL: "http://intranet:3000" }));
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).not.toContain("upgrade-insecure-requests");
  });

  it("sends HSTS and upgrades requests only when AUTH_URL is https", () => {
    const plain = securityOptionsFromEnv({ AUTH_URL: "http://10.0.0.5:3000" });
    const tls = securityOptionsFromEnv({ AUTH_URL: "https://zhaoshang.example.gov.cn" });
    expect(staticSecurityHeaders(plain)["Strict-Transport-Security"]).toBeUndefined();
    expect(staticSecurityHeaders(tls)["Strict-Transport-Security"]).toMatch(/^max-age=\d{8}/);
    expect(contentSecurityPolicy("n", tls)).toContain("upgrade-insecure-requests");
    expect(staticSecurityHeaders(plain)).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
    expect(staticSecurityHeaders(plain)["Permissions-Policy"]).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  });

  it("makes a different nonce every time", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    expect([...nonces][0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
