// The board (看板): dragging a lead to 签约 asks for the date and amount and moves the totals;
// the keyboard (one arrow press a column) and the "移动到…" menu (a sheet on a phone) do the same; all
// nine columns within reach at 1440 px; a bare drag is no follow-up and 撤销 puts it back; columns
// load a page at a time; filters in the URL; amounts in English read bn or m CNY.
import type { Locator, Page } from "@playwright/test";
import { formatDate, toIsoDate } from "../../lib/format";
import { expect, signInAndWait, test, waitForHydration } from "../fixtures";

/** The app's own notice (the board also has dnd-kit's live region, another status). */
const notice = (page: Page, text: string) => page.getByRole("status").filter({ hasText: text });

const column = (page: Page, stage: string) => page.getByRole("region", { name: stage, exact: true });

async function totals(region: Locator) {
  const count = Number((await region.getByTestId("column-count").textContent())!.replace(/[^\d]/g, ""));
  // A folded column (搁置, 终止) shows its count only.
  const amountText = (await region.getByTestId("column-amount").count()) ? await region.getByTestId("column-amount").textContent() : null;
  return { count, amount: amountText === null ? null : Number(amountText.replace(/[^\d.]/g, "")) };
}

/** Drags with the mouse the way a person does: press, move a little, travel, release. */
async function drag(page: Page, from: Locator, to: Locator) {
  await to.scrollIntoViewIfNeeded();
  await from.scrollIntoViewIfNeeded();
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 12, a.y + a.height / 2 + 4, { steps: 4 });
  await page.mouse.move(b.x + b.width / 2, b.y + 80, { steps: 20 });
  await page.mouse.up();
}

test.describe("the board", () => {
  test("a group leader drags a lead to 签约, gives date and amount, and sees the totals move", async ({ page }) => {
    await signInAndWait(page, "zuzhang");
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "看板", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "看板" })).toBeVisible();
    const intent = column(page, "意向");
    const signed = column(page, "签约");
    const card = intent.getByRole("listitem").first();
    await expect(card).toBeVisible();
    const name = (await card.getAttribute("aria-label"))!;
    const before = { intent: await totals(intent), signed: await totals(signed) };

    await drag(page, card.getByRole("button", { name: `移动“${name}”` }), signed);
    const dialog = page.getByRole("dialog", { name: "变更阶段" });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(name);
    await expect(dialog).toContainText("移至：签约");
    // Asked for exactly what 签约 needs.
    // …starting at today and the amount planned; emptied, both are asked for.
    const today = toIsoDate(new Date());
    await expect(dialog.getByLabel("签约日期")).toHaveValue(today);
    await expect(dialog.getByLabel("签约投资（万元）")).toHaveValue(/^[1-9]\d*$/);
    await dialog.getByLabel("签约日期").fill("");
    await dialog.getByLabel("签约投资（万元）").fill("");
    await dialog.getByRole("button", { name: "确认变更" }).click();
    await expect(dialog.getByText("签约须填写签约日期。")).toBeVisible();
    await expect(dialog.getByText("签约须填写签约投资额（万元）。")).toBeVisible();
    await dialog.getByLabel("签约日期").fill(today);
    await dialog.getByLabel("签约投资（万元）").fill("52000");
    await dialog.getByRole("button", { name: "确认变更" }).click();
    await expect(dialog).toBeHidden();
    await expect(notice(page, `已将“${name}”移至签约。`)).toBeVisible();

    await expect(signed.getByRole("listitem", { name })).toBeVisible();
    await expect(intent.getByRole("listitem", { name })).toHaveCount(0);
    await expect(signed.getByTestId("column-count")).toHaveText(`${before.signed.count + 1} 个`);
    await expect(intent.getByTestId("column-count")).toHaveText(`${before.intent.count - 1} 个`);
    await expect(signed.getByTestId("column-amount")).toHaveText(`${(before.signed.amount! + 5.2).toFixed(2)} 亿元`);

    // The lead page shows the move, who made it and when.
    await signed.getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    const latest = page.getByRole("list", { name: "跟进记录" }).getByRole("listitem");
    const move = latest.filter({ hasText: "阶段变更" }).first();
    await expect(move).toContainText("意向");
    await expect(move).toContainText("签约");
    await expect(move).toContainText(`签约日期：${formatDate(today, "zh-CN")}`);
    await expect(move).toContainText("唐振宇");
    await expect(move).toContainText(formatDate(today, "zh-CN"));
    await expect(latest.filter({ hasText: "金额调整" }).first()).toContainText("签约投资：— → 5.20 亿元（52,000 万元）");
  });

  test("the keyboard moves a card one column a press, the focus going with it, by the pipeline's rules", async ({ page }) => {
    await signInAndWait(page, "zuzhang");
    await page.goto("/board");
    await waitForHydration(page);
    const card = column(page, "接触").getByRole("listitem").first();
    const name = (await card.getAttribute("aria-label"))!;
    const handle = (stage: string) => column(page, stage).getByRole("listitem", { name }).getByRole("button", { name: `移动“${name}”` });
    const before = { contact: await totals(column(page, "接触")), inspecting: await totals(column(page, "考察")) };

    await handle("接触").focus();
    await page.keyboard.press("ArrowRight");
    await expect(notice(page, `已将“${name}”移至洽谈。`)).toBeVisible();
    await expect(handle("洽谈")).toBeFocused();
    // One more press, one more column.
    await page.keyboard.press("ArrowRight");
    await expect(notice(page, `已将“${name}”移至考察。`)).toBeVisible();
    await expect(handle("考察")).toBeFocused();
    await expect(column(page, "考察").getByTestId("column-count")).toHaveText(`${before.inspecting.count + 1} 个`);
    await expect(column(page, "接触").getByTestId("column-count")).toHaveText(`${before.contact.count - 1} 个`);
    // Back along the main line needs a reason: the press asks for it.
    await page.keyboard.press("ArrowLeft");
    const dialog = page.getByRole("dialog", { name: "变更阶段" });
    await expect(dialog).toContainText("移至：洽谈");
    await expect(dialog.getByLabel("原因")).toBeVisible();
    await dialog.getByRole("button", { name: "取消" }).click();
    await expect(column(page, "考察").getByRole("listitem", { name })).toBeVisible();
  });

  test("at 1440×900 the seven main columns fit, 搁置 and 终止 open from their counts, and a wider board says so", async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await signInAndWait(page, "zuzhang");
    await page.goto("/board");
    await waitForHydration(page);
    for (const stage of ["接触", "洽谈", "考察", "意向", "签约", "开工", "投产"]) {
      const box = (await column(page, stage).boundingBox())!;
      expect(box.x + box.width, stage).toBeLessThanOrEqual(1440);
    }
    await expect(page.getByTestId("board-scroll-cue")).toHaveCount(0);
    const onHold = column(page, "搁置");
    const folded = onHold.getByRole("button", { expanded: false });
    const count = Number(await onHold.getByTestId("column-count").textContent());
    expect((await onHold.boundingBox())!.x + (await onHold.boundingBox())!.width).toBeLessThanOrEqual(1440);
    expect((await column(page, "终止").boundingBox())!.x).toBeLessThan(1440);
    await expect(onHold.getByRole("listitem")).toHaveCount(0);

    await folded.click();
    await expect(page).toHaveURL(/open=on_hold/);
    await expect(onHold.getByRole("listitem")).toHaveCount(Math.min(count, 12));
    await column(page, "终止").getByRole("button", { expanded: false }).click();
    await expect(page).toHaveURL(/open=on_hold%2Cdropped|open=on_hold,dropped/);
    // Now wider than the window: the board shows it can scroll, and its button brings 终止 into view.
    await expect(page.getByTestId("board-scroll-cue")).toBeVisible();
    await page.getByRole("button", { name: "向右滚动看板" }).click();
    await expect(async () => {
      const box = (await column(page, "终止").boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(1440);
    }).toPass();
    // Kept across a reload.
    await page.reload();
    await expect(column(page, "搁置").getByRole("button", { name: "收起搁置列" })).toBeVisible();
  });

  test("a bare drag leaves 滞后 as it was, and 撤销 puts the card back", async ({ page }) => {
    await signInAndWait(page, "mishu");
    await page.goto("/board");
    await waitForHydration(page);
    const next: Record<string, string> = { 接触: "洽谈", 洽谈: "考察", 考察: "意向" };
    let from = "";
    let name = "";
    for (const stage of Object.keys(next)) {
      const stale = column(page, stage).getByRole("listitem").filter({ has: page.getByText("滞后", { exact: true }) });
      if ((await stale.count()) > 0) {
        from = stage;
        name = (await stale.first().getAttribute("aria-label"))!;
        break;
      }
    }
    expect(name, "a stale card before 意向").not.toBe("");
    const to = next[from];
    const before = await totals(column(page, to));
    await drag(page, column(page, from).getByRole("listitem", { name }).getByRole("button", { name: `移动“${name}”` }), column(page, to));
    const moved = notice(page, `已将“${name}”移至${to}。`);
    await expect(moved).toBeVisible();
    const there = column(page, to).getByRole("listitem", { name });
    await expect(there).toBeVisible();
    await expect(there.getByText("滞后", { exact: true })).toBeVisible();
    await expect(column(page, to).getByTestId("column-count")).toHaveText(`${before.count + 1} 个`);

    await moved.getByRole("button", { name: "撤销" }).click();
    await expect(notice(page, `已撤销：“${name}”回到${from}。`)).toBeVisible();
    const back = column(page, from).getByRole("listitem", { name });
    await expect(back).toBeVisible();
    await expect(back.getByText("滞后", { exact: true })).toBeVisible();
    await expect(column(page, to).getByRole("listitem", { name })).toHaveCount(0);
    await expect(column(page, to).getByTestId("column-count")).toHaveText(`${before.count} 个`);
  });

  test("on a phone “移动到…” is a sheet of 44 px items all in view; 终止 is refused without a reason, beside the field", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAndWait(page, "zuzhang");
    await page.goto("/board");
    await waitForHydration(page);
    const inspecting = column(page, "考察");
    await inspecting.scrollIntoViewIfNeeded();
    const card = inspecting.getByRole("listitem").first();
    const name = (await card.getAttribute("aria-label"))!;
    await card.getByRole("button", { name: `将“${name}”移动到…` }).click();
    const menu = page.getByRole("menu", { name: `将“${name}”移动到…` });
    await expect(menu.getByRole("menuitem", { name: "考察" })).toHaveCount(0);
    await expect(menu.getByRole("menuitem").first()).toBeFocused();
    const items = menu.getByRole("menuitem");
    await expect(items).toHaveCount(8);
    for (let i = 0; i < 8; i++) {
      const box = (await items.nth(i).boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(844);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    await menu.getByRole("menuitem", { name: "终止" }).click();
    const dialog = page.getByRole("dialog", { name: "变更阶段" });
    await expect(dialog.getByLabel("签约日期")).toHaveCount(0);
    await dialog.getByRole("button", { name: "确认变更" }).click();
    const reason = dialog.getByLabel("原因");
    await expect(reason).toHaveAttribute("aria-invalid", "true");
    await expect(reason).toHaveAccessibleDescription("请填写原因。");
    await reason.fill("企业总部决定暂不在西南布局");
    await dialog.getByRole("button", { name: "确认变更" }).click();
    await expect(notice(page, `已将“${name}”移至终止。`)).toBeVisible();
    await expect(column(page, "终止").getByRole("listitem", { name })).toBeVisible();
  });

  test("columns load a page at a time, and the filters live in the URL", async ({ page }) => {
    await signInAndWait(page, "mishu");
    await page.goto("/board");
    const stages = ["接触", "洽谈", "考察", "意向", "签约", "开工", "投产", "搁置", "终止"];
    const counts = await Promise.all(stages.map(async (s) => (await totals(column(page, s))).count));
    const fullest = column(page, stages[counts.indexOf(Math.max(...counts))]);
    const count = Math.max(...counts);
    expect(count).toBeGreaterThan(12);
    await expect(fullest.getByRole("listitem")).toHaveCount(12);
    await fullest.getByRole("button", { name: `加载更多（还有 ${count - 12} 个）` }).click();
    await expect(fullest.getByRole("listitem")).toHaveCount(Math.min(24, count));
    const names = await fullest.getByRole("listitem").evaluateAll((items) => items.map((i) => i.getAttribute("aria-label")));
    expect(new Set(names).size).toBe(names.length);

    await page.locator("summary", { hasText: "筛选条件" }).click();
    const filters = page.getByRole("form", { name: "筛选条件" });
    await filters.getByLabel("工作组").selectOption({ label: "装备制造产业推进工作组" });
    await filters.getByRole("button", { name: "筛选" }).click();
    await expect(page).toHaveURL(/\/board\?group=\d+/);
    const all = page.locator("main").getByRole("listitem");
    await expect(all.first()).toBeVisible();
    const sum = (await Promise.all(stages.map(async (s) => (await totals(column(page, s))).count))).reduce((a, b) => a + b, 0);
    await expect(page.getByRole("heading", { level: 1, name: "看板" })).toBeVisible();
    await expect(page.getByText(`按阶段查看项目，共 ${sum} 个`)).toBeVisible();
    await page.reload();
    await expect(page.getByText(`按阶段查看项目，共 ${sum} 个`)).toBeVisible();
  });

  test("in English amounts read bn or m CNY with no Chinese unit, while the trip report and 答卷 stay Chinese", async ({ page, baseURL }) => {
    await signInAndWait(page, "shuji");
    await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
    await page.goto("/board");
    await expect(page.getByRole("heading", { level: 1, name: "Board" })).toBeVisible();
    const english = /^-?[\d,]+\.\d{1,2} (bn|m) CNY$/;
    const amounts = [...(await page.getByTestId("column-amount").allTextContents()), ...(await page.getByTestId("card-amount").allTextContents())];
    expect(amounts.length).toBeGreaterThan(9);
    for (const amount of amounts) expect(amount.trim()).toMatch(english);
    expect(await page.locator("main").textContent()).not.toMatch(/亿元|万元|100m CNY/);

    // The lead page reads the same way.
    await column(page, "Signed").getByRole("listitem").first().getByRole("link").click();
    const fact = (label: string) => page.locator("dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]");
    await expect(fact("Planned investment")).toHaveText(english);
    await expect(fact("Signed investment")).toHaveText(english);

    // Documents are Chinese whatever the switch says.
    await page.goto("/report");
    const card = page.getByRole("article");
    await expect(card).toHaveAttribute("lang", "zh-CN");
    await expect(card.getByTestId("report-sentence")).toContainText("全市共引进重大项目");
    await expect(card).toContainText("单位：个、亿元");
    await page.goto("/trips");
    const hrefs = await page.locator("main a[href^='/trips/']").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    const href = hrefs.find((h) => /^\/trips\/\d+$/.test(h))!;
    await page.goto(`${href}/report`);
    await expect(page.getByRole("article", { name: "考察情况报告" })).toContainText("一、基本情况");
  });

  test("a city leader reads the board but has nothing to drag", async ({ page }) => {
    await signInAndWait(page, "shuji");
    await page.goto("/board");
    await expect(column(page, "洽谈").getByRole("listitem").first()).toBeVisible();
    await expect(page.getByRole("button", { name: /^移动“/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /移动到/ })).toHaveCount(0);
  });
});
