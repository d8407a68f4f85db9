"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { setUserActiveAction } from "@/app/(crm)/admin/actions";

export function UserActiveToggle({ userId, name, isActive, isSelf }: { userId: number; name: string; isActive: boolean; isSelf: boolean }) {
  const t = useTranslations();
  const [isPending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  if (isSelf) return <span className="text-xs text-slate-400">—</span>;
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <button
        type="button"
        disabled={isPending}
        onClick={() =>
          startTransition(async () => {
            const result = await setUserActiveAction({ userId, isActive: !isActive });
            setMessage(
              result.ok
                ? { ok: true, text: t(result.data.isActive ? "admin.activated" : "admin.deactivated", { name }) }
                : { ok: false, text: result.fieldErrors?.userId?.[0] ?? result.error },
            );
          })
        }
        aria-label={`${t(isActive ? "actions.deactivate" : "actions.activate")} ${name}`}
        className={`rounded-md border px-2.5 py-1 text-xs font-medium disabled:opacity-50 ${
          isActive ? "border-red-200 text-red-700 hover:bg-red-50" : "border-emerald-200 text-emerald-700 hover:bg-emerald-50"
        }`}
      >
        {t(isActive ? "actions.deactivate" : "actions.activate")}
      </button>
      {message ? (
        <span role="status" className={`text-xs ${message.ok ? "text-emerald-700" : "text-red-700"}`}>
          {message.text}
        </span>
      ) : null}
    </span>
  );
}
