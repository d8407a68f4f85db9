"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";

type Draft<V> = { savedAt: number; values: Partial<V> };

function readDraft<V>(key: string): Draft<V> | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return null;
    const draft = JSON.parse(raw) as Draft<V>;
    return draft && typeof draft.savedAt === "number" && draft.values && typeof draft.values === "object" ? draft : null;
  } catch {
    return null;
  }
}

/**
 * Keeps what was typed into a form in this browser (localStorage) until it is saved, so a reload,
 * a closed tab or a dropped connection loses nothing. Restores it on the next visit.
 */
export function useFormDraft<V extends FieldValues>(key: string | null, form: UseFormReturn<V>) {
  const [restoredAt, setRestoredAt] = useState<number | null>(null);
  const stopped = useRef(false);

  useEffect(() => {
    if (!key) return;
    const draft = readDraft<V>(key);
    if (!draft) return;
    form.reset({ ...form.getValues(), ...draft.values }, { keepDefaultValues: true });
    // Restoring is an effect of reading the browser's storage, which only exists after mounting.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setRestoredAt(draft.savedAt);
  }, [key, form]);

  useEffect(() => {
    if (!key) return;
    const subscription = form.watch((values, { name }) => {
      // A change of one field (typed, or chosen through a picker) makes a draft; a whole-form reset does not.
      if (stopped.current || name === undefined) return;
      try {
        window.localStorage.setItem(key, JSON.stringify({ savedAt: Date.now(), values }));
      } catch {
        /* storage full or disabled: the form still works, it just cannot keep a draft */
      }
    });
    return () => subscription.unsubscribe();
  }, [key, form]);

  /** After a successful save: the draft is done with. */
  const clear = useCallback(() => {
    stopped.current = true;
    if (key) window.localStorage.removeItem(key);
  }, [key]);

  /** The person chose to start over. */
  const discard = useCallback(() => {
    if (key) window.localStorage.removeItem(key);
    form.reset();
    setRestoredAt(null);
  }, [key, form]);

  return { restoredAt, clear, discard };
}
