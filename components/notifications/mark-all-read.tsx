"use client";
// 全部已读: marks every unread notification of the user read, then draws the page (and the bell) again.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { markAllNotificationsReadAction } from "@/app/(crm)/notifications/actions";
import { secondaryButton } from "@/components/form/styles";
import { callAction } from "@/components/form/submit";
import { useNotice } from "@/components/ui/notice";

export function MarkAllRead() {
  const t = useTranslations();
  const router = useRouter();
  const notice = useNotice();
  const [isPending, startTransition] = useTransition();
  return (
    <button
      type="button"
      className={secondaryButton}
      disabled={isPending}
      onClick={() =>
        startTransition(async () => {
          const result = await callAction(() => markAllNotificationsReadAction({}), t("formKit.network"));
          if (result.ok) notice.show("success", result.data.read ? t("notifications.allReadNotice", { count: result.data.read }) : t("notifications.nothingToMark"));
          else notice.show("error", result.error);
          router.refresh();
        })
      }
    >
      {isPending ? t("notifications.markingAllRead") : t("notifications.markAllRead")}
    </button>
  );
}
