import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ChannelControls } from "@/components/admin/channel-controls";
import { ChannelForm } from "@/components/admin/channel-form";
import { ChannelStatus } from "@/components/admin/channel-status";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { SimpleTable } from "@/components/ui/simple-table";
import { chatDeliveryLog, getChatChannel } from "@/db/queries/chat-channels";
import { taskGroupOptions } from "@/db/queries/users";
import { toLocale } from "@/i18n/locales";
import { requireArea } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { parseRouteId } from "@/lib/route-id";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const id = parseRouteId((await params).id);
  const channel = id ? await getChatChannel(id) : null;
  const t = await getTranslations("channels");
  return { title: channel ? t("editTitle", { name: channel.name }) : t("title") };
}

/** One channel: its settings, its buttons (test, enable, resume, delete) and its delivery log. */
export default async function ChannelPage({ params }: { params: Promise<{ id: string }> }) {
  await requireArea("admin");
  const id = parseRouteId((await params).id);
  if (!id) notFound();
  const [channel, log, groups, t, tEnum, locale] = await Promise.all([
    getChatChannel(id),
    chatDeliveryLog(id),
    taskGroupOptions(),
    getTranslations("channels"),
    getTranslations("enum"),
    getLocale().then(toLocale),
  ]);
  if (!channel) notFound();
  return (
    <>
      <PageHeader title={t("editTitle", { name: channel.name })} back={{ href: "/admin/channels", label: t("backToList") }} />
      <section aria-labelledby="channel-state" className="mb-6 space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="channel-state" className="flex flex-wrap items-center gap-2 text-lg font-semibold">
          {tEnum(`chatChannelKind.${channel.kind}`)} · {channel.audience === "leadership" ? t("leadership") : channel.taskGroupName}
          <ChannelStatus channel={channel} t={t} />
        </h2>
        {channel.pausedAt ? (
          <p className="text-sm text-red-800">{t("pausedSince", { when: formatDateTime(channel.pausedAt, locale), reason: channel.pausedReason ?? "" })}</p>
        ) : null}
        <ChannelControls channel={{ id: channel.id, version: channel.version, name: channel.name, isActive: channel.isActive, paused: channel.pausedAt !== null }} />
      </section>
      <section aria-labelledby="channel-log" className="mb-8">
        <h2 id="channel-log" className="mb-2 text-lg font-semibold">{t("log")}</h2>
        {log.length ? (
          <SimpleTable
            caption={t("log")}
            headers={[t("logTime"), t("logMessage"), t("logResult"), t("logAttempt"), t("logDuration")]}
            rows={log.map((d) => [
              <span key="t" className="whitespace-nowrap">{formatDateTime(d.attemptedAt, locale)}</span>,
              <span key="m">
                <Badge tone="blue">{tEnum(`chatMessageKind.${d.messageKind}`)}</Badge> {d.messageTitle}
              </span>,
              <span key="r" className="flex flex-wrap items-center gap-1.5" data-testid="delivery-result">
                {d.ok ? <Badge tone="green">{t("ok")}</Badge> : <Badge tone="red">{t("failed")}</Badge>}
                {d.httpStatus ? <span className="font-mono text-xs">HTTP {d.httpStatus}</span> : null}
                {d.error ? <span className="break-all text-xs text-red-800">{d.error}</span> : null}
              </span>,
              t("attemptN", { n: d.attempt }),
              d.durationMs != null ? t("durationMs", { ms: d.durationMs }) : "—",
            ])}
          />
        ) : (
          <p className="text-sm text-slate-600">{t("logEmpty")}</p>
        )}
      </section>
      <ChannelForm
        groups={groups}
        channel={{
          id: channel.id,
          version: channel.version,
          name: channel.name,
          kind: channel.kind,
          webhookUrl: channel.webhookUrl,
          secretSet: channel.secretSet,
          audience: channel.audience,
          taskGroupId: channel.taskGroupId,
        }}
      />
    </>
  );
}
