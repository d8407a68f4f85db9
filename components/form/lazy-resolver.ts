"use client";
import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

// zod is the largest library a form page would carry (about 36 KiB gzip of the 200 a page may
// weigh), and nobody needs it before they start typing. So a form names its schema by a loader:
// the schema's module, and zod with it, is fetched when the person first focuses a field of any
// form on the page (or, at the latest, on the first check), and the same schema then checks the
// form as it would have if bundled.

const pending = new Set<() => unknown>();
let listening = false;

function loadOnFirstFocus(load: () => unknown) {
  pending.add(load);
  if (listening || typeof document === "undefined") return;
  listening = true;
  document.addEventListener(
    "focusin",
    () => {
      for (const start of pending) void start();
      pending.clear();
      listening = false;
    },
    { once: true },
  );
}

/** `resolver: lazyZodResolver(() => import("@/lib/validation/lead").then((m) => m.leadUpdateSchema))`. */
export function lazyZodResolver<S extends z.ZodType<FieldValues, FieldValues>>(
  loadSchema: () => Promise<S>,
): Resolver<z.input<S>, unknown, z.output<S>> {
  let ready: Promise<Resolver<z.input<S>, unknown, z.output<S>>> | null = null;
  const load = () =>
    (ready ??= Promise.all([loadSchema(), import("@hookform/resolvers/zod")]).then(
      ([schema, { zodResolver }]) => zodResolver(schema) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    ));
  loadOnFirstFocus(load);
  return async (values, context, options) => (await load())(values, context, options);
}
