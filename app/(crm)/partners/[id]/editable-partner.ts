import "server-only";
import { forbidden, notFound } from "next/navigation";
import { getPartner } from "@/db/queries/partners";
import { editsPartners } from "@/lib/auth/policy";
import { requireArea } from "@/lib/auth/session";
import { parseRouteId } from "@/lib/route-id";

/** The partner a form page works on, for those who keep partners (policy.editsPartners) only. */
export async function editablePartner(params: Promise<{ id: string }>) {
  const user = await requireArea("partners");
  if (!editsPartners(user)) forbidden();
  const id = parseRouteId((await params).id);
  const detail = id ? await getPartner(user, id) : null;
  if (!detail) notFound();
  return detail.partner;
}
