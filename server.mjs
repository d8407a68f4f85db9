// `npm start`: Next.js inside a plain Node HTTP server, for one reason: knowing who is asking.
// Next.js keeps an X-Forwarded-For header sent by the client, so anybody could claim any address
// and dodge the sign-in limits. Here that header is replaced by the socket's address, unless
// TRUST_PROXY=1 says a reverse proxy in front of the app sets it (then its first hop is the client).
import http from "node:http";

// Set before Next.js loads, as `next start` does.
process.env.NODE_ENV = "production";
const { default: next } = await import("next");

const argPort = process.argv.indexOf("-p");
const port = Number(argPort > -1 ? process.argv[argPort + 1] : process.env.PORT) || 3000;
const hostname = process.env.HOST || "0.0.0.0";
const trustProxy = process.env.TRUST_PROXY === "1";

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

http
  .createServer((request, response) => {
    if (!trustProxy || !request.headers["x-forwarded-for"]) {
      request.headers["x-forwarded-for"] = request.socket.remoteAddress ?? "";
    }
    handle(request, response);
  })
  .listen(port, hostname, () => {
    console.log(`[server] listening on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`);
  });
