"use client";
import { useState } from "react";

/** A destructive button that asks once more in place: the first click shows "确认删除" and "取消". */
export function ConfirmButton({
  label,
  confirmLabel,
  cancelLabel,
  hint,
  disabled,
  onConfirm,
  className = "",
}: {
  label: string;
  confirmLabel: string;
  cancelLabel: string;
  hint?: string;
  disabled?: boolean;
  onConfirm: () => void;
  className?: string;
}) {
  const [asking, setAsking] = useState(false);
  const base = "inline-flex items-center justify-center rounded-md px-3 py-1.5 text-sm font-medium disabled:opacity-50";
  if (!asking) {
    return (
      <button type="button" disabled={disabled} onClick={() => setAsking(true)} className={`${base} border border-red-300 bg-white text-red-700 hover:bg-red-50 ${className}`}>
        {label}
      </button>
    );
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      {hint ? <span className="text-xs text-slate-500">{hint}</span> : null}
      <button
        type="button"
        disabled={disabled}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
        className={`${base} bg-red-700 text-white hover:bg-red-800`}
      >
        {confirmLabel}
      </button>
      <button type="button" onClick={() => setAsking(false)} className={`${base} border border-slate-300 bg-white text-slate-700 hover:bg-slate-50`}>
        {cancelLabel}
      </button>
    </span>
  );
}
