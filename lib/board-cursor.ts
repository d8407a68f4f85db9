// The board pages each column by last activity (newest first) with a cursor in the URL: "at.id".
// Its own module, free of zod, because the board's client code writes cursors too.
export type BoardCursor = { at: number; id: number };

export const encodeCursor = (c: BoardCursor) => `${c.at}.${c.id}`;

export function decodeCursor(value: string | null | undefined): BoardCursor | null {
  const match = /^(\d{1,15})\.(\d{1,12})$/.exec(value ?? "");
  return match ? { at: Number(match[1]), id: Number(match[2]) } : null;
}
