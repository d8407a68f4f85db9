"use client";
import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

/**
 * A choice among a few values as a row of cards (44 px targets), each a radio button: the trip's
 * status, the meeting's kind. `children` goes under the cards (the field's error).
 */
export function RadioCards({
  legend,
  options,
  field,
  gridClass = "grid-cols-3",
  children,
}: {
  legend: string;
  options: readonly { value: string; label: string }[];
  field: UseFormRegisterReturn;
  gridClass?: string;
  children?: ReactNode;
}) {
  return (
    <fieldset>
      <legend className="block text-sm font-medium text-slate-700">{legend}</legend>
      <div className={`mt-1 grid gap-2 ${gridClass}`}>
        {options.map((option) => (
          <label
            key={option.value}
            className="flex min-h-11 cursor-pointer items-center justify-center rounded-md border border-slate-300 bg-white px-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:checked]:font-semibold has-[:checked]:text-brand-800"
          >
            <input type="radio" value={option.value} {...field} className="sr-only" />
            {option.label}
          </label>
        ))}
      </div>
      {children}
    </fieldset>
  );
}
