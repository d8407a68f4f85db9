// A short, human description of a browser's User-Agent, for the list of signed-in devices and the
// audit log ("Chrome 131 · Windows", "微信 8 · iPhone"). Pure and deliberately coarse: it helps a
// person tell devices apart, it is not a fingerprint.
export type DeviceSummary = { browser: string | null; os: string | null };

const browsers: [RegExp, string][] = [
  [/MicroMessenger\/([\d]+)/, "微信"],
  [/DingTalk\/([\d]+)/, "钉钉"],
  [/Edg(?:e|A|iOS)?\/([\d]+)/, "Edge"],
  [/(?:OPR|Opera)\/([\d]+)/, "Opera"],
  [/(?:QQBrowser|MQQBrowser)\/([\d]+)/, "QQ浏览器"],
  [/UCBrowser\/([\d]+)/, "UC"],
  [/360SE|360EE/, "360浏览器"],
  [/Firefox\/([\d]+)/, "Firefox"],
  [/(?:Chrome|CriOS|HeadlessChrome|Chromium)\/([\d]+)/, "Chrome"],
  [/Version\/([\d]+)[\d.]* (?:Mobile\/\S+ )?Safari\//, "Safari"],
];

const systems: [RegExp, string][] = [
  [/iPhone/, "iPhone"],
  [/iPad/, "iPad"],
  [/Android/, "Android"],
  [/HarmonyOS|OpenHarmony/, "HarmonyOS"],
  [/Windows/, "Windows"],
  [/Mac OS X|Macintosh/, "macOS"],
  [/CrOS/, "ChromeOS"],
  [/Linux/, "Linux"],
];

export function describeUserAgent(userAgent: string | null | undefined): DeviceSummary {
  if (!userAgent) return { browser: null, os: null };
  let browser: string | null = null;
  for (const [pattern, name] of browsers) {
    const match = pattern.exec(userAgent);
    if (match) {
      browser = match[1] ? `${name} ${match[1]}` : name;
      break;
    }
  }
  const os = systems.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null;
  return { browser, os };
}

/** One line for tables: "Chrome 131 · Windows"; the start of the header when nothing is recognised. */
export function summarizeUserAgent(userAgent: string | null | undefined): string {
  if (!userAgent) return "—";
  const { browser, os } = describeUserAgent(userAgent);
  if (!browser && !os) return userAgent.slice(0, 40);
  return [browser, os].filter(Boolean).join(" · ");
}
