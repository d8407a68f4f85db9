// The chain actions without Next.js: schema, rule (policy.mayEditChains; within it, a group lead must lead
// the chain's task group), the change with its audit row and the pages to revalidate. The server
// actions in ./actions.ts wrap these; integration tests run them through runAction directly.
import { actionDefinition, auditedChange, type Revalidation } from "@/lib/actions/run-action";
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

/** The chain list and, when the change names one, the pages of that chain (and everything under them). */
const chainPages = (chainId: number | undefined): Revalidation[] =>
  chainId ? ["/chains", { path: `/chains/${chainId}`, type: "layout" }] : ["/chains"];

/** Every chain edit: policy.mayEditChains here; within it, a group lead must lead the chain's group (db/mutations/chains.ts). */
const chainEdit = { rule: mayEditChains };
const pagesOfItsChain = (_: unknown, row: { chainId: number }) => chainPages(row.chainId);
export const createChainDefinition = auditedChange({ ...chainEdit, name: "chain.create", schema: chainSchema, entity: "chain", change: createChain, revalidate: ["/chains"] });
export const updateChainDefinition = auditedChange({ ...chainEdit, name: "chain.update", schema: chainUpdateSchema, entity: "chain", change: updateChain, revalidate: (_, chain) => chainPages(chain.id) });
export const deleteChainDefinition = auditedChange({ ...chainEdit, name: "chain.delete", schema: chainDeleteSchema, entity: "chain", change: deleteChain, details: (chain) => ({ name: chain.name }), revalidate: (_, chain) => chainPages(chain.id) });
export const createChainNodeDefinition = auditedChange({ ...chainEdit, name: "chain.node.create", schema: chainNodeSchema, entity: "chainNode", change: createChainNode, revalidate: pagesOfItsChain });

export const updateChainNodeDefinition = actionDefinition({
  ...chainEdit,
  name: "chain.node.update",
  schema: chainNodeUpdateSchema,
  async run({ input, user, tx, audit }) {
    const node = await updateChainNode(tx, user, input);
    await audit({ entity: "chainNode", entityId: node.id });
    return { id: node.id, chainId: node.chainId, version: node.version };
  },
  revalidate: pagesOfItsChain,
});
export const deleteChainNodeDefinition = auditedChange({ ...chainEdit, name: "chain.node.delete", schema: chainNodeDeleteSchema, entity: "chainNode", change: deleteChainNode, details: (node) => ({ name: node.name, chainId: node.chainId }), revalidate: pagesOfItsChain });

export const addNodeCompanyDefinition = actionDefinition({
  name: "chain.company.add",
  schema: nodeCompanySchema,
  ...chainEdit,
  async run({ input, user, tx, audit }) {
    const link = await addNodeCompany(tx, user, input);
    if (link.companyCreated) await audit({ entity: "company", entityId: link.companyId, details: { name: link.companyName } });
    await audit({ entity: "chainNodeCompany", entityId: link.id });
    return link;
  },
  revalidate: pagesOfItsChain,
});
export const removeNodeCompanyDefinition = auditedChange({ ...chainEdit, name: "chain.company.remove", schema: nodeCompanyDeleteSchema, entity: "chainNodeCompany", change: removeNodeCompany, details: (link) => link, revalidate: pagesOfItsChain });
