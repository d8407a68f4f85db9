import { z } from "zod";
import { groupMemberRoles, roles } from "@/db/schema/enums";
import { id, optionalId, optionalText, requiredText, version } from "./common";

export const password = z.string().min(8, "admin.passwordTooShort").max(200, "validation.tooLong");

const membership = z.object({ taskGroupId: id, role: z.enum(groupMemberRoles) });

const userFields = {
  name: requiredText(50),
  title: optionalText(100),
  role: z.enum(roles),
  /** One of the principal leaders (党政主要领导); only a city leader can be. */
  isPrincipal: z.boolean().default(false),
  phone: optionalText(30),
  districtId: optionalId,
  /** The city leader a secretary works for; nobody else has one (the leader is checked on save). */
  servesLeaderId: optionalId,
  memberships: z.array(membership).max(17).default([]),
};

/**
 * Group leads lead at least one task group; members belong to at least one; nobody is listed twice.
 * Only a secretary works for a city leader (servesALeader in lib/auth/policy.ts says the same on save).
 */
function checkMemberships(
  value: { role: string; memberships: { taskGroupId: number; role: string }[]; servesLeaderId?: number | null },
  ctx: z.RefinementCtx,
) {
  if (value.servesLeaderId && value.role !== "secretary") ctx.addIssue({ code: "custom", path: ["servesLeaderId"], message: "admin.servesLeaderSecretaryOnly" });
  const ids = value.memberships.map((m) => m.taskGroupId);
  if (new Set(ids).size !== ids.length) ctx.addIssue({ code: "custom", path: ["memberships"], message: "admin.groupTwice" });
  if (value.role === "group_lead" && !value.memberships.some((m) => m.role === "lead")) {
    ctx.addIssue({ code: "custom", path: ["memberships"], message: "admin.groupLeadNeedsGroup" });
  }
  if (value.role === "member" && value.memberships.length === 0) {
    ctx.addIssue({ code: "custom", path: ["memberships"], message: "admin.memberNeedsGroup" });
  }
}

export const userCreateSchema = z
  .object({
    username: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9][a-z0-9_.-]{1,31}$/, "admin.usernameFormat"),
    password,
    ...userFields,
  })
  .superRefine(checkMemberships);

export const userUpdateSchema = z
  .object({ id, version, isActive: z.boolean(), ...userFields })
  .superRefine(checkMemberships);

export const passwordResetSchema = z.object({ id, password });

export type UserCreateInput = z.input<typeof userCreateSchema>;
export type UserUpdateInput = z.input<typeof userUpdateSchema>;
