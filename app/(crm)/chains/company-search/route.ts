// Suggestions for the company picker of the chain editor: companies whose name contains the text.
import { searchCompanies } from "@/db/queries/chains";
import { withUser } from "@/lib/server/with-user";

export const GET = withUser(async (request, { user }) => {
  const q = (new URL(request.url).searchParams.get("q") ?? "").slice(0, 100);
  return Response.json(await searchCompanies(user, q), { headers: { "cache-control": "no-store" } });
});
