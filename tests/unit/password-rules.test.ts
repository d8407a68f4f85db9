import { describe, expect, it } from "vitest";
import { passwordProblem } from "@/lib/auth/password-rules";

const user = { username: "shizhang", name: "王市长" };

describe("the rules for a password a user chooses", () => {
  it("refuses fewer than 10 characters", () => {
    expect(passwordProblem("Kq7#vL2!", user)).toBe("account.passwordTooShort");
    expect(passwordProblem("短密码很安全吗", user)).toBe("account.passwordTooShort");
  });

  it("refuses the user name, also inside a longer password and in other case", () => {
    expect(passwordProblem("shizhang", { username: "shizhang" })).toBe("account.passwordIsUsername");
    expect(passwordProblem("ShiZhang2026", user)).toBe("account.passwordIsUsername");
    expect(passwordProblem("my-shizhang-password", user)).toBe("account.passwordIsUsername");
  });

  it("refuses common and guessable passwords", () => {
    for (const weak of ["password1234", "1234567890", "qwertyuiop12", "abcdefghij", "iloveyou123", "Password2026"]) {
      expect(passwordProblem(weak, user), weak).toBe("account.passwordTooGuessable");
    }
  });

  it("accepts a long, irregular password", () => {
    expect(passwordProblem("Huaying-Sky-7429", user)).toBeNull();
    expect(passwordProblem("correct horse battery staple", user)).toBeNull();
    expect(passwordProblem("Zhaoshang#2026!", user)).toBeNull();
  });
});
