"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ContactForm } from "./contact-form";
import { smallButton } from "@/components/form/styles";

export type ContactRow = {
  id: number;
  name: string;
  title: string | null;
  phone: string | null;
  email: string | null;
  notes: string | null;
  version: number;
};

/** A company's people; secretaries and administrators add and correct them in place. */
export function ContactList({ companyId, contacts, canWrite }: { companyId: number; contacts: ContactRow[]; canWrite: boolean }) {
  const t = useTranslations();
  const [editing, setEditing] = useState<number | "new" | null>(null);
  return (
    <div className="space-y-2">
      {contacts.length === 0 ? <p className="text-sm text-slate-500">{t("companies.detail.noContacts")}</p> : null}
      {contacts.length > 0 ? (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {contacts.map((c) =>
            editing === c.id ? (
              <li key={c.id} className="p-2">
                <ContactForm companyId={companyId} initial={c} onDone={() => setEditing(null)} />
              </li>
            ) : (
              <li key={c.id} className="flex items-start justify-between gap-3 px-4 py-3 text-sm">
                <div className="min-w-0">
                  <div>
                    <span className="font-medium">{c.name}</span>
                    {c.title ? <span className="ml-2 text-slate-500">{c.title}</span> : null}
                  </div>
                  <div className="mt-0.5 flex flex-wrap gap-x-3 text-xs text-slate-500">
                    {c.phone ? (
                      <a href={`tel:${c.phone.replace(/[^\d+]/g, "")}`} className="text-brand-700 hover:underline">
                        {c.phone}
                      </a>
                    ) : null}
                    {c.email ? <span>{c.email}</span> : null}
                  </div>
                  {c.notes ? <p className="mt-0.5 text-xs text-slate-600">{c.notes}</p> : null}
                </div>
                {canWrite ? (
                  <button type="button" onClick={() => setEditing(c.id)} aria-label={`${t("actions.edit")} ${c.name}`} className={smallButton}>
                    {t("actions.edit")}
                  </button>
                ) : null}
              </li>
            ),
          )}
        </ul>
      ) : null}
      {canWrite ? (
        editing === "new" ? (
          <ContactForm companyId={companyId} onDone={() => setEditing(null)} />
        ) : (
          <button type="button" onClick={() => setEditing("new")} className={smallButton}>
            ＋ {t("companies.detail.addContact")}
          </button>
        )
      ) : null}
    </div>
  );
}
