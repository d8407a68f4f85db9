import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import en from "@/messages/en";
import zhCN from "@/messages/zh-CN";
import { localeCookie, toLocale } from "./locales";

export const messagesByLocale = { "zh-CN": zhCN, en };

// No locale in the URL: the choice is a cookie, zh-CN until the user switches. A locale given
// explicitly (getTranslations({ locale: "zh-CN" }): the trip report and the 答卷, documents that are
// Chinese whatever the switch says) is honoured with its own messages.
export default getRequestConfig(async ({ locale: explicit }) => {
  const locale = explicit ? toLocale(explicit) : toLocale((await cookies()).get(localeCookie)?.value);
  return { locale, messages: messagesByLocale[locale], timeZone: "Asia/Shanghai" };
});
