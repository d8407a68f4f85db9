#!/usr/bin/env node
// npm run lighthouse [-- --runs 3]
//
// Lighthouse 12.2.3 (pinned: 13 wants Node 22), mobile form factor with its default simulated
// throttling, on the pages people open on a phone all day: the leaders' 工作台 (cockpit), 看板, 项目,
// the 会见 list and the meeting form. The built app (npm run build first; done here when .next is
// missing) runs on a throwaway SQLite file with the demo city; each page is audited signed in as the
// account that opens it. Prints, per page, the median performance score over the runs, the
// accessibility score and the page's JavaScript as transferred (gzip), beside the goals (≥ 95,
// 100, < 200 KiB). A measurement, not a test: it fails only if it cannot run.
//
// Env: CHROME_PATH (default /usr/bin/chromium).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { signIn, startApp } from "./app-server.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const runsArg = process.argv.indexOf("--runs");
const runs = runsArg > -1 ? Number(process.argv[runsArg + 1]) : 3;

const pages = [
  { name: "工作台 (cockpit)", username: "shuji", path: "/" },
  { name: "看板", username: "zuzhang", path: "/board" },
  { name: "项目", username: "zuzhang", path: "/leads" },
  { name: "会见", username: "mishu", path: "/meetings" },
  { name: "记录会见", username: "mishu", path: "/meetings/new" },
];

const chromePath = process.env.CHROME_PATH || "/usr/bin/chromium";
if (!fs.existsSync(chromePath)) throw new Error(`no Chromium at ${chromePath} (apt-get install -y chromium, or set CHROME_PATH)`);
if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
  console.log("building the app first (npm run build)…");
  if (spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" }).status !== 0) process.exit(1);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zs-lighthouse-"));
const { base, stop } = await startApp(root, `file:${path.join(dir, "demo.db")}`, { DEMO_DATA: "1" });
process.on("exit", () => {
  stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const lighthouseBin = path.join(root, "node_modules", ".bin", "lighthouse");
const rows = [];
for (const page of pages) {
  const cookie = await signIn(base, page.username);
  const headers = path.join(dir, "headers.json");
  fs.writeFileSync(headers, JSON.stringify({ Cookie: cookie }));
  const performance = [];
  let accessibility = null;
  let scriptKiB = null;
  const failed = new Set();
  for (let i = 0; i < runs; i++) {
    const report = path.join(dir, "report.json");
    const result = spawnSync(
      lighthouseBin,
      [
        base + page.path,
        "--quiet",
        "--output=json",
        `--output-path=${report}`,
        "--only-categories=performance,accessibility",
        `--extra-headers=${headers}`,
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
      ],
      { cwd: root, env: { ...process.env, CHROME_PATH: chromePath }, stdio: ["ignore", "ignore", "inherit"] },
    );
    if (result.status !== 0) throw new Error(`lighthouse failed on ${page.path}`);
    const lhr = JSON.parse(fs.readFileSync(report, "utf8"));
    if (new URL(lhr.finalDisplayedUrl).pathname !== page.path) throw new Error(`${page.path} ended at ${lhr.finalDisplayedUrl}`);
    performance.push(Math.round(lhr.categories.performance.score * 100));
    accessibility = Math.round(lhr.categories.accessibility.score * 100);
    for (const audit of Object.values(lhr.audits)) {
      if (audit.score === 0 && lhr.categories.accessibility.auditRefs.some((ref) => ref.id === audit.id)) failed.add(audit.id);
    }
    const script = lhr.audits["resource-summary"].details.items.find((item) => item.resourceType === "script");
    scriptKiB = script.transferSize / 1024;
  }
  rows.push({
    page: `${page.name} ${page.path}`,
    performance: `${median(performance)} (${performance.join(", ")})`,
    "perf ≥ 95": median(performance) >= 95 ? "yes" : "NO",
    accessibility,
    "a11y 100": accessibility === 100 ? "yes" : `NO: ${[...failed].join(", ")}`,
    "JS KiB": scriptKiB.toFixed(0),
    "JS < 200": scriptKiB < 200 ? "yes" : "NO",
  });
  console.log(`${page.path}: performance ${performance.join(", ")}, accessibility ${accessibility}, JS ${scriptKiB.toFixed(0)} KiB`);
}
console.log(`\nLighthouse 12.2.3, mobile, simulated throttling, median of ${runs} runs (demo city, ${os.cpus().length} cores)`);
console.table(rows);
