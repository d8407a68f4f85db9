"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type ReactNode, useTransition } from "react";
import { FormAlert } from "./field";
import { primaryButton, secondaryButton } from "./styles";

/** The save bar: always in reach of the thumb at the bottom of the screen, above the phone's home bar. */
export function StickyActions({ children, message }: { children: ReactNode; message?: ReactNode }) {
  return (
    // On a phone it sits on the tab bar (--tab-bar-h, set by the app shell), which keeps the home bar's room.
    <div className="sticky bottom-[var(--tab-bar-h,0px)] z-10 -mx-3 mt-4 border-t border-slate-200 bg-white/95 px-3 pb-[max(0.75rem,calc(env(safe-area-inset-bottom)_-_var(--tab-bar-h,0px)))] pt-3 backdrop-blur sm:-mx-6 sm:px-6 lg:-mx-8 lg:px-8">
      {message}
      <div className="flex items-center gap-3">{children}</div>
    </div>
  );
}

/**
 * The save bar of a page form: the form's error (announced), the submit button ("正在保存…" while
 * saving) and the way back.
 */
export function FormActions({ error, submitting, submitLabel, cancelHref }: { error: string | null; submitting: boolean; submitLabel?: string; cancelHref: string }) {
  const t = useTranslations();
  return (
    <StickyActions message={<FormAlert message={error} className="mb-2" />}>
      <button type="submit" disabled={submitting} className={`${primaryButton} flex-1 sm:flex-none`}>
        {submitting ? t("formKit.saving") : (submitLabel ?? t("actions.save"))}
      </button>
      <Link href={cancelHref} className={secondaryButton}>
        {t("actions.cancel")}
      </Link>
    </StickyActions>
  );
}

/**
 * The end of a dialog's form: its error (announced), 刷新 after a conflict (the latest version is
 * loaded, what was typed stays), 取消 and the submit button.
 */
export function DialogActions({
  error,
  conflict,
  pending,
  submitLabel,
  onCancel,
}: {
  error: string | null;
  conflict: boolean;
  pending: boolean;
  submitLabel?: string;
  onCancel: () => void;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [, startTransition] = useTransition();
  return (
    <>
      <FormAlert message={error} />
      <div className="flex flex-wrap justify-end gap-2">
        {conflict ? (
          <button type="button" className={secondaryButton} onClick={() => startTransition(() => router.refresh())}>
            {t("leads.refresh")}
          </button>
        ) : null}
        <button type="button" className={secondaryButton} onClick={onCancel}>
          {t("actions.cancel")}
        </button>
        <button type="submit" className={primaryButton} disabled={pending}>
          {pending ? t("formKit.saving") : (submitLabel ?? t("actions.save"))}
        </button>
      </div>
    </>
  );
}
