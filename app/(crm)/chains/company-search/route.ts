// Suggestions for the company picker of the chain editor: companies whose name contains the text.
import { searchCompanies } from "@/db/queries/chains";
import { getCurrentUser } from "@/lib/auth/session";

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "unauthenticated" }, { status: 401 });
  const q = (new URL(request.url).searchParams.get("q") ?? "").slice(0, 100);
  return Response.json(await searchCompanies(user, q), { headers: { "cache-control": "no-store" } });
}
