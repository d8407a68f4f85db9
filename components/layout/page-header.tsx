import Link from "next/link";
import { primaryButton } from "@/components/form/styles";

type LinkTo = { href: string; label: string };

/**
 * A page's title line. `back` is the way back to the page this one belongs to, `create` the page's
 * one main action (left out when the user may not take it), `actions` anything else.
 */
export function PageHeader({
  title,
  subtitle,
  back,
  create,
  actions,
}: {
  title: string;
  subtitle?: string;
  back?: LinkTo;
  create?: LinkTo | null | false;
  actions?: React.ReactNode;
}) {
  const hasActions = back || create || actions;
  return (
    <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
      <div>
        <h1 className="text-xl font-semibold text-slate-900 sm:text-2xl">{title}</h1>
        {subtitle ? <p className="mt-0.5 text-sm text-slate-500">{subtitle}</p> : null}
      </div>
      {hasActions ? (
        <div className="flex flex-wrap items-center gap-2">
          {back ? (
            <Link href={back.href} className="inline-flex min-h-11 items-center text-sm text-brand-700 hover:underline">
              {back.label}
            </Link>
          ) : null}
          {actions}
          {create ? (
            <Link href={create.href} className={primaryButton}>
              {create.label}
            </Link>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
