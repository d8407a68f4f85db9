// A local stand-in for the group-chat robots (企业微信, 钉钉, 飞书), for the integration and browser
// tests: a plain HTTP server that checks each request as the robot would (JSON content type, the
// message's shape, the 钉钉/飞书 signature with the channel's secret), records what it accepted and
// answers like the robot. Told to, it fails the next N requests (HTTP 500, or HTTP 200 with an
// error code, as the robots do). A webhook address is `${receiver.url}/<kind>/<any name>`.
import { createHmac } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export type RobotKind = "wecom" | "dingtalk" | "feishu";

export type ReceivedMessage = {
  kind: RobotKind;
  path: string;
  /** The markdown text the group would read (企业微信 content, 钉钉 text, 飞书 lark_md). */
  text: string;
  /** The title (钉钉 markdown title, 飞书 card header); 企业微信 has none of its own. */
  title: string | null;
  signed: boolean;
  receivedAt: Date;
};

export type Rejection = { path: string; reason: string };

type Failure = "http500" | "errcode";

export type ChatReceiver = {
  url: string;
  received: ReceivedMessage[];
  rejected: Rejection[];
  /** The secret the robot at this path checks signatures with (钉钉, 飞书). */
  setSecret: (path: string, secret: string) => void;
  /** The next `count` requests (to any path) fail this way. */
  failNext: (count: number, how?: Failure) => void;
  /** Messages received at a path. */
  at: (path: string) => ReceivedMessage[];
  close: () => Promise<void>;
};

const hmacBase64 = (key: string, message: string) => createHmac("sha256", key).update(message, "utf8").digest("base64");

function check(kind: RobotKind, url: URL, body: Record<string, unknown>, secret: string | undefined): { ok: true; text: string; title: string | null; signed: boolean } | { ok: false; reason: string } {
  const object = (value: unknown) => (value && typeof value === "object" ? (value as Record<string, unknown>) : null);
  if (kind === "wecom") {
    const markdown = object(body.markdown);
    if (body.msgtype !== "markdown" || typeof markdown?.content !== "string" || !markdown.content) return { ok: false, reason: "wecom: msgtype markdown with markdown.content expected" };
    if (Buffer.byteLength(markdown.content, "utf8") > 4096) return { ok: false, reason: "wecom: content over 4096 bytes" };
    return { ok: true, text: markdown.content, title: null, signed: false };
  }
  if (kind === "dingtalk") {
    const markdown = object(body.markdown);
    if (body.msgtype !== "markdown" || typeof markdown?.title !== "string" || typeof markdown.text !== "string") return { ok: false, reason: "dingtalk: msgtype markdown with markdown.title and markdown.text expected" };
    if (secret) {
      const timestamp = url.searchParams.get("timestamp");
      const sign = url.searchParams.get("sign");
      if (!timestamp || !sign || !/^\d{13}$/.test(timestamp)) return { ok: false, reason: "dingtalk: timestamp (ms) and sign expected" };
      if (sign !== hmacBase64(secret, `${timestamp}\n${secret}`)) return { ok: false, reason: "dingtalk: sign does not match" };
    }
    return { ok: true, text: markdown.text, title: markdown.title, signed: Boolean(secret) };
  }
  const card = object(body.card);
  const header = object(object(card?.header)?.title);
  const elements = Array.isArray(card?.elements) ? (card.elements as unknown[]) : [];
  const text = object(object(elements[0])?.text);
  if (body.msg_type !== "interactive" || !card || text?.tag !== "lark_md" || typeof text.content !== "string") return { ok: false, reason: "feishu: interactive card with a lark_md div expected" };
  if (secret) {
    const { timestamp, sign } = body;
    if (typeof timestamp !== "string" || !/^\d{10}$/.test(timestamp) || typeof sign !== "string") return { ok: false, reason: "feishu: timestamp (s) and sign expected" };
    if (sign !== hmacBase64(`${timestamp}\n${secret}`, "")) return { ok: false, reason: "feishu: sign does not match" };
  }
  return { ok: true, text: text.content, title: typeof header?.content === "string" ? header.content : null, signed: Boolean(secret) };
}

function answer(kind: RobotKind, ok: boolean, message = "ok") {
  if (kind === "feishu") return ok ? { code: 0, msg: "success", data: {} } : { code: 19021, msg: message, data: {} };
  return ok ? { errcode: 0, errmsg: "ok" } : { errcode: 310000, errmsg: message };
}

export async function startChatReceiver(): Promise<ChatReceiver> {
  const received: ReceivedMessage[] = [];
  const rejected: Rejection[] = [];
  const secrets = new Map<string, string>();
  const failures: Failure[] = [];

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const url = new URL(request.url ?? "/", "http://receiver");
      const kind = url.pathname.split("/")[1] as RobotKind;
      const reply = (status: number, body: unknown) => {
        response.writeHead(status, { "content-type": "application/json" });
        response.end(JSON.stringify(body));
      };
      if (request.method !== "POST" || !["wecom", "dingtalk", "feishu"].includes(kind)) return reply(404, { error: "no such robot" });
      const failure = failures.shift();
      if (failure === "http500") return reply(500, { error: "receiver told to fail" });
      if (failure === "errcode") return reply(200, answer(kind, false, "receiver told to fail"));
      const reject = (reason: string) => {
        rejected.push({ path: url.pathname, reason });
        reply(200, answer(kind, false, reason));
      };
      if (!/^application\/json\b/i.test(request.headers["content-type"] ?? "")) return reject("content-type application/json expected");
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
      } catch {
        return reject("body is not JSON");
      }
      const verdict = check(kind, url, body, secrets.get(url.pathname));
      if (!verdict.ok) return reject(verdict.reason);
      received.push({ kind, path: url.pathname, text: verdict.text, title: verdict.title, signed: verdict.signed, receivedAt: new Date() });
      reply(200, answer(kind, true));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    rejected,
    setSecret: (path, secret) => secrets.set(path, secret),
    failNext: (count, how = "http500") => failures.push(...Array.from({ length: count }, () => how)),
    at: (path) => received.filter((m) => m.path === path),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
