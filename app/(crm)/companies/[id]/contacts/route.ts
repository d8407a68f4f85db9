// GET /companies/:id/contacts → { contacts: [{ id, name, title }] }: the people of a company, for
// the meeting form's "people met" once a company is picked. A signed-in user only.
import { NextResponse } from "next/server";
import { companyContacts } from "@/db/queries/contacts";
import { parseRouteId } from "@/lib/route-id";
import { withUser } from "@/lib/server/with-user";

export const dynamic = "force-dynamic";

export const GET = withUser<{ id: string }>(async (_request, { params }) => {
  const id = parseRouteId(params.id);
  if (!id) return NextResponse.json({ contacts: [] }, { status: 404 });
  const rows = await companyContacts(id);
  return NextResponse.json(
    { contacts: rows.map((c) => ({ id: c.id, name: c.name, title: c.title })) },
    { headers: { "cache-control": "no-store" } },
  );
});
