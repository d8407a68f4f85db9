import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import en from "@/messages/en";
import zhCN from "@/messages/zh-CN";
import { localeCookie, toLocale } from "./locales";

export const messagesByLocale = { "zh-CN": zhCN, en };

// No locale in the URL: the choice is a cookie, zh-CN until the user switches.
export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(localeCookie)?.value);
  return { locale, messages: messagesByLocale[locale], timeZone: "Asia/Shanghai" };
});
