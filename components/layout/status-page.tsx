import Link from "next/link";
import { primaryButton } from "@/components/form/styles";

export function StatusPage({ code, title, body, linkLabel }: { code: number; title: string; body: string; linkLabel: string }) {
  return (
    <main id="main" tabIndex={-1} className="flex min-h-screen outline-none items-center justify-center bg-slate-50 px-4">
      <div className="w-full max-w-md rounded-xl border border-slate-200 bg-white p-8 text-center shadow-sm">
        <p className="text-4xl font-bold text-brand-700">{code}</p>
        <h1 className="mt-3 text-xl font-semibold text-slate-900">{title}</h1>
        <p className="mt-2 text-sm leading-6 text-slate-600">{body}</p>
        <Link href="/" className={`${primaryButton} mt-6`}>
          {linkLabel}
        </Link>
      </div>
    </main>
  );
}
