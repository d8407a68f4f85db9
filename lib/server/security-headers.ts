// The security headers of every response, set by proxy.ts. Pure and framework-free (the proxy may
// run on the edge runtime; unit tests call it directly).
//
// Scripts: only those carrying this request's nonce (Next.js reads it from the request's CSP header
// and stamps its own scripts), plus what they load ('strict-dynamic'); no 'unsafe-eval' outside
// `next dev`. Styles keep 'unsafe-inline': React and ECharts set style attributes, and the
// server-rendered HTML carries them; a nonce would not cover attributes.

export type SecurityOptions = {
  /** The site is served over https (AUTH_URL starts with https:): add HSTS and upgrade requests. */
  https: boolean;
  /** `next dev` needs eval for its error overlay and React's call stacks. */
  development: boolean;
};

export function securityOptionsFromEnv(env: Record<string, string | undefined> = process.env): SecurityOptions {
  return {
    https: /^https:/i.test(env.AUTH_URL?.trim() ?? ""),
    development: env.NODE_ENV === "development",
  };
}

/** A fresh, unguessable nonce (128 bits, base64). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, options: SecurityOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** The headers every response carries besides the CSP. */
export function staticSecurityHeaders(options: SecurityOptions): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "X-Frame-Options": "DENY",
    ...(options.https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}
