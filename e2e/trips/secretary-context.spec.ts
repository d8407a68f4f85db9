// The secretary's day on a phone: she works for 周立群 (the demo sets it, and his trip to 重庆 set out
// today). 记录会见 starts from that trip and its delegation; a partial company name, a pick and a
// summary save the meeting in under ten taps; 转为项目 opens the new lead, which links back. And the
// company picker never attaches an earlier text's match, however slow the search.
import type { Locator, Page } from "@playwright/test";
import { expect, signInAndWait, test } from "../fixtures";
import { phone, runId } from "./helpers";

test.use(phone);

const demoTrip = "市委书记率队赴重庆两江新区考察电子信息企业";

test("the secretary logs a meeting on her leader's trip under way in under ten taps, and 转为项目 opens the lead, which links back", async ({ page }) => {
  test.setTimeout(90_000);
  const run = runId();
  const summary = `企业计划在西部新建摄像头模组产线，对华蓥电子信息产业园很感兴趣（${run}）。`;
  const leadName = `摄像头模组生产线项目${run}`;
  let taps = 0;
  const tap = async (target: Locator) => {
    taps += 1;
    await target.click();
  };
  await signInAndWait(page, "mishu");
  await page.goto("/meetings");

  await tap(page.getByRole("link", { name: "记录会见" }).first());
  await expect(page.getByRole("heading", { level: 1, name: "记录会见" })).toBeVisible();
  // Her leader's trip under way is chosen, its people are our side, today is the date.
  await expect(page.getByLabel("所属考察").locator("option:checked")).toHaveText(demoTrip);
  const ourSide = page.getByRole("group", { name: /我方参加人员/ });
  for (const name of ["周立群", "张伟", "唐振宇", "王磊"]) await expect(ourSide.getByRole("checkbox", { name: new RegExp(name) })).toBeChecked();

  const company = page.getByRole("combobox", { name: "企业" });
  await tap(company);
  await company.fill("渝晟");
  await tap(page.getByRole("option", { name: /重庆渝晟电子科技有限公司/ }));
  await expect(page.getByTestId("picked-company")).toHaveText("重庆渝晟电子科技有限公司");
  await tap(page.getByRole("textbox", { name: "会谈摘要" }));
  await page.getByRole("textbox", { name: "会谈摘要" }).fill(summary);
  await tap(page.getByRole("button", { name: "保存" }));
  await expect(page).toHaveURL(/\/meetings\/\d+$/);
  const meetingUrl = new URL(page.url()).pathname;
  expect(taps).toBeLessThan(10);
  await expect(page.getByRole("link", { name: demoTrip }).first()).toBeVisible();

  // 转为项目: saved, it opens the lead itself (not a search), which names the meeting and the trip as links.
  await page.getByRole("link", { name: "转为项目" }).click();
  await page.getByLabel("项目名称").fill(leadName);
  await page.getByLabel("工作组").selectOption({ label: "电子信息产业推进工作组" });
  await page.getByRole("button", { name: "创建项目" }).click();
  await expect(page).toHaveURL(/\/leads\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: leadName })).toBeVisible();
  await page.getByRole("link", { name: demoTrip }).click();
  await expect(page).toHaveURL(/\/trips\/\d+$/);
  await page.goBack();
  await page.getByRole("link", { name: /重庆渝晟电子科技有限公司/ }).click();
  await expect(page).toHaveURL(new RegExp(`${meetingUrl}$`));
});

/** Every company search answers 1.5 s late, as on a slow phone network. */
async function slowSearch(page: Page) {
  await page.route("**/companies/lookup?q=*", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue().catch(() => undefined);
  });
}

test("with the company search 1.5 s slow, a new name typed after an earlier one and Enter never attach the earlier match", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAndWait(page, "mishu");
  await page.goto("/meetings/new");
  await expect(page.getByRole("heading", { level: 1, name: "记录会见" })).toBeVisible();

  // An empty save: the first field in error in the page's order (the company, above the summary) has
  // the focus, and the notice does not repeat what the fields say.
  await page.getByRole("button", { name: "保存" }).click();
  const company = page.getByRole("combobox", { name: "企业" });
  await expect(company).toBeFocused();
  await expect(page.getByRole("textbox", { name: "会谈摘要" })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("status").filter({ hasText: /\S/ })).toHaveCount(0);

  await slowSearch(page);
  await company.fill("华芯");
  const earlier = page.getByRole("option", { name: /深圳华芯微电子/ });
  await expect(earlier).toBeVisible();

  // A new name: the earlier match is gone at once, and Enter waits for this name's own answer.
  await company.fill("重庆两江华芯");
  await expect(earlier).toHaveCount(0);
  await company.press("Enter");
  await expect(earlier).toHaveCount(0);
  // The answer: nothing in the directory, so Enter makes a new company of what was typed.
  const panel = page.getByRole("group", { name: "新建企业" });
  await expect(panel.getByLabel("企业名称")).toHaveValue("重庆两江华芯");
  await expect(page.getByTestId("picked-company")).toHaveCount(0);

  // Typed fast, before the earlier text was even answered: still only the text typed now counts.
  await panel.getByRole("button", { name: "取消" }).click();
  await company.fill("华芯");
  await page.waitForTimeout(300);
  await company.fill("重庆两江华芯");
  await company.press("Enter");
  await expect(panel.getByLabel("企业名称")).toHaveValue("重庆两江华芯");
  await expect(page.getByTestId("picked-company")).toHaveCount(0);
});
