// Whether a request that changes something comes from this site's own pages. Browsers send
// Sec-Fetch-Site and Origin on every cross-site POST; a page elsewhere cannot forge either. A
// request with neither is not from a browser page (curl, scripts): it still needs a session.
// The site is AUTH_URL's origin, or the Host the request was sent to (X-Forwarded-Host when
// TRUST_PROXY=1 says a reverse proxy in front sets it).
export function allowedHosts(headers: Headers, env: Record<string, string | undefined> = process.env): Set<string> {
  const hosts = new Set<string>();
  if (env.AUTH_URL) {
    try {
      hosts.add(new URL(env.AUTH_URL).host.toLowerCase());
    } catch {
      // an unusable AUTH_URL adds nothing
    }
  }
  const host = headers.get("host");
  if (host) hosts.add(host.toLowerCase());
  const forwarded = env.TRUST_PROXY === "1" ? headers.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  if (forwarded) hosts.add(forwarded.toLowerCase());
  return hosts;
}

export function isSameOrigin(headers: Headers, env: Record<string, string | undefined> = process.env): boolean {
  const site = headers.get("sec-fetch-site")?.toLowerCase();
  // "none": typed or bookmarked by the user themselves; anything else but same-origin is another site.
  if (site && site !== "same-origin" && site !== "none") return false;
  const origin = headers.get("origin");
  if (origin === null) return true;
  if (origin === "null") return false; // sandboxed frames, data: URLs, some redirects
  let host: string;
  try {
    host = new URL(origin).host.toLowerCase();
  } catch {
    return false;
  }
  return allowedHosts(headers, env).has(host);
}
