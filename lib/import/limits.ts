// The limits of an import, stated on the import page and enforced by /api/import and readTable.
export const maxImportMegabytes = 20;
export const maxImportBytes = maxImportMegabytes * 1024 * 1024;
/** Data rows per file (one transaction holds them all; split bigger files). */
export const maxImportRows = 50_000;
