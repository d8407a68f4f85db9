import { describe, expect, it } from "vitest";
import { describeUserAgent, summarizeUserAgent } from "@/lib/user-agent";

describe("describeUserAgent", () => {
  it("names the browser with its major version and the system", () => {
    expect(
      describeUserAgent("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"),
    ).toEqual({ browser: "Chrome 131", os: "Windows" });
    expect(
      describeUserAgent("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0"),
    ).toEqual({ browser: "Edge 131", os: "Windows" });
    expect(
      describeUserAgent("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.49(0x18003137) NetType/WIFI Language/zh_CN"),
    ).toEqual({ browser: "微信 8", os: "iPhone" });
    expect(
      describeUserAgent("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15"),
    ).toEqual({ browser: "Safari 17", os: "macOS" });
  });

  it("says nothing rather than guessing", () => {
    expect(describeUserAgent(null)).toEqual({ browser: null, os: null });
    expect(describeUserAgent("curl/8.5.0")).toEqual({ browser: null, os: null });
  });
});


describe("summarizeUserAgent", () => {
  it("names browser, major version and system", () => {
    expect(
      summarizeUserAgent("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.85 Safari/537.36"),
    ).toBe("Chrome 131 · Windows");
    expect(
      summarizeUserAgent("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86"),
    ).toBe("Edge 131 · Windows");
    expect(
      summarizeUserAgent("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.50"),
    ).toBe("微信 8 · iPhone");
    expect(summarizeUserAgent("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15")).toBe(
      "Safari 17 · macOS",
    );
  });

  it("shows a dash without a header and the start of an unknown one", () => {
    expect(summarizeUserAgent(null)).toBe("—");
    expect(summarizeUserAgent("SomeScanner")).toBe("SomeScanner");
  });
});
