"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import {
  deleteChatChannelAction,
  resumeChatChannelAction,
  sendTestChatMessageAction,
  setChatChannelActiveAction,
} from "@/app/(crm)/admin/channels/actions";
import { primaryButton, secondaryButton } from "@/components/form/styles";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { useNotice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";

type Channel = { id: number; version: number; name: string; isActive: boolean; paused: boolean };

/** A channel's buttons: 发送测试消息 (with its result in place), enable/disable, resume, delete. */
export function ChannelControls({ channel }: { channel: Channel }) {
  const t = useTranslations("channels");
  const notice = useNotice();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [testResult, setTestResult] = useState<{ ok: boolean; text: string } | null>(null);

  const act = <T,>(call: () => Promise<ActionResult<T>>, success: (data: T) => string, after?: () => void) =>
    startTransition(async () => {
      const result = await call();
      if (!result.ok) {
        notice.show("error", result.error);
        return;
      }
      notice.show("success", success(result.data));
      if (after) after();
      else router.refresh();
    });

  const sendTest = () =>
    startTransition(async () => {
      setTestResult(null);
      const result = await sendTestChatMessageAction({ id: channel.id });
      if (!result.ok) {
        setTestResult({ ok: false, text: result.error });
        return;
      }
      const { status, httpStatus, error } = result.data;
      setTestResult(
        status === "sent"
          ? { ok: true, text: t("testSent", { status: String(httpStatus ?? "") }) }
          : { ok: false, text: t("testFailed", { error: error ?? status }) },
      );
      router.refresh();
    });

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" onClick={sendTest} disabled={pending} className={primaryButton}>
          {pending ? t("sending") : t("sendTest")}
        </button>
        {channel.paused ? (
          <button
            type="button"
            disabled={pending}
            onClick={() => act(() => resumeChatChannelAction({ id: channel.id, version: channel.version }), () => t("resumed", { name: channel.name }))}
            className={secondaryButton}
          >
            {t("resume")}
          </button>
        ) : null}
        <button
          type="button"
          disabled={pending}
          onClick={() =>
            act(
              () => setChatChannelActiveAction({ id: channel.id, version: channel.version, isActive: !channel.isActive }),
              (data) => t(data.isActive ? "enabled" : "disabledNotice", { name: channel.name }),
            )
          }
          className={secondaryButton}
        >
          {channel.isActive ? t("disable") : t("enable")}
        </button>
        <ConfirmButton
          label={t("delete")}
          confirmLabel={t("confirmDelete")}
          cancelLabel={t("cancel")}
          hint={t("deleteHint")}
          disabled={pending}
          onConfirm={() =>
            act(
              () => deleteChatChannelAction({ id: channel.id, version: channel.version }),
              () => t("deleted", { name: channel.name }),
              () => {
                router.push("/admin/channels");
                router.refresh();
              },
            )
          }
        />
      </div>
      {testResult ? (
        <p role="status" data-testid="channel-test-result" className={`rounded-md px-3 py-2 text-sm ${testResult.ok ? "bg-emerald-50 text-emerald-800" : "bg-red-50 text-red-800"}`}>
          {testResult.text}
        </p>
      ) : null}
    </div>
  );
}
