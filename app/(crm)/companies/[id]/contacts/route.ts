// GET /companies/:id/contacts → { contacts: [{ id, name, title }] }: the people of a company, for
// the meeting form's "people met" once a company is picked. A signed-in user only.
import { NextResponse, type NextRequest } from "next/server";
import { companyContacts } from "@/db/queries/contacts";
import { getCurrentUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) return NextResponse.json({ contacts: [] }, { status: 404 });
  const rows = await companyContacts(user, id);
  return NextResponse.json(
    { contacts: rows.map((c) => ({ id: c.id, name: c.name, title: c.title })) },
    { headers: { "cache-control": "no-store" } },
  );
}
