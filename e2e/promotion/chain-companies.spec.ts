import type { Page } from "@playwright/test";
import { expect, signInAndWait, signedInContext, test } from "../fixtures";
import { recordServerAction, replayServerAction } from "../replay";

// Who is already there: the local companies on each part of a chain, named on the map, on each
// company's page and on the A4 print of the chain, for every reader; only the chain's keepers add them.

const suffix = () => `${Date.now().toString(36).slice(-5)}${Math.random().toString(36).slice(2, 4)}`;
const chainName = "华蓥电子信息产业链";
const chainMap = (page: Page) => page.getByRole("region", { name: "产业链图谱" });

/** The A4 page's printable width at 96 dpi: 210 mm less the document's 20 mm margins either side. */
const a4ContentWidth = Math.floor(((210 - 40) / 25.4) * 96);

test.describe("the local companies of a chain (issue 16)", () => {
  test("the admin puts a local company on a present part; a member of another group finds it on the map, the company's page and the A4 print", async ({
    page,
    browser,
    baseURL,
  }) => {
    const id = suffix();
    const local = `华蓥市锂电配套科技有限公司${id}`;
    const crafted = `越权添加企业有限公司${id}`;

    // The admin keeps every chain: 锂电池 (已有) gets a local company, typed as a new one.
    await signInAndWait(page, "admin");
    await page.goto("/chains");
    await page.getByRole("link", { name: chainName, exact: true }).click();
    await page.getByRole("link", { name: "维护产业链" }).click();
    await expect(page).toHaveURL(/\/chains\/\d+\/edit$/);
    const item = page.getByRole("listitem", { name: "锂电池", exact: true });
    await item.getByRole("button", { name: "编辑“锂电池”" }).click();
    const form = item.getByRole("form", { name: "添加企业：锂电池" });
    await form.getByRole("combobox", { name: "企业名称" }).fill(local);
    await expect(form.getByText("未找到，保存时将新增该企业。")).toBeVisible();
    await form.getByLabel("类别").selectOption({ label: "本地配套企业" });
    const call = await recordServerAction(page, () => form.getByRole("button", { name: "添加企业" }).click());
    await expect(page.getByRole("status")).toHaveText(`已将“${local}”列为本地配套企业。`);
    expect(call.postData()).toContain(local);
    await expect(item.getByRole("list", { name: "本地配套企业" }).getByText(local)).toBeVisible();

    // A member of the equipment group (not the chain's) reads the map: the part names its company.
    const { context, page: member } = await signedInContext(browser, baseURL, "zuyuan2");
    await member.goto("/chains");
    await member.getByRole("link", { name: chainName, exact: true }).click();
    await expect(member.getByRole("heading", { level: 1, name: chainName, exact: true })).toBeVisible();
    const chainUrl = member.url();
    const part = chainMap(member).getByRole("listitem", { name: "锂电池：已有" });
    const locals = part.getByRole("list", { name: "锂电池 本地企业" });
    await expect(locals.getByRole("link")).toHaveCount(2);
    await expect(locals.getByRole("link", { name: "四川华蓥锂能新材料有限公司" })).toBeVisible();
    await expect(locals.getByRole("link", { name: local })).toBeVisible();
    // The fill-in-the-blanks list stays as it was: targets, and the locals of the part in a line.
    const gapCard = member.getByRole("region", { name: "已有环节的目标企业" }).getByRole("article", { name: "锂电池" });
    await expect(gapCard).toContainText("本地配套企业：");
    await expect(gapCard).toContainText(local);
    // Reading, not keeping.
    await expect(member.getByRole("link", { name: "维护产业链" })).toHaveCount(0);

    // Its link opens the company, whose page names the part, linking back to the chain.
    await locals.getByRole("link", { name: local }).click();
    await expect(member).toHaveURL(/\/companies\/\d+$/);
    await expect(member.getByRole("heading", { level: 1, name: local })).toBeVisible();
    const places = member.getByRole("region", { name: "产业链位置" });
    const covers = places.getByRole("list", { name: "本地配套" });
    await expect(covers.getByRole("listitem")).toHaveCount(1);
    await covers.getByRole("link", { name: `${chainName} › 锂电池` }).click();
    await expect(member).toHaveURL(chainUrl);

    // The print view: the map with its companies, on A4 with no text cut off.
    await member.getByRole("link", { name: "打印", exact: true }).click();
    await expect(member).toHaveURL(/\/chains\/\d+\/print$/);
    const sheet = member.getByRole("article", { name: `${chainName}产业链图谱` });
    await expect(sheet.getByRole("heading", { level: 1, name: chainName })).toBeVisible();
    const upstream = sheet.getByRole("table", { name: "二、上游" });
    await expect(upstream.getByRole("row", { name: /锂电池/ })).toContainText(local);
    await expect(upstream.getByRole("row", { name: /锂电池/ })).toContainText("已有");
    await expect(sheet.getByRole("table", { name: "四、下游" }).getByRole("row", { name: /整机组装/ })).toContainText("广安华显智能终端有限公司");
    await member.emulateMedia({ media: "print" });
    await member.setViewportSize({ width: a4ContentWidth, height: 1100 });
    await expect(member.getByRole("button", { name: "打印" })).toBeHidden();
    // Nothing wider than its box (a cell, a line, the table's frame), no cell past the document's edge, no page wider than the paper.
    const fit = await member.evaluate(() => {
      const article = document.querySelector(".official-document")!;
      const edge = article.getBoundingClientRect().right;
      const boxes = [article, ...article.querySelectorAll("*")].filter((el) => el.clientWidth > 1 && !el.classList.contains("sr-only"));
      return {
        cut: boxes.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent?.slice(0, 40)),
        pastEdge: [...article.querySelectorAll("td, th")].filter((c) => c.getBoundingClientRect().right > edge + 1).map((c) => c.textContent),
        pageWidth: document.documentElement.scrollWidth,
        cells: article.querySelectorAll("td").length,
      };
    });
    expect(fit.cells).toBeGreaterThan(40);
    expect(fit).toMatchObject({ cut: [], pastEdge: [] });
    expect(fit.pageWidth).toBeLessThanOrEqual(a4ContentWidth);
    const pdf = await member.pdf({ format: "A4" });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await context.close();

    // A member's crafted request (the admin's call, another company in it) is refused: nothing is added.
    for (const username of ["zuyuan2", "zuyuan"]) {
      const { context: other } = await signedInContext(browser, baseURL, username);
      const reply = await replayServerAction(other.request, call, (call.postData() ?? "").replace(local, `${crafted}${username}`));
      expect(await reply.text()).toContain('"code":"forbidden"');
      await other.close();
    }
    await page.goto(chainUrl);
    const after = chainMap(page).getByRole("listitem", { name: "锂电池：已有" }).getByRole("list", { name: "锂电池 本地企业" });
    await expect(after.getByRole("link", { name: local })).toBeVisible();
    await expect(after.getByRole("link")).toHaveCount(2);
    await expect(after.getByRole("link", { name: new RegExp(crafted) })).toHaveCount(0);
    await page.goto(`/companies?q=${encodeURIComponent(crafted)}`);
    await expect(page.getByRole("table", { name: "客商" }).getByRole("link", { name: new RegExp(crafted) })).toHaveCount(0);

    // The admin takes it off again: the company's page no longer names the part.
    await page.goto(`${chainUrl}/edit`);
    const again = page.getByRole("listitem", { name: "锂电池", exact: true });
    await again.getByRole("button", { name: "编辑“锂电池”" }).click();
    await again.getByRole("button", { name: `移除“${local}”` }).click();
    await expect(page.getByRole("status")).toHaveText("已移除。");
    await page.goto(`/companies?q=${encodeURIComponent(local)}`);
    await page.getByRole("table", { name: "客商" }).getByRole("link", { name: local }).click();
    await expect(page.getByRole("region", { name: "产业链位置" })).toContainText("尚未列入任何产业链。");
  });

  test("on a phone each part's local companies are a count that opens their list, and the map fits the screen", async ({ browser, baseURL }) => {
    const { context, page } = await signedInContext(browser, baseURL, "zuyuan2", { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: "zh-CN" });
    await page.goto("/chains");
    await page.getByRole("link", { name: chainName, exact: true }).click();
    const part = chainMap(page).getByRole("listitem", { name: "智能终端研发：已有" });
    const count = part.getByText("本地企业 2 家");
    await expect(count).toBeVisible();
    await expect(part.getByRole("link", { name: "四川知微科创孵化器管理有限公司" })).toBeHidden();
    await count.click();
    const list = part.getByRole("list", { name: "智能终端研发 本地企业" });
    await expect(list.getByRole("link")).toHaveCount(2);
    await expect(list.getByRole("link", { name: "广安华显智能终端有限公司" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await part.getByRole("link", { name: "四川知微科创孵化器管理有限公司" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "四川知微科创孵化器管理有限公司" })).toBeVisible();
    await expect(page.getByRole("region", { name: "产业链位置" }).getByRole("list", { name: "本地配套" })).toContainText(`${chainName} › 智能终端研发`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });
});
