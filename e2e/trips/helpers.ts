// Helpers of the trips, meetings and companies specs.
import { expect, type Locator, type Page } from "@playwright/test";
import { withCreditCodeCheckChar } from "../../lib/domain/credit-code";
import { waitForHydration } from "../fixtures";

export const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** A short suffix that makes this run's names unique (the specs run once per database). */
export const runId = () => `${Date.now().toString(36).slice(-4)}${Math.floor(Math.random() * 36 ** 2).toString(36)}`;

/** A valid unified social credit code (Tianjin Binhai), and the same code with a wrong check character. */
export function creditCodes(seed: string) {
  const alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  let body = "";
  for (let i = 0; i < 9; i++) body += alphabet[(seed.charCodeAt(i % seed.length) * (i + 7) + i * 13) % alphabet.length];
  const valid = withCreditCodeCheckChar(`91120116${body}`);
  const last = alphabet.indexOf(valid[17]);
  return { valid, invalid: valid.slice(0, 17) + alphabet[(last + 1) % alphabet.length] };
}

/** ISO date `days` from today in China. */
export function isoDay(days: number): string {
  return new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** The message shown beside a field: part of its accessible description (after any hint), and the field marked invalid. */
export async function expectFieldMessage(field: Locator, text: string | RegExp) {
  const pattern = typeof text === "string" ? new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) : text;
  await expect(field).toHaveAccessibleDescription(pattern);
  await expect(field).toHaveAttribute("aria-invalid", "true");
}

/** The save button stays in reach of the thumb: inside the phone's screen without scrolling. */
export async function expectInThumbReach(page: Page, button: Locator) {
  const box = await button.boundingBox();
  const height = page.viewportSize()?.height ?? 844;
  expect(box).not.toBeNull();
  expect(box!.y + box!.height).toBeLessThanOrEqual(height);
  expect(box!.height).toBeGreaterThanOrEqual(44);
}

export async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(page.viewportSize()?.width ?? 390);
}

/** Types into the company picker and waits for the option. */
export async function pickCompany(page: Page, typed: string, option: string | RegExp) {
  const box = page.getByRole("combobox", { name: "企业" });
  await box.fill(typed);
  const choice = page.getByRole("option", { name: option });
  await expect(choice).toBeVisible();
  await choice.click();
}

/** The secretary logs a meeting with 天津津重智能装备 whose next step is `owner`'s, due `dueOn`; ends on the meeting's page. */
export async function logMeetingWithStep(page: Page, { summary, step, owner, dueOn }: { summary: string; step: string; owner: string; dueOn: string }) {
  await page.goto("/meetings/new");
  await waitForHydration(page);
  await pickCompany(page, "津重", /天津津重智能装备/);
  await page.getByRole("textbox", { name: "会谈摘要" }).fill(summary);
  await page.getByRole("textbox", { name: "下一步工作", exact: true }).fill(step);
  await page.getByRole("combobox", { name: "责任人" }).fill(owner);
  await page.getByRole("listbox", { name: "责任人" }).getByRole("option", { name: new RegExp(owner) }).click();
  await page.getByRole("textbox", { name: "完成时限", exact: true }).fill(dueOn);
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page).toHaveURL(/\/meetings\/\d+$/);
}
