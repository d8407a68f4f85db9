import type { Role } from "@/db/schema/enums";

export type CurrentUser = {
  id: number;
  username: string;
  name: string;
  title: string | null;
  role: Role;
  /** Task groups the user belongs to (as lead or member). */
  groupIds: number[];
  /** Task groups the user leads. */
  leadGroupIds: number[];
  /** The server-side session the request came with (absent for scripts and tests acting directly). */
  sessionId?: string;
  /** An administrator chose the password: until the user picks their own, only /account is open. */
  mustChangePassword?: boolean;
};
