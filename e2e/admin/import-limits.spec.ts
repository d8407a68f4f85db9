// Issue 9: uploads over the limit get 413 with a Chinese message, writes from another site are
// refused, route handlers answer refusals with the same JSON, /api/health tells nothing more than
// ok and dialect, and the import page shows progress lines as they arrive.
import { expect, signInAndWait, test } from "../fixtures";

test("an upload over the limit gets 413 with a Chinese message; the page states the limit", async ({ page }) => {
  await signInAndWait(page, "admin");
  await page.goto("/admin/import");
  await expect(page.getByText(/文件不超过 20 MB/)).toBeVisible();

  const big = Buffer.alloc(21 * 1024 * 1024, 0x41);
  const response = await page.request.post("/api/import", { multipart: { kind: "trips", commit: "0", file: { name: "big.csv", mimeType: "text/csv", buffer: big } } });
  expect(response.status()).toBe(413);
  expect((await response.json()).message).toContain("20 MB");

  // 12 MB: over the 10 MB Next.js keeps of a body by default, under the limit: it is read whole.
  const header = "带队领导,开始日期,结束日期,目的地,事由\n";
  const medium = Buffer.from(header + "x".repeat(12 * 1024 * 1024) + "\n");
  const checked = await page.request.post("/api/import", { multipart: { kind: "trips", commit: "0", file: { name: "medium.csv", mimeType: "text/csv", buffer: medium } } });
  expect(checked.status()).toBe(200);
  expect(await checked.text()).toContain('"outcome"');
});

test("writes from another site are refused; refusals have one JSON shape", async ({ page, baseURL }) => {
  await signInAndWait(page, "admin");
  const file = { name: "t.csv", mimeType: "text/csv", buffer: Buffer.from("带队领导,开始日期,结束日期,目的地\nshuji,2026-01-01,2026-01-02,crafted\n") };
  const crossSite = await page.request.post("/api/import", { multipart: { kind: "trips", commit: "1", file }, headers: { origin: "https://evil.example.com", "sec-fetch-site": "cross-site" } });
  expect(crossSite.status()).toBe(403);
  expect(await crossSite.json()).toEqual({ error: "cross_origin", message: "拒绝来自其他网站的请求" });
  const sameSite = await page.request.post("/api/import", { multipart: { kind: "trips", commit: "0", file }, headers: { origin: baseURL!, "sec-fetch-site": "same-origin" } });
  expect(sameSite.status()).toBe(200);

  await page.context().clearCookies();
  await signInAndWait(page, "zuyuan");
  for (const path of ["/report/xlsx", "/leads/export?format=csv"]) {
    const response = await page.request.get(path);
    if (path.startsWith("/leads")) expect(response.status()).toBe(200);
    else {
      expect(response.status()).toBe(403);
      expect(await response.json()).toEqual({ error: "forbidden" });
    }
  }
});

test("/api/health says only ok and dialect", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(Object.keys(body).sort()).toEqual(["dialect", "ok"]);
  expect(body.ok).toBe(true);
});

test("the import page shows how far the check has come while it runs", async ({ page }) => {
  await signInAndWait(page, "admin");
  await page.goto("/admin/import");
  await page.getByLabel("数据类型").selectOption({ label: "项目" });
  const stamp = Date.now().toString(36);
  const lines = ["外部编号,项目名称,企业名称,工作组,来源,阶段,计划投资(万元)"];
  for (let i = 0; i < 6000; i++) lines.push(`E${stamp}-${i},进度项目${stamp}-${i},进度企业${stamp}有限公司,电子信息产业推进工作组,一把手招商,接触,100`);
  await page.getByLabel("文件", { exact: true }).setInputFiles({ name: "leads.csv", mimeType: "text/csv", buffer: Buffer.from(lines.join("\n")) });
  await page.getByRole("button", { name: "检查" }).click();
  // A figure between 0 and the total: a line that reached the browser before the outcome.
  await expect(page.getByRole("status").filter({ hasText: /正在检查：[1-9]\d* \/ 6000 行/ })).toBeVisible();
  await expect(page.getByText("检查通过，共 6000 行。")).toBeVisible({ timeout: 60_000 });
});
