// Issue 9: security headers on pages, API routes and static files; the access audit an admin reads.
// (The CSP-violation check itself runs in every test: see e2e/csp-guard.ts.)
import fs from "node:fs";
import ExcelJS from "exceljs";
import type { APIResponse } from "@playwright/test";
import { expect, signInAndWait, test } from "../fixtures";

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  const csp = headers["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
  expect(csp).not.toContain("unsafe-eval");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toMatch(/camera=\(\)/);
  expect(headers["permissions-policy"]).toMatch(/microphone=\(\)/);
  expect(headers["permissions-policy"]).toMatch(/geolocation=\(\)/);
  // The test servers run on http://localhost: no HSTS there (it is sent when AUTH_URL is https).
  expect(headers["strict-transport-security"]).toBeUndefined();
  return csp;
}

test.describe("security headers", () => {
  test("a page, an API route and a static file all carry them, with a fresh script nonce per page", async ({ request }) => {
    const page = await request.get("/login");
    expect(page.status()).toBe(200);
    const csp = expectSecurityHeaders(page);
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    const html = await page.text();
    // Next.js stamps its scripts with the nonce of the header; no script goes without it.
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

    const again = await request.get("/login");
    expect(/'nonce-([^']+)'/.exec(again.headers()["content-security-policy"])![1]).not.toBe(nonce);

    const api = await request.get("/api/health");
    expect(api.status()).toBe(200);
    expectSecurityHeaders(api);

    const asset = /\/_next\/static\/[^"']+\.js/.exec(html)![0];
    const file = await request.get(asset);
    expect(file.status()).toBe(200);
    expectSecurityHeaders(file);
  });

  test("the cockpit's chart is a picture drawn on the server, under the policy, for the cockpit's readers only", async ({ page, browser, baseURL }) => {
    const scripts: string[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") scripts.push(response.url());
    });
    await signInAndWait(page, "shizhang");
    const chart = page.getByRole("img", { name: "各月引进项目数与投资额走势图" });
    await chart.scrollIntoViewIfNeeded();
    // Loaded and drawn: the version for a 1440 px screen (lib/charts/trend-svg.ts), not the phone's.
    await expect.poll(() => chart.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0))).toBe(1000);
    const svg = await page.request.get(await chart.evaluate((img: HTMLImageElement) => img.currentSrc));
    expect(svg.headers()["content-type"]).toContain("image/svg+xml");
    const drawing = await svg.text();
    for (const name of ["引进项目", "签约投资", "亿元"]) expect(drawing).toContain(name);
    // No chart library goes to the browser.
    const bodies = await Promise.all(scripts.map(async (url) => (await page.request.get(url)).text()));
    expect(bodies.some((body) => body.includes("_echarts_instance_"))).toBe(false);
    expect((await page.request.get("/cockpit/trend.svg?w=1")).status()).toBe(400);

    // A member does not read the cockpit, nor its picture.
    const other = await browser.newContext({ baseURL });
    const member = await other.newPage();
    await signInAndWait(member, "zuyuan");
    expect((await member.request.get("/cockpit/trend.svg?w=360")).status()).toBe(403);
    await other.close();
    // A violation anywhere would fail this test through the cspViolations fixture.
  });
});

test.describe("access audit", () => {
  test("an admin finds a member's refused visit to 管理 by user and action, and exports it", async ({ page, browser, baseURL }) => {
    // The member opens the admin area and is refused.
    const other = await browser.newContext({ baseURL });
    const member = await other.newPage();
    await signInAndWait(member, "zuyuan");
    const refused = await member.goto("/admin");
    expect(refused?.status()).toBe(403);
    await other.close();

    await signInAndWait(page, "admin");
    await page.goto("/admin");
    await page.getByRole("link", { name: "审计日志" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "审计日志" })).toBeVisible();
    await page.getByRole("combobox", { name: "用户", exact: true }).fill("zuyuan");
    await page.getByRole("combobox", { name: "操作", exact: true }).selectOption({ label: "越权访问被拒绝" });
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    await page.getByLabel("起始日期").fill(today);
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page).toHaveURL(/who=zuyuan/);
    await expect(page).toHaveURL(/action=access\.forbidden/);

    const rows = page.getByRole("table", { name: "审计日志" }).locator("tbody tr");
    await expect(rows.first()).toBeVisible();
    const count = await rows.count();
    for (let i = 0; i < count; i++) {
      await expect(rows.nth(i)).toContainText("越权访问被拒绝");
      await expect(rows.nth(i)).toContainText("zuyuan");
    }
    await expect(rows.first()).toContainText("页面");
    await expect(rows.first()).toContainText("path: /admin");
    await expect(rows.first()).toContainText(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);
    await expect(rows.first()).toContainText(/Chrome/);

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "导出 xlsx" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^审计日志-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync((await file.path())!) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(["时间", "用户", "操作", "IP 地址", "浏览器", "详情"]));
    // The same rows as the page's filter, no others.
    expect(sheet.rowCount - 1).toBe(Number((await page.getByText(/^共 \d+ 条/).textContent())!.match(/\d+/)![0]));
    for (let r = 2; r <= sheet.rowCount; r++) {
      const values = sheet.getRow(r).values as unknown[];
      expect(values).toContain("越权访问被拒绝");
      expect(values).toContain("access.forbidden");
      expect(String(values[2])).toContain("zuyuan");
    }
  });
});
