"use client";
import { useTranslations } from "next-intl";
import { type ComponentProps, type ReactNode, useId } from "react";
import { labelClass, selectClass } from "./styles";


/** Shows a validation message: message keys ("validation.required") are translated, plain text is kept. */
export function useFieldMessage() {
  const t = useTranslations();
  return (message: string | undefined) => (message ? (t.has(message as never) ? t(message as never) : message) : undefined);
}

export type FieldA11y = { id: string; "aria-invalid": boolean | undefined; "aria-describedby": string | undefined };

/** The attributes a control needs so that its error (while there is one), else its hint, is read with it. */
export function fieldA11y(id: string, error: string | undefined, hasHint: boolean): FieldA11y {
  return { id, "aria-invalid": error ? true : undefined, "aria-describedby": error ? `${id}-error` : hasHint ? `${id}-hint` : undefined };
}

/**
 * A label, the control (given the id and aria attributes it needs), a hint and the field's error
 * right beside it. The control is described by the error while there is one, else by the hint.
 * `error` is a message key ("validation.required") or text.
 */
export function Field({
  id: givenId,
  label,
  error,
  hint,
  required,
  className,
  children,
}: {
  id?: string;
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
  children: (a11y: FieldA11y) => ReactNode;
}) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const message = useFieldMessage()(error);
  const a11y = fieldA11y(id, message, Boolean(hint));
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>
        {label}
        {required ? (
          <span aria-hidden className="ml-0.5 text-red-600">
            *
          </span>
        ) : null}
      </label>
      <div className="mt-1">{children(a11y)}</div>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <FieldError id={id} error={error} />
    </div>
  );
}

/** The message of a field (or a group of fields) with the id its control is described by. */
export function FieldError({ id, error }: { id: string; error?: string }) {
  const message = useFieldMessage()(error);
  if (!message) return null;
  return (
    <p id={`${id}-error`} data-field-error className="mt-1 text-sm font-medium text-red-700">
      {message}
    </p>
  );
}

export type Choice = { value: string | number; label: string };

/** Choices from rows with an id and a name (districts, industries, groups). */
export function choicesOf(rows: readonly { id: number; name: string }[]): Choice[] {
  return rows.map((row) => ({ value: row.id, label: row.name }));
}

/** A select of `options`; `placeholder` is the empty choice (value ""). Takes what `register` returns. */
export function Select({ options, placeholder, className = selectClass, ...props }: ComponentProps<"select"> & { options: readonly Choice[]; placeholder?: string }) {
  return (
    <select {...props} className={className}>
      {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

/** A form-level message (a conflict, a refusal, a dropped connection) that screen readers announce at once. */
export function FormAlert({ message, className = "" }: { message: string | null | undefined; className?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className={`rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm font-medium text-red-800 ${className}`}>
      {message}
    </p>
  );
}

/** A group of fields with a heading, as one card on the phone. */
export function FormSection({ title, children, id }: { title: ReactNode; children: ReactNode; id?: string }) {
  return (
    <section aria-labelledby={id} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id={id} className="text-base font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}
