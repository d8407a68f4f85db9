"use server";
import { revalidatePath } from "next/cache";
import { createCompany, createContact, editCompany, editContact } from "@/db/mutations/companies";
import { defineAction } from "@/lib/actions/define-action";

/** Adds a company to the directory (secretary, admin); a duplicate by credit code or name is refused. */
export const createCompanyAction = defineAction({
  ...createCompany,
  async run(context) {
    const company = await createCompany.run(context);
    revalidatePath("/companies");
    return company;
  },
});

export const updateCompanyAction = defineAction({
  ...editCompany,
  async run(context) {
    const company = await editCompany.run(context);
    revalidatePath("/companies");
    revalidatePath(`/companies/${company.id}`);
    return company;
  },
});

export const createContactAction = defineAction({
  ...createContact,
  async run(context) {
    const contact = await createContact.run(context);
    revalidatePath(`/companies/${contact.companyId}`);
    return contact;
  },
});

export const updateContactAction = defineAction({
  ...editContact,
  async run(context) {
    const contact = await editContact.run(context);
    revalidatePath(`/companies/${contact.companyId}`);
    return contact;
  },
});
