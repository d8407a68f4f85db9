import { useTranslations } from "next-intl";

/** A plain table for short lists that need no paging (task groups, chains, partners). */
export function SimpleTable({ caption, headers, rows }: { caption: string; headers: React.ReactNode[]; rows: React.ReactNode[][] }) {
  const t = useTranslations("table");
  return (
    // A focusable region, so a keyboard can scroll it when it is wider than a phone; named apart
    // from the section around it, which often bears the caption's words.
    <div role="region" aria-label={t("scrollRegion", { caption })} tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            {headers.map((header, i) => (
              <th key={i} scope="col" className="whitespace-nowrap px-3 py-2.5 text-left font-medium text-slate-600">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((cells, i) => (
            <tr key={i}>
              {cells.map((cell, j) => (
                <td key={j} className="px-3 py-2.5 align-top text-slate-800">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
