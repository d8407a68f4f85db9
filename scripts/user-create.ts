// npm run user:create -- --username NAME --name 姓名 --role admin [--title 职务]
//
// Creates an account from the command line: the first administrator of a new installation (the
// server never creates one), or a way back in when every administrator is locked out. Applies the
// migrations first, so it works on a database the server has never opened. The password comes from
// NEW_USER_PASSWORD, or is typed twice without echo when run in a terminal. The input is checked
// with the same rules as the admin's "新建用户" form (lib/validation/user.ts).
import { parseArgs } from "node:util";
import { closeDatabase, db } from "../db/client";
import { resolveDatabaseConfig } from "../db/config";
import { migrateDatabase } from "../db/migrate";
import { createUser } from "../db/mutations/users";
import { auditLog } from "../db/schema";
import { roles } from "../db/schema/enums";
import { FieldError } from "../lib/actions/errors";
import { passwordProblem } from "../lib/auth/password-rules";
import { userCreateSchema } from "../lib/validation/user";
import zhCN from "../messages/zh-CN";

const usage = `Usage: npm run user:create -- --username NAME --name 姓名 --role ROLE [--title 职务]
  ROLE: ${roles.join(", ")} (members and group leads also need a task group: add them in 管理 instead)
  Password: NEW_USER_PASSWORD=… in the environment, or typed (twice) when asked.`;

/** The Chinese text of a message key such as "admin.usernameFormat" (the key itself if unknown). */
function message(key: string): string {
  let node: unknown = zhCN;
  for (const part of key.split(".")) node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === "string" ? node : key;
}

/** Reads one line from the terminal without showing what is typed. */
function askHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const input = process.stdin;
    process.stdout.write(prompt);
    let value = "";
    input.setRawMode(true);
    input.resume();
    input.setEncoding("utf8");
    const done = (result: string | null) => {
      input.setRawMode(false);
      input.pause();
      input.removeListener("data", onData);
      process.stdout.write("\n");
      if (result === null) reject(new Error("cancelled"));
      else resolve(result);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === "\r" || char === "\n" || char === "\u0004") return done(value);
        if (char === "\u0003") return done(null);
        if (char === "\u007f" || char === "\b") value = [...value].slice(0, -1).join("");
        else if (char >= " ") value += char;
      }
    };
    input.on("data", onData);
  });
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.NEW_USER_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) {
    throw new Error("No password: set NEW_USER_PASSWORD, or run this in a terminal to type it.");
  }
  const first = await askHidden("密码 / password: ");
  const second = await askHidden("再输一次 / again: ");
  if (first !== second) throw new Error("两次输入的密码不一致 / the two passwords differ.");
  return first;
}

async function main() {
  const { values } = parseArgs({
    options: {
      username: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      title: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help || !values.username || !values.name || !values.role) {
    console.log(usage);
    process.exit(values.help ? 0 : 2);
  }
  const password = await readPassword();
  const parsed = userCreateSchema.safeParse({
    username: values.username,
    password,
    name: values.name,
    title: values.title ?? "",
    role: values.role,
    phone: "",
    memberships: [],
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`${issue.path.join(".") || "input"}: ${message(issue.message)}`);
    process.exit(2);
  }
  // Nobody will make this user change the password later: it must pass the rules of a password one
  // chooses oneself (at least 10 characters, not the user name, not guessable).
  const weak = passwordProblem(password, { username: parsed.data.username, name: parsed.data.name });
  if (weak) {
    console.error(`password: ${message(weak)}`);
    process.exit(2);
  }

  await migrateDatabase();
  const input = parsed.data;
  const user = await db.transaction(async (tx) => {
    const created = await createUser(tx, input, { passwordChosenByUser: true });
    await tx.insert(auditLog).values({
      actorId: null,
      action: "user.create",
      entity: "user",
      entityId: created.id,
      details: JSON.stringify({ username: input.username, name: input.name, role: input.role, via: "npm run user:create" }),
    });
    return created;
  });
  console.log(
    `已创建用户 ${input.username}（${user.name}，${input.role}）/ created user ${input.username} (${input.role}) on ${resolveDatabaseConfig().dialect}`,
  );
}

main()
  .then(() => closeDatabase())
  .catch(async (error) => {
    if (error instanceof FieldError) console.error(`${error.field}: ${message(error.messageKey)}`);
    else console.error(error instanceof Error ? error.message : error);
    await closeDatabase();
    process.exit(1);
  });
