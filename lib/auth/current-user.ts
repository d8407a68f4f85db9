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
};
