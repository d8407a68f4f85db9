"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { useNotice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";
import { focusFirstError } from "./focus-error";
import { type ActionOutcome, callAction, showFieldErrors } from "./submit";

type FormError = { text: string; conflict: boolean };

export type ActionFormOptions = {
  /** The fields the form shows; server messages for others become the form's message. Default: every value of the form. */
  fields?: readonly string[];
  /** Page forms: when the fields carry the messages, the form says "请按提示修改后再保存。" (also on a refused client check). */
  fixErrors?: boolean;
  /**
   * Forms that show no form-level message of their own (no FormAlert, FormActions or DialogActions):
   * a refusal with nothing to sit beside is announced in the notice instead. Never a message a field
   * already shows.
   */
  notifyError?: boolean;
  /** The id of the form (or panel) to look in for the first field in error; else the form holding the focus, else the page. */
  scope?: string;
};

/**
 * What every form does around its server action: calls it (a dropped connection keeps what was
 * typed and says so), puts the server's per-field messages beside the fields, says a conflict, a
 * refusal or a failure at the form, shows the success notice, and tells whether it is saving.
 * After any refused save (the browser's own check or the server's) the first field in error in the
 * page's order gets the focus (inside the element of `scope`, when given).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form, whatever its resolver's output
export function useActionForm<V extends FieldValues>(form: UseFormReturn<V, any, any>, options: ActionFormOptions = {}) {
  const t = useTranslations();
  const notice = useNotice();
  const [pending, setPending] = useState(false);
  const [formError, setFormErrorState] = useState<FormError | null>(null);
  const setFormError = (text: string | null) => setFormErrorState(text ? { text, conflict: false } : null);
  const [focusRequest, setFocusRequest] = useState(0);

  // After the fields' messages are drawn: a submit (checked in the browser, then maybe on the server) or a server refusal outside one.
  const submitCount = form.formState.submitCount;
  useEffect(() => {
    if (submitCount === 0 && focusRequest === 0) return;
    // After react-hook-form's own focus (it focuses its first registered field, then again on a timer).
    const timer = setTimeout(() => {
      const scope = options.scope ? document.getElementById(options.scope) : null;
      focusFirstError(scope ?? document.activeElement?.closest("form") ?? document);
    });
    return () => clearTimeout(timer);
  }, [submitCount, focusRequest, options.scope]);

  /**
   * Calls the server action (`() => someAction(input)`). On success `onSuccess` runs; the text it returns is shown as the
   * success notice. Resolves to the outcome.
   */
  async function run<T>(call: () => Promise<ActionResult<T>>, onSuccess: (data: T) => string | void): Promise<ActionOutcome<T>> {
    setFormErrorState(null);
    setPending(true);
    const result = await callAction(call, t("formKit.network"));
    setPending(false);
    if (result.ok) {
      const text = onSuccess(result.data);
      if (text) notice.show("success", text);
      return result;
    }
    const shown = showFieldErrors(form.setError, result.fieldErrors, options.fields ?? Object.keys(form.getValues()));
    if (shown) {
      setFocusRequest((n) => n + 1);
      // The messages sit beside their fields (the first one focused); the notice does not say them again.
      if (options.fixErrors) setFormError(t("formKit.fixErrors"));
      return result;
    }
    // A refusal of a value the form has no field for has nothing to sit beside: its message is the form's.
    const text = Object.values(result.fieldErrors ?? {})[0]?.[0] ?? result.error;
    setFormErrorState({ text, conflict: result.code === "conflict" });
    if (options.notifyError) notice.show("error", text);
    return result;
  }

  return {
    run,
    pending,
    /** The form-level message, or null. */
    error: formError?.text ?? null,
    /** The record was changed by someone else since the form was opened: offer 刷新. */
    conflict: formError?.conflict ?? false,
    setFormError,
    /** For handleSubmit's second argument: what the form says when its own checks refuse. */
    onInvalid: () => setFormError(options.fixErrors ? t("formKit.fixErrors") : null),
  };
}
