import { expect, signInAndWait, test } from "../fixtures";

test("the admin imports trips: a bad file is refused row by row, a good one is imported and listed", async ({ page }) => {
  const stamp = Date.now().toString(36);
  await signInAndWait(page, "admin");
  await page.goto("/admin");
  await page.getByRole("link", { name: "导入" }).click();
  await page.getByLabel("数据类型").selectOption({ label: "领导率队考察" });

  const bad = `带队领导,开始日期,结束日期,目的地,事由\nshuji,2026-03-02,2026-03-04,深圳,${stamp}\nnobody,2026-02-30,2026-03-01,上海,${stamp}\n`;
  await page.getByLabel("文件", { exact: true }).setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${bad}`) });
  await page.getByRole("button", { name: "检查" }).click();
  await expect(page.getByRole("heading", { name: /文件有 2 处问题，未导入任何数据/ })).toBeVisible();
  const problems = page.getByRole("table", { name: "问题清单" });
  await expect(problems.getByRole("row", { name: /3 带队领导 .*nobody/ })).toBeVisible();
  await expect(problems.getByRole("row", { name: /3 开始日期 .*不存在/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /全部导入/ })).toHaveCount(0);

  const good = `带队领导,开始日期,结束日期,目的地,事由\nshuji,2026-03-02,2026-03-04,广东省深圳市${stamp},对接电子信息企业\nshizhang,2026/4/8,2026/4/9,天津滨海新区${stamp},定向招商\n`;
  await page.getByLabel("文件", { exact: true }).setInputFiles({ name: "trips.csv", mimeType: "text/csv", buffer: Buffer.from(good) });
  await page.getByRole("button", { name: "检查" }).click();
  await expect(page.getByText("检查通过，共 2 行。")).toBeVisible();
  await page.getByRole("button", { name: "全部导入（2 行）" }).click();
  await expect(page.getByText("导入完成，共 2 行。")).toBeVisible();

  await page.goto(`/trips?q=${stamp}`);
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(3);
});

test("a member cannot import, also by a crafted request", async ({ page, request }) => {
  await signInAndWait(page, "zuyuan");
  const response = await page.goto("/admin/import");
  expect(response?.status()).toBe(403);
  const crafted = await page.request.post("/api/import", {
    multipart: { kind: "trips", commit: "1", file: { name: "t.csv", mimeType: "text/csv", buffer: Buffer.from("带队领导,开始日期,结束日期,目的地\nshuji,2026-01-01,2026-01-02,crafted\n") } },
  });
  expect(crafted.status()).toBe(403);
  const anonymous = await request.post("/api/import", { multipart: { kind: "trips", commit: "1" }, maxRedirects: 0 });
  expect([302, 303, 307, 401]).toContain(anonymous.status());
});
