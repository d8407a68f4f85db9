// The look of every form control and button, as class names. Plain constants (no "use client"), so
// server components (links that look like buttons, GET filter forms) use them too.

/** Inputs big enough for a thumb (44px) and at 16px so phones do not zoom in on focus. */
export const inputClass =
  "block min-h-11 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 disabled:bg-slate-100 aria-[invalid=true]:border-red-600 aria-[invalid=true]:bg-red-50/40";
export const textareaClass = `${inputClass} leading-relaxed`;
export const selectClass = inputClass;
export const labelClass = "block text-sm font-medium text-slate-700";

/** The buttons of every form: at least 44 px high, for a thumb. */
const buttonBase = "inline-flex min-h-11 items-center justify-center gap-1 rounded-md text-sm disabled:opacity-60";
export const primaryButton = `${buttonBase} bg-brand-600 px-4 font-semibold text-white shadow-sm hover:bg-brand-700`;
export const secondaryButton = `${buttonBase} border border-slate-300 bg-white px-4 font-medium text-slate-700 hover:border-brand-600 hover:text-brand-700`;
export const smallButton = `${buttonBase} border border-slate-300 bg-white px-3 font-medium text-slate-700 hover:border-brand-600 hover:text-brand-700`;
export const dangerButton = `${buttonBase} border border-red-300 bg-white px-4 font-medium text-red-700 hover:bg-red-50`;

/** Filter forms over lists: the label wraps its control, which sits a little under it. */
export const filterLabelClass = "text-sm text-slate-600";
export const filterControlClass = `${inputClass} mt-1 sm:text-sm`;
