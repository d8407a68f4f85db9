// What a notification says, in the reader's language, from its kind and the words it carried when it
// was written (params: see NotificationParams). Pure, so that the page, the digest and tests agree.
import type { Locale } from "@/i18n/locales";
import type { NotificationKind } from "@/lib/domain/enums";
import { formatShortDate } from "@/lib/format";

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export type NotificationWords = {
  kind: NotificationKind;
  actorName: string | null;
  params: Record<string, string | number | null>;
};

const text = (value: string | number | null | undefined) => (value === null || value === undefined ? "" : String(value));

/**
 * `t` reads the whole message tree (keys "notifications.sentence.*" and "enum.stage.*"); `thisYear`
 * (YYYY) leaves the year out of dates in it. Returns the sentence and, for a 批示 and its answer, the
 * words themselves to quote under it.
 */
export function notificationSentence(n: NotificationWords, { t, locale, thisYear }: { t: Translate; locale: Locale; thisYear: string }) {
  const p = n.params;
  const date = (value: string | number | null | undefined) => (value ? formatShortDate(String(value), locale, thisYear) : "");
  const actor = n.actorName ?? t("notifications.someone");
  const values: Record<string, string> = {
    actor,
    // A title written as a sentence ("…座谈安排。") reads better without its full stop inside the sentence.
    title: text(p.title).replace(/[。.]$/, ""),
    lead: text(p.leadName),
    due: date(p.dueOn),
    hasDue: p.dueOn ? "yes" : "no",
    group: text(p.taskGroupName),
    channel: text(p.channelName),
    error: text(p.error),
    month: monthLabel(text(p.month), locale),
  };
  if (n.kind === "lead_changed") {
    const what = ["stage", "fields", "amount", "figures"].includes(text(p.what)) ? text(p.what) : "fields";
    const stage = p.stage ? t(`enum.stage.${p.stage}`) : "";
    return { text: t(`notifications.sentence.lead_changed.${what === "stage" && !stage ? "fields" : what}`, { ...values, stage }), quote: null };
  }
  if (n.kind === "lead_reassigned") {
    return { text: t(`notifications.sentence.lead_reassigned.${n.actorName ? "by" : "plain"}`, values), quote: null };
  }
  const quote = n.kind === "instruction_received" || n.kind === "instruction_answered" ? text(p.body) || null : null;
  return { text: t(`notifications.sentence.${n.kind}`, values), quote };
}

/** "2026-11" → "2026年11月" / "Nov 2026". */
function monthLabel(month: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const formatted = formatShortDate(`${month}-01`, "en");
  return locale === "zh-CN" ? `${match[1]}年${Number(match[2])}月` : `${formatted.split(" ")[1]} ${match[1]}`;
}

/** The bell's badge: the count, "99+" from a hundred on. */
export const unreadBadge = (count: number) => (count > 99 ? "99+" : String(count));
