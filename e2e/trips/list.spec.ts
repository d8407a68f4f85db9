// The trips list: filtered and sorted by the server, the state kept in the URL.
import { expect, signInAndWait, test } from "../fixtures";
import { isoDay } from "./helpers";

test("the leader filters trips by leader, region, status, destination and dates; the URL keeps the filters", async ({ page }) => {
  await signInAndWait(page, "shizhang");
  await page.goto("/trips?size=100");
  const table = page.getByRole("table", { name: "考察" });
  const column = (n: number) => table.locator(`tbody tr td:nth-child(${n})`).allTextContents();
  const allRows = (await column(1)).length;
  expect(allRows).toBeGreaterThan(10);

  await page.getByText("筛选条件").click();
  const filters = page.getByRole("form", { name: "筛选条件" });
  await filters.getByLabel("带队领导").selectOption({ label: "周立群" });
  await filters.getByLabel("区域").selectOption({ label: "环渤海" });
  await filters.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/leader=\d+/);
  await expect(page).toHaveURL(/region=bohai/);
  await expect(table.getByRole("row").nth(1)).toBeVisible();
  const leaders = await column(2);
  expect(leaders.length).toBeGreaterThan(1);
  expect(leaders.length).toBeLessThan(allRows);
  for (const leader of leaders) expect(leader).toContain("周立群");
  for (const region of await column(5)) expect(region).toBe("环渤海");

  // A reload keeps the filters; a destination narrows further.
  await page.reload();
  await expect(page.getByRole("form", { name: "筛选条件" }).getByLabel("区域")).toHaveValue("bohai");
  await page.getByRole("form", { name: "筛选条件" }).getByLabel("目的地").fill("中关村");
  await page.getByRole("form", { name: "筛选条件" }).getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/dest=%E4%B8%AD%E5%85%B3%E6%9D%91/);
  await expect(table.locator("tbody tr")).toHaveCount(2);
  for (const dest of await column(4)) expect(dest).toContain("中关村");

  // Status, then a date range: the trips under way in the last two months.
  await page.goto("/trips?status=done&size=100");
  for (const status of await column(6)) expect(status).toBe("已完成");
  await page.goto(`/trips?size=100&from=${isoDay(-60)}&to=${isoDay(0)}`);
  await expect(page.getByRole("form", { name: "筛选条件" }).getByLabel("起始日期")).toHaveValue(isoDay(-60));
  const recent = (await column(3)).length;
  expect(recent).toBeGreaterThan(2);
  expect(recent).toBeLessThan(allRows);

  // Sorting by dates, on the server.
  await page.goto("/trips?sort=startOn&dir=asc&size=100");
  const ascending = await table.locator("tbody tr td:nth-child(3)").allTextContents();
  await page.goto("/trips?sort=startOn&dir=desc&size=100");
  const descending = await table.locator("tbody tr td:nth-child(3)").allTextContents();
  expect(ascending[0]).toBe(descending[descending.length - 1]);

  // Reset clears them all.
  await page.goto("/trips?region=prd");
  await page.getByRole("form", { name: "筛选条件" }).getByRole("button", { name: "重置" }).click();
  await expect(page).toHaveURL(/\/trips$/);
});
