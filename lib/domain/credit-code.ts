// 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters —
// registration authority (1), organisation kind (1), administrative division (6 digits),
// organisation code (9), check character (1). Letters I, O, S, V and Z are never used.
const alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const shape = /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
const first17Shape = /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{9}$/;

function checkChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += alphabet.indexOf(first17[i]) * weights[i];
  return alphabet[(31 - (sum % 31)) % 31];
}

/** True when `code` has the GB 32100-2015 shape and its 18th character is the right check character. */
export function isValidCreditCode(code: string): boolean {
  return shape.test(code) && checkChar(code.slice(0, 17)) === code[17];
}

/** Appends the check character to the first 17 characters of a code. Throws on a malformed input. */
export function withCreditCodeCheckChar(first17: string): string {
  if (!first17Shape.test(first17)) {
    throw new Error(`not the first 17 characters of a unified social credit code: "${first17}"`);
  }
  return first17 + checkChar(first17);
}
