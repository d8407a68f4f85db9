// A company's name in the form used to find duplicates: no whitespace (ASCII or full-width),
// full-width brackets turned into ASCII ones, lower case. "深圳 华晟（光电）ABC" → "深圳华晟(光电)abc".
export function normalizeCompanyName(name: string): string {
  return name
    .replace(/[\s\u3000]+/g, "")
    .replace(/（/g, "(")
    .replace(/）/g, ")")
    .toLowerCase();
}
