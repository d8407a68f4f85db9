import { chromium } from "@playwright/test";
const base = "http://localhost:3900";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
const desk = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
const step = process.argv[2];
if (step === "empty") {
  for (const [ctx, name] of [[phone, "phone"], [desk, "desk"]]) {
    const p = await ctx.newPage();
    await p.goto(base + "/login");
    await p.screenshot({ path: `/tmp/shots/empty-${name}.png`, fullPage: true });
  }
}
if (step === "first") {
  const p = await phone.newPage();
  await p.goto(base + "/login");
  await p.getByLabel("用户名").fill("chief");
  await p.getByLabel("密码").fill(process.env.PW);
  await p.getByRole("button", { name: "登录" }).click();
  await p.waitForURL((u) => !u.pathname.startsWith("/login"), { timeout: 30000 }).catch(async () => console.log("stuck:", await p.locator("body").innerText()));
  await p.waitForLoadState("networkidle");
  await p.screenshot({ path: `/tmp/shots/first-home-phone.png`, fullPage: true });
  await p.goto(base + "/account");
  await p.screenshot({ path: `/tmp/shots/account-phone.png`, fullPage: true });
  const d = await desk.newPage();
  await d.goto(base + "/login");
  await d.getByLabel("用户名").fill("chief");
  await d.getByLabel("密码").fill(process.env.PW);
  await d.getByRole("button", { name: "登录" }).click();
  await d.waitForURL((u) => !u.pathname.startsWith("/login"), { timeout: 30000 });
  await d.waitForLoadState("networkidle");
  await d.goto(base + "/account");
  await d.screenshot({ path: `/tmp/shots/account-desk.png`, fullPage: true });
  await d.goto(base + "/admin/audit");
  await d.screenshot({ path: `/tmp/shots/audit-desk.png`, fullPage: true });
  await p.goto(base + "/admin/audit");
  await p.screenshot({ path: `/tmp/shots/audit-phone.png`, fullPage: true });
}
await browser.close();
