// The cockpit's sections as anchors: a bar that stays below the phone's header (at the top on a
// desktop) and scrolls sideways when its links do not fit. Each section carries the id it points at
// and a scroll margin (`sectionClass`) so its heading lands below the bar, not under it.
import { getTranslations } from "next-intl/server";

export const cockpitSections = [
  ["figures", "cockpit-figures"],
  ["trend", "cockpit-trend"],
  ["ranking", "cockpit-ranking"],
  ["districts", "by-district"],
  ["groups", "by-group"],
  ["industries", "by-industry"],
  ["sources", "by-source"],
  ["partners", "by-partner"],
  ["chains", "chain-rates"],
  ["funnel", "cockpit-funnel"],
] as const;

export type CockpitSection = (typeof cockpitSections)[number][0];

export const sectionId = (section: CockpitSection) => cockpitSections.find(([key]) => key === section)![1];

/** A section's place below the sticky bars: the phone's header (56 px) and this bar, or this bar alone. */
export const sectionClass = "scroll-mt-28 lg:scroll-mt-16";

export async function CockpitSectionNav() {
  const t = await getTranslations("cockpit.sections");
  return (
    <nav
      aria-label={t("label")}
      className="no-print sticky top-14 z-10 -mx-3 mb-4 border-b border-slate-200 bg-slate-50/95 px-3 backdrop-blur sm:-mx-6 sm:px-6 lg:top-0 lg:-mx-8 lg:px-8"
    >
      <ul className="flex gap-1 overflow-x-auto py-1 [scrollbar-width:thin]">
        {cockpitSections.map(([key, id]) => (
          <li key={key} className="shrink-0">
            <a href={`#${id}`} className="inline-flex min-h-11 items-center whitespace-nowrap rounded-md px-3 text-sm font-medium text-slate-700 hover:bg-white hover:text-brand-700">
              {t(key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
