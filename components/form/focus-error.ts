// After a refused save, the first field with a message in the page's order (top to bottom, as the
// person reads it) gets the focus: not the first key of the schema, nor the first field react-hook-form
// registered. Every message is drawn by FieldError (data-field-error) and every control with one is
// marked aria-invalid, so the page itself says which comes first.

const focusable = "input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex='-1'])";

/** The control a field message belongs to: the element it describes, or the first control inside that one (a group of checkboxes). */
function controlOf(message: HTMLElement, within: ParentNode): HTMLElement | null {
  const described = message.id ? within.querySelector<HTMLElement>(`[aria-describedby~="${CSS.escape(message.id)}"]`) : null;
  if (!described) return null;
  return described.matches(focusable) ? described : described.querySelector<HTMLElement>(focusable);
}

/** Focuses the first field in error inside `within` (a form, a dialog, the page); returns whether there was one. */
export function focusFirstError(within: ParentNode): boolean {
  const first = within.querySelector<HTMLElement>(`[aria-invalid="true"], [data-field-error]`);
  if (!first) return false;
  const target = first.hasAttribute("data-field-error") ? (controlOf(first, within) ?? first) : first;
  // Centred, so the sticky save bar at the bottom of a phone does not hide it.
  target.scrollIntoView({ block: "center" });
  if (target.matches(focusable)) target.focus({ preventScroll: true });
  return true;
}

/**
 * Scrolls the page so that `space` pixels under `element` (the list a picker opens below its box) are in
 * view, above a phone's keyboard and the sticky save bar, when they are not already.
 */
export function revealBelow(element: HTMLElement, space: number) {
  const visible = window.visualViewport?.height ?? window.innerHeight;
  const overflow = element.getBoundingClientRect().bottom + space - visible;
  if (overflow > 0) window.scrollBy({ top: Math.min(overflow, element.getBoundingClientRect().top - 72) });
}
