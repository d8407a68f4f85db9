import { test as base, expect, type Page } from "@playwright/test";
import { demoPassword } from "../db/seed/demo-accounts";
import { cspGuard } from "./csp-guard";

export const everyArea = ["工作台", "考察", "会见", "客商", "项目", "看板", "督办", "工作组", "产业链", "区域合作"];
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

export async function signIn(page: Page, username: string, password = demoPassword) {
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

export async function signInAndWait(page: Page, username: string) {
  await signIn(page, username);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
}

/** The sign-in form's message (Next.js keeps an empty route announcer with role alert too). */
export function loginMessage(page: Page) {
  return page.getByRole("alert").filter({ hasText: /\S/ });
}

export function mainNavigation(page: Page) {
  return page.getByRole("navigation", { name: "主导航" });
}

// Every test fails if the browser reported a Content-Security-Policy violation (e2e/csp-guard.ts).
export const test = base.extend<{ cspViolations: string[] }>({ cspViolations: [cspGuard, { auto: true }] });
export { expect };
