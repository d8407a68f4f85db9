export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      error: string;
      /** Messages per field, in the user's language, for the form to show beside each field. */
      fieldErrors?: Record<string, string[]>;
      code: "unauthenticated" | "forbidden" | "invalid" | "not_found" | "conflict" | "unexpected";
    };
