import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { chainNodes, chains, districts, industries } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { leafNodes, supportingRate } from "@/lib/domain/supporting-rate";

/** Every chain with its leaf-part counts and supporting rate. Chains are read by every role. */
export async function listChains(_viewer: CurrentUser) {
  const [chainRows, nodes] = await Promise.all([
    db
      .select({ id: chains.id, name: chains.name, districtName: districts.name, industryName: industries.name })
      .from(chains)
      .innerJoin(districts, eq(districts.id, chains.districtId))
      .innerJoin(industries, eq(industries.id, chains.industryId))
      .orderBy(asc(chains.name)),
    db
      .select({ id: chainNodes.id, chainId: chainNodes.chainId, parentId: chainNodes.parentId, presence: chainNodes.presence, name: chainNodes.name })
      .from(chainNodes)
      .orderBy(asc(chainNodes.sortOrder), asc(chainNodes.id)),
  ]);
  return chainRows.map((chain) => {
    const own = nodes.filter((n) => n.chainId === chain.id);
    const leaves = leafNodes(own);
    return {
      ...chain,
      leafCount: leaves.length,
      missing: leaves.filter((n) => n.presence === "missing").map((n) => n.name),
      rate: supportingRate(own),
    };
  });
}
