"use client";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/result";

export type ActionOutcome<T> = ActionResult<T> | { ok: false; code: "network"; error: string; fieldErrors?: undefined };

/**
 * Calls a server action; a dropped connection (the call itself fails) becomes an outcome like any
 * other, so the form keeps what was typed and says what happened.
 */
export async function callAction<T>(call: () => Promise<ActionResult<T>>, networkMessage: string): Promise<ActionOutcome<T>> {
  try {
    return await call();
  } catch {
    return { ok: false, code: "network", error: networkMessage };
  }
}

/**
 * Puts the server's per-field messages beside the fields; returns whether any was shown. The caller
 * focuses the first of them in the page's order (focusFirstError), which useActionForm does.
 */
export function showFieldErrors<V extends FieldValues>(
  setError: UseFormSetError<V>,
  fieldErrors: Record<string, string[]> | undefined,
  knownFields: readonly string[],
): boolean {
  let shown = false;
  for (const [key, messages] of Object.entries(fieldErrors ?? {})) {
    const field = knownFields.find((f) => key === f || key.startsWith(`${f}.`));
    if (!field || !messages[0]) continue;
    setError(key as Path<V>, { type: "server", message: messages[0] });
    shown = true;
  }
  return shown;
}
