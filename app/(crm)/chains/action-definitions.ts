// The chain actions without Next.js: schema, roles and the change with its audit row. The server
// actions in ./actions.ts wrap these; integration tests run them through runAction directly.
import type { ActionDefinition } from "@/lib/actions/run-action";
import {
  addNodeCompany,
  createChain,
  createChainNode,
  deleteChain,
  deleteChainNode,
  removeNodeCompany,
  updateChain,
  updateChainNode,
} from "@/db/mutations/chains";
import {
  chainDeleteSchema,
  chainNodeDeleteSchema,
  chainNodeSchema,
  chainNodeUpdateSchema,
  chainSchema,
  chainUpdateSchema,
  nodeCompanyDeleteSchema,
  nodeCompanySchema,
} from "@/lib/validation/chain";
import type { z } from "zod";

/** Only these roles reach the row check; within it, a group lead must lead the chain's task group. */
const chainEditors = ["admin", "group_lead"] as const;

const define = <S extends z.ZodType, T>(definition: ActionDefinition<S, T>) => definition;

export const createChainDefinition = define({
  name: "chain.create",
  schema: chainSchema,
  roles: chainEditors,
  async run({ input, user, tx, audit }) {
    const chain = await createChain(tx, user, input);
    await audit({ entity: "chain", entityId: chain.id });
    return chain;
  },
});

export const updateChainDefinition = define({
  name: "chain.update",
  schema: chainUpdateSchema,
  roles: chainEditors,
  async run({ input, user, tx, audit }) {
    const chain = await updateChain(tx, user, input);
    await audit({ entity: "chain", entityId: chain.id });
    return chain;
  },
});

export const deleteChainDefinition = define({
  name: "chain.delete",
  schema: chainDeleteSchema,
  roles: chainEditors,
  async run({ input, user, tx, audit }) {
    const chain = await deleteChain(tx, user, input);
    await audit({ entity: "chain", entityId: chain.id, details: { name: chain.name } });
    return chain;
  },
});

export const createChainNodeDefinition = define({
  name: "chain.node.create",
  schema: chainNodeSchema,
  roles: chainEditors,
  async run({ input, user, tx, audit }) {
    const node = await createChainNode(tx, user, input);
    await audit({ entity: "chainNode", entityId: node.id });
    return node;
  },
});

export const updateChainNodeDefinition = define({
  name: "chain.node.update",
  schema: chainNodeUpdateSchema,
  roles: chainEditors,
  async run({ input, user, tx, audit }) {
    const node = await updateChainNode(tx, user, input);
    await audit({ entity: "chainNode", entityId: node.id });
    return { id: node.id, chainId: node.chainId, changedAt: node.updatedAt.getTime() };
  },
});

export const deleteChainNodeDefinition = define({
  name: "chain.node.delete",
  schema: chainNodeDeleteSchema,
  roles: chainEditors,
  async run({ input, user, tx, audit }) {
    const node = await deleteChainNode(tx, user, input);
    await audit({ entity: "chainNode", entityId: node.id, details: { name: node.name, chainId: node.chainId } });
    return node;
  },
});

export const addNodeCompanyDefinition = define({
  name: "chain.company.add",
  schema: nodeCompanySchema,
  roles: chainEditors,
  async run({ input, user, tx, audit }) {
    const link = await addNodeCompany(tx, user, input);
    if (link.companyCreated) await audit({ entity: "company", entityId: link.companyId, details: { name: link.companyName } });
    await audit({ entity: "chainNodeCompany", entityId: link.id });
    return link;
  },
});

export const removeNodeCompanyDefinition = define({
  name: "chain.company.remove",
  schema: nodeCompanyDeleteSchema,
  roles: chainEditors,
  async run({ input, user, tx, audit }) {
    const link = await removeNodeCompany(tx, user, input);
    await audit({ entity: "chainNodeCompany", entityId: link.id, details: link });
    return link;
  },
});
