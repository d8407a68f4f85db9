// A short, readable summary of a User-Agent header for the audit log: "Chrome 131 · Windows".
// Not a full parser: it names the common browsers and systems of a Chinese government office and
// falls back to the first words of the header.

const browsers: [RegExp, string][] = [
  [/MicroMessenger\/([\d]+)/, "微信"],
  [/DingTalk\/([\d]+)/, "钉钉"],
  [/Edg(?:e|A|iOS)?\/([\d]+)/, "Edge"],
  [/QQBrowser\/([\d]+)/, "QQ浏览器"],
  [/360SE|360EE/, "360浏览器"],
  [/OPR\/([\d]+)/, "Opera"],
  [/Firefox\/([\d]+)/, "Firefox"],
  [/HeadlessChrome\/([\d]+)/, "Headless Chrome"],
  [/(?:Chrome|CriOS)\/([\d]+)/, "Chrome"],
  [/Version\/([\d]+)[\d.]* .*Safari\//, "Safari"],
  [/curl\/([\d.]+)/, "curl"],
  [/node|undici/i, "Node.js"],
];

const systems: [RegExp, string][] = [
  [/Windows NT/, "Windows"],
  [/iPhone|iPad|iPod/, "iOS"],
  [/Android/, "Android"],
  [/HarmonyOS|OpenHarmony/, "HarmonyOS"],
  [/Mac OS X|Macintosh/, "macOS"],
  [/CrOS/, "ChromeOS"],
  [/Linux/, "Linux"],
];

export function summarizeUserAgent(userAgent: string | null | undefined): string {
  if (!userAgent) return "—";
  const browser = browsers.find(([pattern]) => pattern.test(userAgent));
  const system = systems.find(([pattern]) => pattern.test(userAgent));
  if (!browser && !system) return userAgent.slice(0, 40);
  const version = browser ? browser[0].exec(userAgent)?.[1] : undefined;
  const name = browser ? `${browser[1]}${version ? ` ${version}` : ""}` : null;
  return [name, system?.[1]].filter(Boolean).join(" · ");
}
