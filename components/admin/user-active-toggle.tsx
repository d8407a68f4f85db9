"use client";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { setUserActiveAction } from "@/app/(crm)/admin/actions";
import { useNotice } from "@/components/ui/notice";

export function UserActiveToggle({ userId, name, isActive, isSelf }: { userId: number; name: string; isActive: boolean; isSelf: boolean }) {
  const t = useTranslations();
  const notice = useNotice();
  const [isPending, startTransition] = useTransition();
  if (isSelf) return <span className="text-xs text-slate-600">—</span>;
  return (
    <button
      type="button"
      disabled={isPending}
      onClick={() =>
        startTransition(async () => {
          const result = await setUserActiveAction({ userId, isActive: !isActive });
          if (result.ok) notice.show("success", t(result.data.isActive ? "admin.activated" : "admin.deactivated", { name }));
          else notice.show("error", result.fieldErrors?.userId?.[0] ?? result.error);
        })
      }
      aria-label={`${t(isActive ? "actions.deactivate" : "actions.activate")} ${name}`}
      className={`inline-flex min-h-11 items-center rounded-md border px-3 text-xs font-medium disabled:opacity-50 ${
        isActive ? "border-red-200 text-red-700 hover:bg-red-50" : "border-emerald-200 text-emerald-700 hover:bg-emerald-50"
      }`}
    >
      {t(isActive ? "actions.deactivate" : "actions.activate")}
    </button>
  );
}
