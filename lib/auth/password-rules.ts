// What a password a user chooses for themself must be: at least 10 characters, not their user name
// (or name), and not common or guessable — judged by zxcvbn (pattern matching against ~40,000
// common passwords, keyboard walks, dates, repeats, l33t), which must rate it 3 ("safely
// unguessable") or better. Pure: used by the account action and the tests.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";

export const minPasswordLength = 10;
export const minPasswordScore = 3;

let checker: ZxcvbnFactory | undefined;
const zxcvbn = () => (checker ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs }));

/** Message keys (messages/*\/account.json) for why a new password is refused; null when it is fine. */
export type PasswordProblem = "account.passwordTooShort" | "account.passwordIsUsername" | "account.passwordTooGuessable";

export function passwordProblem(password: string, user: { username: string; name?: string | null }): PasswordProblem | null {
  const plain = password.normalize("NFKC").trim().toLowerCase();
  const username = user.username.trim().toLowerCase();
  if (plain === username || (username.length >= 3 && plain.includes(username))) return "account.passwordIsUsername";
  if ([...password].length < minPasswordLength) return "account.passwordTooShort";
  const hints = [user.username, user.name ?? ""].filter(Boolean);
  if (zxcvbn().check(password, hints).score < minPasswordScore) return "account.passwordTooGuessable";
  return null;
}
