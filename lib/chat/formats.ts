// Each group-chat robot's own request, built from the outbox's robot-neutral markdown ("###"
// headings, **bold**, "- " lists, [text](url) links), and how each robot says it accepted a message.
//   企业微信 group robot: POST {"msgtype":"markdown","markdown":{"content"}}; answers {"errcode":0}.
//   钉钉 custom robot: POST {"msgtype":"markdown","markdown":{"title","text"}}; with a signing secret,
//     `timestamp` (ms) and `sign` = urlencode(base64(HmacSHA256(key secret, timestamp+"\n"+secret)))
//     in the query; answers {"errcode":0}.
//   飞书 custom bot: POST {"msg_type":"interactive","card":{header, elements:[lark_md div]}}; with a
//     signing secret, `timestamp` (s) and `sign` = base64(HmacSHA256(key timestamp+"\n"+secret, ""))
//     in the body; answers {"code":0}.
// Pure: no clock of its own (the moment is given) and no network.
import { createHmac } from "node:crypto";
import type { ChatChannelKind } from "@/lib/domain/enums";

export type ChatRequest = { url: string; headers: Record<string, string>; body: string };

export type ChatMessageText = { title: string; body: string };

/** 企业微信 refuses markdown content over 4096 bytes. */
const wecomMaxBytes = 4096;
/** 钉钉 and 飞书 take more, but a chat message longer than this is not read anyway. */
const otherMaxChars = 5000;

function cutToBytes(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, "utf8") <= maxBytes) return text;
  const ellipsis = "\n…";
  let out = text;
  while (Buffer.byteLength(out + ellipsis, "utf8") > maxBytes) out = out.slice(0, Math.floor(out.length * 0.9));
  return out + ellipsis;
}

const cutToChars = (text: string, max: number) => ([...text].length <= max ? text : `${[...text].slice(0, max - 2).join("")}\n…`);

/** The message as 企业微信 markdown: its own syntax is the neutral one. */
export function wecomMarkdown({ title, body }: ChatMessageText): string {
  return cutToBytes(`### ${title}\n${body}`, wecomMaxBytes);
}

/** 钉钉 markdown starts a new line only after an empty one: each line becomes a paragraph. */
export function dingtalkMarkdown({ title, body }: ChatMessageText): string {
  const lines = `### ${title}\n${body}`.split("\n").filter((line) => line.trim() !== "");
  return cutToChars(lines.join("\n\n"), otherMaxChars);
}

/** 飞书 lark_md has no headings: a heading becomes a bold line (the title goes into the card's header). */
export function feishuLarkMarkdown({ body }: ChatMessageText): string {
  return cutToChars(
    body
      .split("\n")
      .map((line) => line.replace(/^#{1,6}\s+(.*)$/, "**$1**"))
      .join("\n"),
    otherMaxChars,
  );
}

/** 钉钉's signature of a request at `timestampMs`, before URL encoding. */
export function dingtalkSignature(secret: string, timestampMs: number): string {
  return createHmac("sha256", secret).update(`${timestampMs}\n${secret}`, "utf8").digest("base64");
}

/** 飞书's signature of a request at `timestampSeconds`: the string to sign is the key, the message empty. */
export function feishuSignature(secret: string, timestampSeconds: number): string {
  return createHmac("sha256", `${timestampSeconds}\n${secret}`).update("", "utf8").digest("base64");
}

const json = { "content-type": "application/json; charset=utf-8" };

/** The HTTP request that posts this message through a channel of this kind at this moment. */
export function buildChatRequest(
  channel: { kind: ChatChannelKind; webhookUrl: string; secret: string | null },
  message: ChatMessageText,
  now: Date,
): ChatRequest {
  switch (channel.kind) {
    case "wecom":
      return { url: channel.webhookUrl, headers: json, body: JSON.stringify({ msgtype: "markdown", markdown: { content: wecomMarkdown(message) } }) };
    case "dingtalk": {
      const url = new URL(channel.webhookUrl);
      if (channel.secret) {
        const timestamp = now.getTime();
        url.searchParams.set("timestamp", String(timestamp));
        url.searchParams.set("sign", dingtalkSignature(channel.secret, timestamp));
      }
      return {
        url: url.toString(),
        headers: json,
        body: JSON.stringify({ msgtype: "markdown", markdown: { title: message.title, text: dingtalkMarkdown(message) } }),
      };
    }
    case "feishu": {
      const timestamp = Math.floor(now.getTime() / 1000);
      const signature = channel.secret ? { timestamp: String(timestamp), sign: feishuSignature(channel.secret, timestamp) } : {};
      return {
        url: channel.webhookUrl,
        headers: json,
        body: JSON.stringify({
          ...signature,
          msg_type: "interactive",
          card: {
            config: { wide_screen_mode: true },
            header: { title: { tag: "plain_text", content: message.title } },
            elements: [{ tag: "div", text: { tag: "lark_md", content: feishuLarkMarkdown(message) } }],
          },
        }),
      };
    }
  }
}

/**
 * Whether the robot took the message: a 2xx answer whose JSON says so (each robot answers HTTP 200 to
 * a refused message and puts the refusal in errcode / code). Returns the robot's error otherwise.
 */
export function readChatResponse(kind: ChatChannelKind, httpStatus: number, text: string): { ok: true } | { ok: false; error: string } {
  if (httpStatus < 200 || httpStatus >= 300) return { ok: false, error: `HTTP ${httpStatus}: ${text.slice(0, 300)}` };
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { ok: false, error: `not JSON: ${text.slice(0, 300)}` };
  }
  const code = kind === "feishu" ? (parsed.code ?? parsed.StatusCode) : parsed.errcode;
  if (code === 0) return { ok: true };
  const message = kind === "feishu" ? (parsed.msg ?? parsed.StatusMessage) : parsed.errmsg;
  return { ok: false, error: `${kind === "feishu" ? "code" : "errcode"} ${String(code)}: ${String(message ?? "").slice(0, 300)}` };
}
