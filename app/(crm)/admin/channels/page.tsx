import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { SimpleTable } from "@/components/ui/simple-table";
import { listChatChannels } from "@/db/queries/chat-channels";
import { ChannelStatus } from "@/components/admin/channel-status";
import { toLocale } from "@/i18n/locales";
import { requireArea } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("channels"))("title") };
}

/** 外发通知: the group-chat robots the admin added, whom each speaks to, and how each is doing. */
export default async function ChannelsPage() {
  await requireArea("admin");
  const [t, tEnum, locale, channels] = await Promise.all([getTranslations("channels"), getTranslations("enum"), getLocale().then(toLocale), listChatChannels()]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} back={{ href: "/admin", label: t("back") }} create={{ href: "/admin/channels/new", label: t("add") }} />
      {channels.length ? (
        <SimpleTable
          caption={t("title")}
          headers={[t("name"), t("kind"), t("audience"), t("secret"), t("status")]}
          rows={channels.map((c) => [
            <Link key="n" href={`/admin/channels/${c.id}`} className="font-medium text-brand-700 hover:underline">
              {c.name}
            </Link>,
            tEnum(`chatChannelKind.${c.kind}`),
            c.audience === "leadership" ? t("leadership") : (c.taskGroupName ?? "—"),
            c.kind === "wecom" ? "—" : c.secretSet ? t("secretSet") : t("secretNotSet"),
            <span key="s" className="flex flex-wrap items-center gap-1.5">
              <ChannelStatus channel={c} t={t} />
              {c.pausedAt ? <span className="text-xs text-slate-600">{formatDateTime(c.pausedAt, locale)}</span> : null}
              {c.pending ? <Badge tone="amber">{t("pending", { count: c.pending })}</Badge> : null}
              {!c.pausedAt && c.consecutiveFailures ? <Badge tone="amber">{t("failures", { count: c.consecutiveFailures })}</Badge> : null}
            </span>,
          ])}
        />
      ) : (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">{t("empty")}</p>
      )}
      <p className="mt-4 max-w-3xl text-sm text-slate-600">{t("formats")}</p>
    </>
  );
}
