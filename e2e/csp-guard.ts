// An automatic fixture (used by e2e/fixtures.ts): a test fails when the browser refused anything
// under the Content-Security-Policy, in any page of the test, also in contexts the test opens itself
// with browser.newContext(). It listens to `securitypolicyviolation` events (reported to the console
// by an init script) and to Chromium's own "Refused to … Content Security Policy" console errors.
import type { Browser, BrowserContext } from "@playwright/test";

const marker = "[csp-violation]";

function reportViolations() {
  document.addEventListener("securitypolicyviolation", (event) => {
    console.error(`[csp-violation] ${event.violatedDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`);
  });
}

export async function watchContext(context: BrowserContext, violations: string[]) {
  await context.addInitScript(reportViolations);
  context.on("console", (message) => {
    const text = message.text();
    if (text.includes(marker) || (message.type() === "error" && /Content Security Policy/i.test(text))) {
      violations.push(`${message.page()?.url() ?? "?"}: ${text}`);
    }
  });
}

/**
 * The body of the `cspViolations` auto fixture (e2e/fixtures.ts): watches the test's context and any
 * context it opens, and fails the test after it ran if a violation was seen.
 */
export async function cspGuard(
  { context, browser }: { context: BrowserContext; browser: Browser },
  run: (violations: string[]) => Promise<void>,
) {
  const violations: string[] = [];
  await watchContext(context, violations);
  const original = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const created = await original(options);
    await watchContext(created, violations);
    return created;
  };
  try {
    await run(violations);
  } finally {
    browser.newContext = original;
  }
  if (violations.length) throw new Error(`Content-Security-Policy violations:\n${[...new Set(violations)].join("\n")}`);
}
