// The chain actions without Next.js: schema, rule (policy.mayEditChains; within it, a group lead must lead
// the chain's task group), the change with its audit row and the pages to revalidate. The server
// actions in ./actions.ts wrap these; integration tests run them through runAction directly.
import type { ActionDefinition, Revalidation } from "@/lib/actions/run-action";
import { mayEditChains } from "@/lib/auth/policy";
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

/** The chain list and, when the change names one, the pages of that chain (and everything under them). */
const chainPages = (chainId: number | undefined): Revalidation[] =>
  chainId ? ["/chains", { path: `/chains/${chainId}`, type: "layout" }] : ["/chains"];

const define = <S extends z.ZodType, T>(definition: ActionDefinition<S, T>) => definition;

export const createChainDefinition = define({
  name: "chain.create",
  schema: chainSchema,
  rule: mayEditChains,
  async run({ input, user, tx, audit }) {
    const chain = await createChain(tx, user, input);
    await audit({ entity: "chain", entityId: chain.id });
    return chain;
  },
  revalidate: ["/chains"],
});

export const updateChainDefinition = define({
  name: "chain.update",
  schema: chainUpdateSchema,
  rule: mayEditChains,
  async run({ input, user, tx, audit }) {
    const chain = await updateChain(tx, user, input);
    await audit({ entity: "chain", entityId: chain.id });
    return chain;
  },
  revalidate: (_, chain) => chainPages(chain.id),
});

export const deleteChainDefinition = define({
  name: "chain.delete",
  schema: chainDeleteSchema,
  rule: mayEditChains,
  async run({ input, user, tx, audit }) {
    const chain = await deleteChain(tx, user, input);
    await audit({ entity: "chain", entityId: chain.id, details: { name: chain.name } });
    return chain;
  },
  revalidate: (_, chain) => chainPages(chain.id),
});

export const createChainNodeDefinition = define({
  name: "chain.node.create",
  schema: chainNodeSchema,
  rule: mayEditChains,
  async run({ input, user, tx, audit }) {
    const node = await createChainNode(tx, user, input);
    await audit({ entity: "chainNode", entityId: node.id });
    return node;
  },
  revalidate: (_, result) => chainPages(result.chainId),
});

export const updateChainNodeDefinition = define({
  name: "chain.node.update",
  schema: chainNodeUpdateSchema,
  rule: mayEditChains,
  async run({ input, user, tx, audit }) {
    const node = await updateChainNode(tx, user, input);
    await audit({ entity: "chainNode", entityId: node.id });
    return { id: node.id, chainId: node.chainId, version: node.version };
  },
  revalidate: (_, result) => chainPages(result.chainId),
});

export const deleteChainNodeDefinition = define({
  name: "chain.node.delete",
  schema: chainNodeDeleteSchema,
  rule: mayEditChains,
  async run({ input, user, tx, audit }) {
    const node = await deleteChainNode(tx, user, input);
    await audit({ entity: "chainNode", entityId: node.id, details: { name: node.name, chainId: node.chainId } });
    return node;
  },
  revalidate: (_, result) => chainPages(result.chainId),
});

export const addNodeCompanyDefinition = define({
  name: "chain.company.add",
  schema: nodeCompanySchema,
  rule: mayEditChains,
  async run({ input, user, tx, audit }) {
    const link = await addNodeCompany(tx, user, input);
    if (link.companyCreated) await audit({ entity: "company", entityId: link.companyId, details: { name: link.companyName } });
    await audit({ entity: "chainNodeCompany", entityId: link.id });
    return link;
  },
  revalidate: (_, result) => chainPages(result.chainId),
});

export const removeNodeCompanyDefinition = define({
  name: "chain.company.remove",
  schema: nodeCompanyDeleteSchema,
  rule: mayEditChains,
  async run({ input, user, tx, audit }) {
    const link = await removeNodeCompany(tx, user, input);
    await audit({ entity: "chainNodeCompany", entityId: link.id, details: link });
    return link;
  },
  revalidate: (_, result) => chainPages(result.chainId),
});
