// Each robot's request as its documentation gives it, and the signatures against vectors computed
// apart (Python's hmac, as in the robots' own examples).
import { describe, expect, it } from "vitest";
import {
  buildChatRequest,
  dingtalkMarkdown,
  dingtalkSignature,
  feishuLarkMarkdown,
  feishuSignature,
  readChatResponse,
  wecomMarkdown,
} from "@/lib/chat/formats";

const message = { title: "电子信息产业推进工作组 · 每日摘要（12月4日）", body: "**逾期待办 1 项**\n**王磊**：逾期 1 项\n- 回访京东方（逾期 2 天 · 京东方项目）" };
const now = new Date(1764720000000);
const secret = "SEC0123456789abcdef";

describe("robot signatures", () => {
  it("钉钉: base64 HmacSHA256 of timestamp\\nsecret keyed by the secret, URL-encoded in the query", () => {
    expect(dingtalkSignature(secret, 1764720000000)).toBe("Mjfk7pLzzWis8oRD2Ys4oA9QhEQzLwiIYzi/rE5HZ8E=");
    const request = buildChatRequest({ kind: "dingtalk", webhookUrl: "https://oapi.dingtalk.com/robot/send?access_token=abc", secret }, message, now);
    expect(request.url).toBe("https://oapi.dingtalk.com/robot/send?access_token=abc&timestamp=1764720000000&sign=Mjfk7pLzzWis8oRD2Ys4oA9QhEQzLwiIYzi%2FrE5HZ8E%3D");
  });

  it("飞书: base64 HmacSHA256 keyed by timestamp\\nsecret of nothing, in the body with the timestamp in seconds", () => {
    expect(feishuSignature(secret, 1764720000)).toBe("/zvlRRTR+y6ZoaO2oYw/w5HXq4mU/TlvunviUEub7qw=");
    const body = JSON.parse(buildChatRequest({ kind: "feishu", webhookUrl: "https://open.feishu.cn/open-apis/bot/v2/hook/x", secret }, message, now).body);
    expect(body.timestamp).toBe("1764720000");
    expect(body.sign).toBe("/zvlRRTR+y6ZoaO2oYw/w5HXq4mU/TlvunviUEub7qw=");
  });

  it("no secret, no signature", () => {
    const request = buildChatRequest({ kind: "dingtalk", webhookUrl: "https://oapi.dingtalk.com/robot/send?access_token=abc", secret: null }, message, now);
    expect(request.url).toBe("https://oapi.dingtalk.com/robot/send?access_token=abc");
    const body = JSON.parse(buildChatRequest({ kind: "feishu", webhookUrl: "https://open.feishu.cn/x", secret: null }, message, now).body);
    expect(body).not.toHaveProperty("sign");
  });
});

describe("robot message bodies", () => {
  it("企业微信: markdown msgtype with the content, heading first", () => {
    const request = buildChatRequest({ kind: "wecom", webhookUrl: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k", secret: null }, message, now);
    expect(request.headers["content-type"]).toMatch(/^application\/json/);
    expect(JSON.parse(request.body)).toEqual({ msgtype: "markdown", markdown: { content: `### ${message.title}\n${message.body}` } });
  });

  it("企业微信: content cut to 4096 bytes", () => {
    const long = wecomMarkdown({ title: "t", body: "逾期".repeat(3000) });
    expect(Buffer.byteLength(long, "utf8")).toBeLessThanOrEqual(4096);
    expect(long.endsWith("…")).toBe(true);
  });

  it("钉钉: markdown msgtype with title and text, one paragraph per line", () => {
    const body = JSON.parse(buildChatRequest({ kind: "dingtalk", webhookUrl: "https://oapi.dingtalk.com/robot/send", secret: null }, message, now).body);
    expect(body.msgtype).toBe("markdown");
    expect(body.markdown.title).toBe(message.title);
    expect(body.markdown.text).toBe(dingtalkMarkdown(message));
    expect(body.markdown.text).toContain("**王磊**：逾期 1 项\n\n- 回访京东方");
  });

  it("飞书: an interactive card, the title in the header, lark_md without headings", () => {
    const body = JSON.parse(buildChatRequest({ kind: "feishu", webhookUrl: "https://open.feishu.cn/x", secret: null }, { title: "T", body: "### 小节\n- 一" }, now).body);
    expect(body.msg_type).toBe("interactive");
    expect(body.card.header.title).toEqual({ tag: "plain_text", content: "T" });
    expect(body.card.elements[0]).toEqual({ tag: "div", text: { tag: "lark_md", content: "**小节**\n- 一" } });
    expect(feishuLarkMarkdown({ title: "T", body: "#### x" })).toBe("**x**");
  });
});

describe("robot answers", () => {
  it("HTTP 200 is not enough: the error code decides", () => {
    expect(readChatResponse("wecom", 200, '{"errcode":0,"errmsg":"ok"}')).toEqual({ ok: true });
    expect(readChatResponse("wecom", 200, '{"errcode":93000,"errmsg":"invalid webhook url"}')).toEqual({ ok: false, error: "errcode 93000: invalid webhook url" });
    expect(readChatResponse("dingtalk", 200, '{"errcode":310000,"errmsg":"sign not match"}').ok).toBe(false);
    expect(readChatResponse("feishu", 200, '{"code":0,"msg":"success"}')).toEqual({ ok: true });
    expect(readChatResponse("feishu", 200, '{"code":19021,"msg":"sign match fail"}').ok).toBe(false);
    expect(readChatResponse("feishu", 500, "oops")).toEqual({ ok: false, error: "HTTP 500: oops" });
    expect(readChatResponse("wecom", 200, "<html>").ok).toBe(false);
  });
});
