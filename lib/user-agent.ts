// A short, human description of a browser's User-Agent for the list of signed-in devices
// ("Chrome 131 · Windows", "微信 · iPhone"). Pure and deliberately coarse: it helps a user tell
// their devices apart, it is not a fingerprint.
export type DeviceSummary = { browser: string | null; os: string | null };

const browsers: [RegExp, string][] = [
  [/MicroMessenger\/([\d]+)/, "WeChat"],
  [/DingTalk\/([\d]+)/, "DingTalk"],
  [/Edg(?:e|A|iOS)?\/([\d]+)/, "Edge"],
  [/(?:OPR|Opera)\/([\d]+)/, "Opera"],
  [/(?:QQBrowser|MQQBrowser)\/([\d]+)/, "QQ"],
  [/UCBrowser\/([\d]+)/, "UC"],
  [/360SE|360EE/, "360"],
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
