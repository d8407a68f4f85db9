import { createHash } from "node:crypto";
import { test as base, expect, type Browser, type BrowserContextOptions, type Cookie, type Page, type Response } from "@playwright/test";
import { demoPassword } from "../db/seed/demo-accounts";
import { cspGuard } from "./csp-guard";

export const everyArea = ["工作台", "待办", "考察", "会见", "客商", "项目", "看板", "督办", "工作组", "产业链", "区域合作"];
export const adminAreas = [...everyArea, "管理"];

/** What each demo account must see in its navigation, exactly. */
export const expectedNavigation: Record<string, string[]> = {
  admin: adminAreas,
  shuji: everyArea,
  shizhang: everyArea,
  mishu: everyArea,
  zuzhang: everyArea,
  zuyuan: everyArea,
  zuzhang2: everyArea,
  zuyuan2: everyArea,
};

/** Waits until React has hydrated the page (components/layout/hydration-mark.tsx), for pages of contexts a test opens itself. */
export async function waitForHydration(page: Page) {
  await page.waitForFunction(() => document.documentElement.hasAttribute("data-hydrated"), null, { timeout: 20_000 });
}

export async function signIn(page: Page, username: string, password = demoPassword) {
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

/**
 * Session cookies of the demo accounts this worker already signed in through the form, per server:
 * the suite signs in once per role and server, and every later test starts from a copy of that
 * session. A copy that no longer works (a test signed out or ended that session) sends the browser
 * to /login, and the person signs in through the form again.
 */
const signedIn = new Map<string, Cookie[]>();

/** Signs a demo account in (once per server through the form, then with a copy of its session) and waits for the start page. */
export async function signInAndWait(page: Page, username: string) {
  const key = `${test.info().project.use.baseURL}|${username}`;
  const cookies = signedIn.get(key);
  if (cookies) {
    await page.context().addCookies(cookies);
    await page.goto("/");
    if (!new URL(page.url()).pathname.startsWith("/login")) {
      await expect(page.getByRole("main")).toBeVisible();
      return;
    }
    signedIn.delete(key);
    await page.context().clearCookies();
  }
  await signIn(page, username);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("main")).toBeVisible();
  signedIn.set(key, await page.context().cookies());
}

/** A second person in the same test: a browser context of their own, signed in as `username`. */
export async function signedInContext(browser: Browser, baseURL: string | undefined, username: string, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ baseURL, ...options });
  const page = await context.newPage();
  await signInAndWait(page, username);
  return { context, page };
}

/** The sign-in form's message (Next.js keeps an empty route announcer with role alert too). */
export function loginMessage(page: Page) {
  return page.getByRole("alert").filter({ hasText: /\S/ });
}

export function mainNavigation(page: Page) {
  return page.getByRole("navigation", { name: "主导航" });
}

/**
 * The client address a test's browser claims (the e2e servers run with TRUST_PROXY=1, so the first
 * X-Forwarded-For hop is the client). Every test, and every further browser context it opens, gets
 * its own address from 198.51.100.0/24, so the sign-in limit per client (20 a minute) does not add
 * up over a suite that signs in through the form in nearly every test. Tests of the limits use
 * fixed addresses from 203.0.113.0/24 (see clientAddress).
 */
export function addressFor(testId: string, contextIndex: number): string {
  const hash = createHash("sha256").update(`${testId}#${contextIndex}`).digest();
  return `198.51.100.${(hash.readUInt16BE(0) % 254) + 1}`;
}

/** A fixed address for tests that check the throttling itself (203.0.113.0/24, TEST-NET-3). */
export const clientAddress = (n: number) => `203.0.113.${n}`;

// Every test fails if the browser reported a Content-Security-Policy violation (e2e/csp-guard.ts).
export const test = base.extend<{ _addressEveryContext: void; cspViolations: string[] }>({
  cspViolations: [cspGuard, { auto: true }],
  // A page opened with goto or reload is ready once React hydrated it (components/layout/hydration-mark.tsx):
  // typing into a field before that races with hydration, as a real user on a slow phone would.
  page: async ({ page }, provide) => {
    const ready = async (response: Response | null) => {
      if (response?.headers()["content-type"]?.includes("text/html")) {
        await page.waitForFunction(() => document.documentElement.hasAttribute("data-hydrated"), null, { timeout: 20_000 });
      }
      return response;
    };
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (url, options) => ready(await goto(url, options));
    page.reload = async (options) => ready(await reload(options));
    await provide(page);
  },
  extraHTTPHeaders: async ({}, provide, testInfo) => {
    await provide({ "x-forwarded-for": addressFor(testInfo.testId, 0) });
  },
  // Contexts a test opens itself (browser.newContext) get an address of their own too, unless the
  // test names one.
  _addressEveryContext: [
    async ({ browser }, provide, testInfo) => {
      const original = browser.newContext;
      let opened = 0;
      const patched: Browser["newContext"] = (options = {}) =>
        original.call(browser, {
          ...options,
          extraHTTPHeaders: { "x-forwarded-for": addressFor(testInfo.testId, ++opened), ...options.extraHTTPHeaders },
        });
      browser.newContext = patched;
      await provide();
      browser.newContext = original;
    },
    { auto: true },
  ],
});
export { expect };
