// `npm run demo`: the first Quick start line. Makes sure a session secret exists, builds the app,
// starts it on SQLite (or on DATABASE_URL when set) and prints where to sign in. The server creates
// the database itself on first start and, because this script sets DEMO_DATA=1, writes the demo city
// into it when it is empty (`npm start` never does).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";

const envFile = ".env.local";
const env = fs.existsSync(envFile) ? fs.readFileSync(envFile, "utf8") : "";
if (!process.env.AUTH_SECRET && !/^AUTH_SECRET=.+/m.test(env)) {
  const line = `AUTH_SECRET=${randomBytes(32).toString("base64")}\n`;
  fs.writeFileSync(envFile, env && !env.endsWith("\n") ? `${env}\n${line}` : `${env}${line}`);
  console.log(`[demo] wrote a new AUTH_SECRET to ${envFile}`);
}

const port = process.env.PORT || "3000";
const run = (args) => spawnSync("npx", args, { stdio: "inherit", env: process.env });

if (!process.argv.includes("--no-build")) {
  console.log("[demo] building the app (about a minute)…");
  const build = run(["next", "build"]);
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn("node", ["server.mjs", "-p", port], { stdio: "inherit", env: { ...process.env, DEMO_DATA: "1" } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

const url = `http://localhost:${port}`;
for (let attempt = 0; attempt < 120; attempt++) {
  await new Promise((resolve) => setTimeout(resolve, 1000));
  try {
    const response = await fetch(`${url}/api/health`);
    if (response.ok) {
      const { dialect } = await response.json();
      console.log(`
  招商引资项目管理平台 is running on ${dialect === "postgres" ? "PostgreSQL" : "SQLite"}:  ${url}

  Sign in with any demo account, password  guangan2026
    admin       系统管理员 (admin)
    shuji       市委书记 (leader)         shizhang   市长 (leader)
    mishu       秘书 (secretary)
    zuzhang     电子信息工作组组长 (group_lead)   zuyuan   组员 (member)
    zuzhang2    装备制造工作组组长 (group_lead)   zuyuan2  组员 (member)

  Press Ctrl+C to stop.
`);
      break;
    }
  } catch {
    // not listening yet
  }
}
