// Money is stored in integer 万元 and shown in 亿元 with two decimals; dates as people in China write them.
import type { Locale } from "@/i18n/locales";

/** 万元 (integer) → "12.35" 亿元, rounded half away from zero, no floating-point drift. */
export function formatYi(wan: number | null | undefined): string {
  if (wan === null || wan === undefined) return "—";
  const sign = wan < 0 ? "-" : "";
  return sign + twoDecimals(Math.round(Math.abs(wan) / 100)); // 1 亿 = 10000 万; 0.01 亿 = 100 万
}

/** A whole count of hundredths as "1,234.56": integers only, so no floating-point drift. */
function twoDecimals(hundredths: number): string {
  return `${Math.floor(hundredths / 100).toLocaleString("en-US")}.${String(hundredths % 100).padStart(2, "0")}`;
}

/**
 * The one way to read an amount (stored in integer 万元), unit included:
 * zh-CN "12.35 亿元"; English in billions from 1 bn CNY ("1.10 bn CNY"), in millions below
 * ("35.0 m CNY"), so no Chinese unit is left inside English text.
 */
export function formatMoney(wan: number | null | undefined, locale: Locale): string {
  if (wan === null || wan === undefined) return "—";
  return `${formatMoneyFigure(wan, locale)} ${moneyHeading(locale)}`;
}

/**
 * An amount without its currency, for a table cell or chart whose heading carries it
 * (`moneyHeading`): zh-CN "12.35" (heading 亿元); English "1.10 bn" or "35.0 m" (heading CNY).
 */
export function formatMoneyFigure(wan: number, locale: Locale): string {
  if (locale === "zh-CN") return formatYi(wan);
  const sign = wan < 0 ? "-" : "";
  const abs = Math.abs(wan);
  // 1 bn CNY = 100,000 万; 1 m CNY = 100 万. Integer arithmetic, rounded half away from zero.
  // From 99,995 万 on, millions would round up to "1,000.0 m": billions read better.
  if (abs >= 99_995) return `${sign}${twoDecimals(Math.round(abs / 1_000))} bn`;
  const tenths = Math.round(abs / 10);
  return `${sign}${Math.floor(tenths / 10).toLocaleString("en-US")}.${tenths % 10} m`;
}

/** The unit a heading names when its cells come from `formatMoneyFigure`: "亿元" or "CNY". */
export function moneyHeading(locale: Locale): string {
  return locale === "zh-CN" ? "亿元" : "CNY";
}

/**
 * An amount as it was typed, for a record of what changed (a lead's timeline): the read form with,
 * in Chinese, the exact 万元 figure beside it ("5.20 亿元（52,000 万元）"); in English the exact
 * figure in m CNY ("520 m CNY", "5.05 m CNY"), 1 万元 being 0.01 m CNY.
 */
export function formatMoneyExact(wan: number | null | undefined, locale: Locale): string {
  if (wan === null || wan === undefined) return "—";
  if (locale === "zh-CN") return `${formatMoney(wan, locale)}（${formatWan(wan)} 万元）`;
  const sign = wan < 0 ? "-" : "";
  const abs = Math.abs(wan);
  const cents = abs % 100;
  const fraction = cents === 0 ? "" : `.${String(cents).padStart(2, "0").replace(/0$/, "")}`;
  return `${sign}${Math.floor(abs / 100).toLocaleString("en-US")}${fraction} m CNY`;
}

/**
 * What a 万元 field holds as typed, as integer 万元: "12,345" and " 12345 " read 12345; empty,
 * fractional, negative or non-numeric text reads null (the field's own check says why).
 */
export function parseWanInput(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isSafeInteger(value) && value >= 0 ? value : null;
  const text = value.trim().replace(/[,，]/g, "");
  if (!/^\d{1,15}$/.test(text)) return null;
  return Number(text);
}

/** 万元 with thousands separators: "12,345". */
export function formatWan(wan: number | null | undefined): string {
  if (wan === null || wan === undefined) return "—";
  return wan.toLocaleString("en-US");
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const englishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Month 1–12 as it goes into a label: "3" (the message adds 月) in Chinese, "Mar" in English. */
export const monthName = (month: number, locale: Locale) => (locale === "zh-CN" ? String(month) : englishMonths[month - 1]);

/** "2026-11-27" → "2026年11月27日" (zh-CN) or "27 Nov 2026" (en). */
export function formatDate(value: string | Date | null | undefined, locale: Locale): string {
  if (!value) return "—";
  const iso = value instanceof Date ? toIsoDate(value) : value;
  const match = isoDate.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match;
  if (locale === "zh-CN") return `${y}年${Number(m)}月${Number(d)}日`;
  return `${Number(d)} ${englishMonths[Number(m) - 1]} ${y}`;
}

/** A date range as one phrase: "2026年4月23日—25日" when the month is shared. */
export function formatDateRange(start: string, end: string, locale: Locale): string {
  if (start === end) return formatDate(start, locale);
  if (locale === "zh-CN" && start.slice(0, 7) === end.slice(0, 7)) {
    return `${formatDate(start, locale)}—${Number(end.slice(8, 10))}日`;
  }
  return `${formatDate(start, locale)} — ${formatDate(end, locale)}`;
}

/** Date and time in China's time zone: "2026年11月27日 09:30". */
export function formatDateTime(value: Date | null | undefined, locale: Locale): string {
  if (!value) return "—";
  const shifted = new Date(value.getTime() + 8 * 3600_000);
  const time = shifted.toISOString().slice(11, 16);
  return `${formatDate(shifted.toISOString().slice(0, 10), locale)} ${time}`;
}

/** Today's calendar date in China (UTC+8, no daylight saving), as YYYY-MM-DD. */
export function toIsoDate(value: Date): string {
  return new Date(value.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** A day of the month as people write a deadline: "12月6日" (zh-CN) or "6 Dec" (en); the year only when it is not `thisYear`. */
export function formatShortDate(iso: string, locale: Locale, thisYear?: string): string {
  const match = isoDate.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match;
  if (thisYear !== undefined && y !== thisYear) return formatDate(iso, locale);
  return locale === "zh-CN" ? `${Number(m)}月${Number(d)}日` : `${Number(d)} ${englishMonths[Number(m) - 1]}`;
}

/**
 * When something happened, seen from `now` in China's time zone: "刚刚", "3分钟前", "2小时前" the same
 * day, "昨天 14:05", "11月27日 14:05" this year, "2025年11月27日" before (English alike: "3 min ago",
 * "yesterday 14:05", "27 Nov 14:05", "27 Nov 2025").
 */
export function formatRelativeTime(at: Date, now: Date, locale: Locale): string {
  const zh = locale === "zh-CN";
  const minutes = Math.floor((now.getTime() - at.getTime()) / 60_000);
  const day = toIsoDate(at);
  const today = toIsoDate(now);
  const time = new Date(at.getTime() + 8 * 3600_000).toISOString().slice(11, 16);
  if (minutes < 1) return zh ? "刚刚" : "just now";
  if (minutes < 60) return zh ? `${minutes}分钟前` : `${minutes} min ago`;
  if (day === today) return zh ? `${Math.floor(minutes / 60)}小时前` : `${Math.floor(minutes / 60)} h ago`;
  const yesterday = toIsoDate(new Date(now.getTime() - 24 * 3600_000));
  if (day === yesterday) return zh ? `昨天 ${time}` : `yesterday ${time}`;
  if (day.slice(0, 4) === today.slice(0, 4)) return `${formatShortDate(day, locale)} ${time}`;
  return formatDate(day, locale);
}
