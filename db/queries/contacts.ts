import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { contacts } from "@/db/schema";

/** The people of a company (every role reads the directory). */
export async function companyContacts(companyId: number) {
  return db
    .select({
      id: contacts.id,
      name: contacts.name,
      title: contacts.title,
      phone: contacts.phone,
      email: contacts.email,
      notes: contacts.notes,
      version: contacts.version,
    })
    .from(contacts)
    .where(eq(contacts.companyId, companyId))
    .orderBy(asc(contacts.id));
}
