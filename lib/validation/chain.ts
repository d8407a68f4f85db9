// Forms and actions of chains (产业链): one schema per form, used by zodResolver and by the action.
import { z } from "zod";
import { chainAims, chainCompanyRoles, chainPositions, chainPresences } from "@/db/schema/enums";
import { id, optionalId, optionalLongText, optionalText, requiredText, version } from "./common";

/** An optional field that may also be left out of the input altogether (a crafted call, a short object). */
const mayBeAbsent = <S extends z.ZodType>(schema: S) => schema.optional().transform((v) => (v === undefined ? null : v));

export const optionalAim = mayBeAbsent(z.union([z.literal(""), z.null(), z.enum(chainAims)]).transform((v) => (v ? v : null)));

export const optionalPriority = mayBeAbsent(
  z
    .union([z.literal(""), z.null(), z.coerce.number().int().min(1, "validation.invalid").max(3, "validation.invalid")])
    .transform((v) => (v === "" || v === null ? null : v)),
);

export const chainSchema = z.object({
  name: requiredText(100),
  districtId: id,
  industryId: id,
  description: optionalLongText(2000),
});
export type ChainInput = z.input<typeof chainSchema>;

export const chainUpdateSchema = chainSchema.extend({ id, version });
export type ChainUpdateInput = z.input<typeof chainUpdateSchema>;

export const chainDeleteSchema = z.object({ id, version });

/** A segment (no parent) or a part (parent = its segment). A part takes its segment's position. */
export const chainNodeSchema = z.object({
  chainId: id,
  parentId: mayBeAbsent(optionalId),
  name: requiredText(60),
  position: z.enum(chainPositions),
  presence: z.enum(chainPresences),
  aim: optionalAim,
});
export type ChainNodeInput = z.input<typeof chainNodeSchema>;

export const chainNodeUpdateSchema = z.object({
  id,
  name: requiredText(60),
  position: z.enum(chainPositions),
  presence: z.enum(chainPresences),
  aim: optionalAim,
  version,
});
export type ChainNodeUpdateInput = z.input<typeof chainNodeUpdateSchema>;

export const chainNodeDeleteSchema = z.object({ id });

/** A company on a part: an existing one picked by id, or a new one typed by name. */
export const nodeCompanySchema = z
  .object({
    chainNodeId: id,
    companyId: mayBeAbsent(optionalId),
    companyName: optionalText(200),
    role: z.enum(chainCompanyRoles),
    priority: optionalPriority,
  })
  .superRefine((value, ctx) => {
    if (!value.companyId && !value.companyName) ctx.addIssue({ code: "custom", path: ["companyName"], message: "chains.companyRequired" });
    if (value.role === "target" && value.priority === null) ctx.addIssue({ code: "custom", path: ["priority"], message: "validation.required" });
  });
export type NodeCompanyInput = z.input<typeof nodeCompanySchema>;

export const nodeCompanyDeleteSchema = z.object({ id });
