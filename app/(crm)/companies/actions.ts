"use server";
import { createCompany, createContact, editCompany, editContact } from "@/db/mutations/companies";
import { defineAction } from "@/lib/actions/define-action";

/** Adds a company to the directory (secretary, admin); a duplicate by credit code or name is refused. */
export const createCompanyAction = defineAction(createCompany);

export const updateCompanyAction = defineAction(editCompany);

export const createContactAction = defineAction(createContact);

export const updateContactAction = defineAction(editContact);
