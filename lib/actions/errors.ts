// Errors a data-access function or an action may throw; the action wrapper turns each into a
// message for the person who acted. Plain classes, no framework import.

/** The user may not touch this row or use this action. */
export class ForbiddenError extends Error {
  constructor(message = "forbidden") {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** The row does not exist, or is outside what the user may see (indistinguishable on purpose). */
export class NotFoundError extends Error {
  constructor(message = "not found") {
    super(message);
    this.name = "NotFoundError";
  }
}

/** A save was based on a version someone else has since changed. */
export class ConflictError extends Error {
  constructor(
    readonly changedBy: string | null,
    readonly changedAt: Date | null,
    readonly currentVersion: number,
  ) {
    super("conflict");
    this.name = "ConflictError";
  }
}

/** An input problem found on the server (a duplicate, a rule), attached to one field. */
export class FieldError extends Error {
  constructor(
    readonly field: string,
    /** A key of messages/*.json, e.g. "admin.cannotDeactivateSelf". */
    readonly messageKey: string,
  ) {
    super(messageKey);
    this.name = "FieldError";
  }
}
