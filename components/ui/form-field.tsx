"use client";
import { useId } from "react";
import { useFieldMessage } from "./use-field-message";

export { inputClass, primaryButton, secondaryButton } from "./field";

/**
 * A labelled form control with its message beside it. `children` receives the id and the
 * aria attributes to spread on the control, so the label and the error belong to it.
 */
export function FormField({
  label,
  error,
  hint,
  className,
  children,
}: {
  label: string;
  /** A message key ("validation.required") or text. */
  error?: string;
  hint?: string;
  className?: string;
  children: (control: { id: string; "aria-invalid": boolean; "aria-describedby"?: string }) => React.ReactNode;
}) {
  const id = useId();
  const message = useFieldMessage()(error);
  const describedBy = [message ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children({ id, "aria-invalid": Boolean(message), "aria-describedby": describedBy })}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {message ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {message}
        </p>
      ) : null}
    </div>
  );
}

/** Server field errors onto react-hook-form; returns the first message of a key the form does not show. */
export function applyFieldErrors(
  fieldErrors: Record<string, string[]> | undefined,
  fields: readonly string[],
  setError: (name: never, error: { type: string; message: string }) => void,
): string | null {
  let other: string | null = null;
  for (const [key, messages] of Object.entries(fieldErrors ?? {})) {
    if (fields.includes(key)) setError(key as never, { type: "server", message: messages[0] });
    else other ??= messages[0];
  }
  return other;
}
