// Crafted requests: a server-action call the browser made, recorded and sent again from another
// session (or from none), as someone who copied it out of the developer tools would. The specs then
// check that nothing changed: the replies of a refused call are not all alike (redirect, error text).
import type { APIRequest, APIRequestContext, Page, Request } from "@playwright/test";

/** A server-action call: a POST that names the action in its Next-Action header. */
export const isServerAction = (request: Request) => request.method() === "POST" && Boolean(request.headers()["next-action"]);

/** Does `act` (the click that submits) and returns the server-action call the page made for it. */
export async function recordServerAction(page: Page, act: () => Promise<unknown>): Promise<Request> {
  const [call] = await Promise.all([page.waitForRequest(isServerAction), act()]);
  return call;
}

/**
 * Sends a recorded call again through `request` (another person's session, or none): the same
 * action, page and content type, with the recorded body unless given another.
 */
export function replayServerAction(request: APIRequestContext, call: Request, body = call.postData() ?? "") {
  return request.post(call.url(), {
    headers: {
      "next-action": call.headers()["next-action"],
      "content-type": call.headers()["content-type"] ?? "text/plain;charset=UTF-8",
      accept: "text/x-component",
    },
    data: body,
    maxRedirects: 0,
  });
}

/** Sends recorded calls again from a request context with no session at all. */
export async function replayWithoutSession(requests: APIRequest, ...calls: Request[]) {
  const anonymous = await requests.newContext();
  for (const call of calls) await replayServerAction(anonymous, call);
  await anonymous.dispose();
}
