/** The numeric id of a route segment such as /trips/12, or null for anything else ("12abc", "-1", "1e3"). */
export function parseRouteId(raw: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) && id <= 2_147_483_647 ? id : null;
}
