// The parts every detail page (trip, meeting, company) is made of, so that they look and read alike.
import Link from "next/link";
import type { ReactNode } from "react";

/** "考察 / 考察详情": the way back to the list (or trip) this page belongs to. */
export function Breadcrumb({ label, back, current }: { label: string; back: { href: string; title: string }; current: string }) {
  return (
    <nav aria-label={label} className="text-sm text-slate-500">
      <Link href={back.href} className="hover:text-brand-700 hover:underline">
        {back.title}
      </Link>
      <span aria-hidden> / </span>
      <span>{current}</span>
    </nav>
  );
}

/** The card at the top: what the row is, its facts, and what one may do with it. */
export function DetailHeader({ children }: { children: ReactNode }) {
  return <header className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">{children}</header>;
}

/** A fact of the row; one left without a value shows "—", or nothing at all when `optional`. */
export type Fact = { label: string; value: ReactNode; optional?: boolean; className?: string };

export function Facts({ facts }: { facts: Fact[] }) {
  const shown = facts.filter((f) => !f.optional || (f.value !== null && f.value !== undefined && f.value !== ""));
  return (
    <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1.5 text-sm">
      {shown.map((fact) => (
        <div key={fact.label} className="contents">
          <dt className="text-slate-500">{fact.label}</dt>
          <dd className={fact.className}>{fact.value === null || fact.value === undefined || fact.value === "" ? "—" : fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The header's buttons: two columns on a phone, a row on a wider screen. */
export function DetailActions({ children }: { children: ReactNode }) {
  return <div className="mt-4 grid grid-cols-2 gap-2 sm:flex sm:flex-wrap">{children}</div>;
}

/** A titled part of a detail page; `count` follows the title in grey, `aside` (a link) stands at the right. */
export function DetailSection({ id, title, count, aside, children }: { id: string; title: string; count?: string; aside?: ReactNode; children: ReactNode }) {
  const heading = (
    <h2 id={id} className="text-lg font-semibold">
      {title}
      {count ? <span className="ml-2 text-sm font-normal text-slate-500">{count}</span> : null}
    </h2>
  );
  return (
    <section aria-labelledby={id} className="space-y-2">
      {aside ? (
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          {heading}
          {aside}
        </div>
      ) : (
        heading
      )}
      {children}
    </section>
  );
}

/** What a section says when it has nothing to list. */
export function EmptyNote({ children }: { children: ReactNode }) {
  return <p className="text-sm text-slate-500">{children}</p>;
}

/** The bordered list the sections of a detail page show their rows in. */
export const detailListClass = "divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white";
