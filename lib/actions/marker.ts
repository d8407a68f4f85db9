// The mark defineAction leaves on every server action it makes, so a test can prove that every export
// of an `actions.ts` module went through it (tests/unit/actions-wrapped.test.ts). No Next.js here.
export const definedAction = Symbol.for("zhaoshang.defineAction");

/** The action's name when `fn` was made by defineAction, else undefined. */
export function definedActionName(fn: unknown): string | undefined {
  if (typeof fn !== "function") return undefined;
  const name = (fn as unknown as Record<symbol, unknown>)[definedAction];
  return typeof name === "string" ? name : undefined;
}
