// Who is asking: the client's address and browser, as server.mjs leaves them in the headers.
// server.mjs overwrites X-Forwarded-For with the socket address unless TRUST_PROXY=1, so its first
// hop is trustworthy here either way.
export type ClientInfo = { ip: string; userAgent: string | null };

export function clientFromHeaders(headers: Headers): ClientInfo {
  const forwarded = headers.get("x-forwarded-for") ?? "";
  const ip = forwarded.split(",")[0]?.trim().replace(/^::ffff:/, "") || "unknown";
  const userAgent = headers.get("user-agent")?.slice(0, 300) || null;
  return { ip: ip.slice(0, 64), userAgent };
}
