// The one company search: the company picker (components/companies/company-picker.tsx, in every form
// that names a company) and the duplicate check of the company forms:
//   GET /companies/lookup?q=津重          → { query: "津重", companies: [...] }   (pick as you type; the
//                                            answer names the text it answers, so a late one is dropped)
//   GET /companies/lookup?name=…&creditCode=… → { duplicate: {...} | null }
// A signed-in user only; the directory is read by every role.
import { NextResponse } from "next/server";
import { db } from "@/db/client";
import { findDuplicateCompany, lookupCompanies } from "@/db/queries/companies";
import { withUser } from "@/lib/server/with-user";

export const dynamic = "force-dynamic";

const noStore = { "cache-control": "no-store" };

export const GET = withUser(async (request) => {
  const params = new URL(request.url).searchParams;
  const name = params.get("name");
  if (name !== null) {
    const trimmed = name.trim().slice(0, 200);
    const creditCode = (params.get("creditCode") ?? "").trim().slice(0, 24) || null;
    const duplicate = trimmed || creditCode ? await findDuplicateCompany(db, { name: trimmed, creditCode }) : null;
    return NextResponse.json({ duplicate }, { headers: noStore });
  }
  const q = (params.get("q") ?? "").trim().slice(0, 100);
  return NextResponse.json({ query: q, companies: await lookupCompanies(q) }, { headers: noStore });
});
