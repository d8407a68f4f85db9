// A list as cards, for phones (below Tailwind `md`): each record one card, the whole card a link to
// it. The data table renders its rows this way under md (its `card` prop); short lists that are not
// data tables (partners) render `ListCards` themselves beside their table. No "use client": server
// pages use it too.
import Link from "next/link";

/** What a list's card shows of a row: its title, one line under it, a badge and the few facts that matter. */
export type CardSpec = {
  href: string;
  title: React.ReactNode;
  /** One line under the title (the company, the leader). */
  subtitle?: React.ReactNode;
  /** Top right: the status or stage. */
  badge?: React.ReactNode;
  /** The one to three facts that matter (date, amount, owner), each short. */
  facts?: React.ReactNode[];
  /** A last line, muted (a summary, clamped to two lines). */
  note?: React.ReactNode;
  /** Buttons of the row (停用/启用), under the card's link and outside it. */
  actions?: React.ReactNode;
};

export function ListCard({ card }: { card: CardSpec }) {
  const facts = (card.facts ?? []).filter((fact) => fact !== null && fact !== undefined && fact !== false && fact !== "");
  const link = (
    <Link
      href={card.href}
      prefetch={false}
      className={`block min-h-11 px-3 py-2.5 text-sm active:bg-brand-50 ${
        card.actions ? "rounded-t-lg hover:bg-brand-50/40" : "rounded-lg border border-slate-200 bg-white shadow-sm hover:border-brand-600"
      }`}
    >
      <span className="flex items-start justify-between gap-2">
        <span className="min-w-0 break-words font-medium text-brand-700">{card.title}</span>
        {card.badge ? <span className="flex shrink-0 flex-wrap justify-end gap-1">{card.badge}</span> : null}
      </span>
      {card.subtitle ? <span className="mt-0.5 block break-words text-slate-700">{card.subtitle}</span> : null}
      {facts.length ? (
        <span className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5 text-slate-700">
          {facts.map((fact, i) => (
            <span key={i} className="whitespace-nowrap">
              {fact}
            </span>
          ))}
        </span>
      ) : null}
      {card.note ? <span className="mt-1 line-clamp-2 block break-words text-slate-600">{card.note}</span> : null}
    </Link>
  );
  if (!card.actions) return link;
  return (
    <div className="rounded-lg border border-slate-200 bg-white shadow-sm">
      {link}
      <div className="flex flex-wrap items-center justify-end gap-2 border-t border-slate-100 px-3 py-1.5">{card.actions}</div>
    </div>
  );
}

/**
 * The cards of a list, named like its table (`label`), shown below md only (`className` changes that).
 * `empty` is said in a card of its own when there are none; `footer` closes the list (a 合计).
 */
export function ListCards({
  label,
  cards,
  empty,
  footer,
  className = "md:hidden",
}: {
  label: string;
  cards: (CardSpec & { key: string })[];
  empty: string;
  footer?: React.ReactNode;
  className?: string;
}) {
  return (
    <ul aria-label={label} className={`space-y-2 ${className}`}>
      {cards.length === 0 ? (
        <li className="rounded-lg border border-slate-200 bg-white px-3 py-8 text-center text-sm text-slate-600">{empty}</li>
      ) : (
        cards.map(({ key, ...card }) => (
          <li key={key}>
            <ListCard card={card} />
          </li>
        ))
      )}
      {footer ? <li className="rounded-lg border-2 border-slate-300 bg-slate-50 px-3 py-2.5 text-sm font-medium text-slate-900">{footer}</li> : null}
    </ul>
  );
}
