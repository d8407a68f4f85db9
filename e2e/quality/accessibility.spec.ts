// axe-core on every page each role opens, on a 1440×900 desktop and a 390×844 phone: no violation of
// any impact, nothing wider than the phone, and under 200 KiB of JavaScript (gzip) to load the page.
// Markup does not depend on the database, so each tour runs once, on one of the two servers: the
// leader's (the longest) on PostgreSQL, the others on SQLite, which keeps the two runs even.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { gzipSync } from "node:zlib";
import { expect, signInAndWait, test } from "../fixtures";

/**
 * axe's default rules and its experimental ones that Lighthouse also audits or that a real user
 * meets (a visible label the accessible name must contain; a table cell without a header).
 */
const experimentalRules = ["label-content-name-mismatch", "p-as-heading", "table-fake-caption", "td-has-header", "target-size", "focus-order-semantics"];

const viewports = {
  desktop: { width: 1440, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

/** The first record link of a list page, e.g. "/trips/12" from /trips. */
async function firstRecord(page: Page, list: string, pattern: RegExp): Promise<string> {
  await page.goto(list);
  const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const href = hrefs.find((h) => pattern.test(h.split("?")[0]));
  if (!href) throw new Error(`no record link on ${list}`);
  return href;
}

const firstLoadBudgetKiB = 200;

/**
 * The JavaScript a page's HTML asks for before anyone touches it, gzip-compressed as a server
 * sends it: every `<script src>` in the document as served. Chunks a page imports later (the
 * cockpit's charts, a form's checks on first focus) are not first load.
 */
async function firstLoadKiB(page: Page, gzipped: Map<string, number>): Promise<number> {
  const html = await (await page.request.get(page.url())).text();
  const sources = [...html.matchAll(/<script\b[^>]*>/g)]
    .map(([tag]) => tag)
    .filter((tag) => !/\snomodule/i.test(tag)) // the polyfills only a browser without modules fetches
    .flatMap((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1] ?? [])
    .map((src) => new URL(src.replaceAll("&amp;", "&"), page.url()).href);
  let bytes = 0;
  for (const src of new Set(sources)) {
    if (!gzipped.has(src)) gzipped.set(src, gzipSync(await (await page.request.get(src)).body()).length);
    bytes += gzipped.get(src)!;
  }
  return bytes / 1024;
}

/** Pages per demo account: every area the role opens, a record of each kind, and the forms; "en /" is "/" in English. */
const tours: Record<string, (page: Page) => Promise<string[]>> = {
  shuji: async (page) => [
    "/",
    "en /",
    "en /board",
    "/board",
    "/leads",
    "/supervision",
    "/groups",
    "/report",
    await firstRecord(page, "/leads", /^\/leads\/\d+$/),
  ],
  mishu: async (page) => {
    const trip = await firstRecord(page, "/trips", /^\/trips\/\d+$/);
    const meeting = await firstRecord(page, "/meetings", /^\/meetings\/\d+$/);
    return ["/", "en /", "/tasks?all=1", "/trips", trip, `${trip}/edit`, `${trip}/report`, "/trips/new", "/meetings", meeting, "/meetings/new", "/companies", await firstRecord(page, "/companies", /^\/companies\/\d+$/), "/companies/new", "/account", "/notifications"];
  },
  zuzhang: async (page) => {
    const chain = await firstRecord(page, "/chains", /^\/chains\/\d+$/);
    const partner = await firstRecord(page, "/partners", /^\/partners\/\d+$/);
    return ["/", "/notifications", "en /notifications", "/notifications?filter=unread", "/tasks", "/tasks?all=1&status=done", "/leads", "/board", "/supervision", await firstRecord(page, "/groups", /^\/groups\/\d+\/figures/), "/chains", chain, `${chain}/edit`, "/partners", partner];
  },
  admin: async (page) => [
    "/admin",
    await firstRecord(page, "/admin", /^\/admin\/users\/\d+$/),
    await firstRecord(page, "/groups", /^\/admin\/groups\/\d+$/),
    "/admin/users/new",
    "/admin/import",
    "/admin/targets",
    "/admin/office",
    "/admin/audit",
    "/admin/channels",
    "/admin/channels/new",
  ],
};

// The tours only read, each as its own account: they may run side by side.
test.describe.configure({ mode: "parallel" });

for (const [username, tour] of Object.entries(tours)) {
  test(`${username}: every page passes axe on a desktop and a phone, fits the phone and loads under 200 KiB of JavaScript`, async ({ page }, info) => {
    const withPostgres = info.config.projects.some((project) => project.name === "postgres");
    test.skip(info.project.name !== (username === "shuji" && withPostgres ? "postgres" : "sqlite"), "markup is the same on both databases");
    test.setTimeout(300_000);
    await signInAndWait(page, username);
    const paths = await tour(page);
    const problems: string[] = [];
    const gzipped = new Map<string, number>();
    for (const [name, size] of Object.entries(viewports)) {
      await page.setViewportSize(size);
      for (const entry of paths) {
        const [path, locale] = entry.startsWith("en ") ? [entry.slice(3), "en"] : [entry, "zh-CN"];
        await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: page.url() }]);
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        const { violations } = await new AxeBuilder({ page })
          .options({ rules: Object.fromEntries(experimentalRules.map((id) => [id, { enabled: true }])) })
          .analyze();
        for (const v of violations) {
          problems.push(`${name} ${entry}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
        }
        if (name === "desktop") {
          const kib = await firstLoadKiB(page, gzipped);
          if (kib >= firstLoadBudgetKiB) problems.push(`${entry}: ${kib.toFixed(0)} KiB of JavaScript on first load`);
        }
        if (name === "phone") {
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          if (width > size.width) problems.push(`phone ${entry}: ${width} px wide`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
}
