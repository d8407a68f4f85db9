"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { endSessionAction } from "@/app/(crm)/account/actions";
import { endAllSessionsAction } from "@/app/(crm)/admin/users/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { useNotice } from "@/components/ui/notice";
import { SimpleTable } from "@/components/ui/simple-table";
import { toLocale } from "@/i18n/locales";
import { formatDateTime } from "@/lib/format";
import { describeUserAgent } from "@/lib/user-agent";

export type SessionItem = { id: string; ip: string | null; userAgent: string | null; createdAt: Date; lastSeenAt: Date; current: boolean };

/**
 * Signed-in devices with "退出该设备" for each (not for this device: that is the sign-out button).
 * With `endAllFor`, the admin's view of another user, also "退出全部设备".
 */
export function SessionList({ sessions, caption, endAllFor }: { sessions: SessionItem[]; caption: string; endAllFor?: number }) {
  const t = useTranslations();
  const locale = toLocale(useLocale());
  const router = useRouter();
  const notice = useNotice();
  const [isPending, startTransition] = useTransition();
  const device = (session: SessionItem) => {
    const { browser, os } = describeUserAgent(session.userAgent);
    const text = [browser, os].filter(Boolean).join(" · ") || t("account.unknownDevice");
    return (
      <span title={session.userAgent ?? undefined}>
        {text}
        {session.current ? (
          <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-medium text-emerald-800">{t("account.thisDevice")}</span>
        ) : null}
      </span>
    );
  };
  const end = (session: SessionItem) =>
    startTransition(async () => {
      const result = await endSessionAction({ sessionId: session.id });
      notice.show(result.ok ? "success" : "error", result.ok ? t("account.sessionEnded") : result.error);
      router.refresh();
    });
  const endAll = (userId: number) =>
    startTransition(async () => {
      const result = await endAllSessionsAction({ userId });
      notice.show(result.ok ? "success" : "error", result.ok ? t("account.allEnded", { count: result.data.ended }) : result.error);
      router.refresh();
    });
  const endButton = (session: SessionItem) =>
    session.current ? null : (
      <ConfirmButton
        label={t("account.endSession")}
        confirmLabel={t("account.endSessionConfirm")}
        cancelLabel={t("account.cancel")}
        disabled={isPending}
        onConfirm={() => end(session)}
      />
    );
  if (sessions.length === 0) return <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-500">{t("account.noSessions")}</p>;
  return (
    <div className="space-y-3">
      {/* On a phone, one card per device; from sm up, the table. */}
      <ul aria-label={caption} className="space-y-2 sm:hidden">
        {sessions.map((session) => (
          <li key={session.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
            <p className="font-medium text-slate-900">{device(session)}</p>
            <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-slate-600">
              <dt>{t("account.ip")}</dt>
              <dd>{session.ip ?? "—"}</dd>
              <dt>{t("account.signedInAt")}</dt>
              <dd>{formatDateTime(session.createdAt, locale)}</dd>
              <dt>{t("account.lastSeenAt")}</dt>
              <dd>{formatDateTime(session.lastSeenAt, locale)}</dd>
            </dl>
            {session.current ? null : <div className="mt-2">{endButton(session)}</div>}
          </li>
        ))}
      </ul>
      <div className="hidden sm:block">
        <SimpleTable
          caption={caption}
          headers={[t("account.device"), t("account.ip"), t("account.signedInAt"), t("account.lastSeenAt"), t("actions.column")]}
          rows={sessions.map((session) => [
            device(session),
            session.ip ?? "—",
            formatDateTime(session.createdAt, locale),
            formatDateTime(session.lastSeenAt, locale),
            endButton(session),
          ])}
        />
      </div>
      {endAllFor !== undefined ? (
        <ConfirmButton
          label={t("account.endAll")}
          confirmLabel={t("account.endAllConfirm")}
          cancelLabel={t("account.cancel")}
          disabled={isPending}
          onConfirm={() => endAll(endAllFor)}
        />
      ) : null}
    </div>
  );
}
