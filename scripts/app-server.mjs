// What the scripts that measure the built app share (npm run bench, npm run lighthouse): a free
// port, the built app started on a database, and a demo account signed in through the app's own
// sign-in route.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import net from "node:net";

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function waitForServer(url, seconds = 90) {
  for (let i = 0; i < seconds * 4; i++) {
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the app did not answer at ${url}`);
}

/** Starts the built app (server.mjs) on `databaseUrl`; resolves to its base URL and a stop function. */
export async function startApp(root, databaseUrl, env = {}) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ["server.mjs", "-p", String(port)], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: crypto.randomBytes(32).toString("hex"),
      AUTH_URL: base,
      AUTH_TRUST_HOST: "true",
      HOST: "127.0.0.1",
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const stop = () => server.kill();
  await waitForServer(`${base}/login`, 180);
  return { base, stop };
}

/** Signs a demo account in through the app's own sign-in route; returns its cookie header. */
export async function signIn(base, username, password = "guangan2026") {
  const post = () => {
    const form = new FormData();
    form.set("username", username);
    form.set("password", password);
    return fetch(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      body: form,
      headers: { accept: "application/json", origin: base },
      redirect: "manual",
    });
  };
  // A kept-alive connection the server closed while a long measurement ran fails once (EPIPE).
  const response = await post().catch(post);
  if (!response.ok) throw new Error(`${username} could not sign in (${response.status})`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}
