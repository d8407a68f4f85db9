// An official document (the trip report, the report card): always Chinese, always A4, 仿宋 for the text
// and 黑体 for the headings. On paper only the document is printed, without the application around it.
import type { ReactNode } from "react";

const css = `
@page { size: A4; margin: 22mm 20mm 20mm 20mm; }
.official-document { font-family: "FangSong", "STFangsong", "FangSong_GB2312", "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", serif; }
.official-document h1, .official-document h2 { font-family: "SimHei", "Heiti SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; }
@media print {
  html, body { background: white !important; }
  main { padding: 0 !important; }
  .official-document { box-shadow: none !important; border: 0 !important; margin: 0 !important; padding: 0 !important; max-width: none !important; font-size: 12pt; line-height: 1.75; }
  .official-document h1 { font-size: 20pt; }
  .official-document h2 { font-size: 14pt; }
  .official-document table { font-size: 10.5pt; }
  .official-document tr, .official-document .keep-together { break-inside: avoid; }
}
`;

/** The document, with a toolbar above it (back, print, download) that is not printed. */
export function OfficialDocument({ label, toolbar, className, children }: { label: string; toolbar: ReactNode; className: string; children: ReactNode }) {
  return (
    <>
      <style>{css}</style>
      <div className="mx-auto mb-4 flex max-w-[210mm] flex-wrap items-center justify-between gap-3 print:hidden">{toolbar}</div>
      <article lang="zh-CN" aria-label={label} className={`official-document mx-auto max-w-[210mm] ${className}`}>
        {children}
      </article>
    </>
  );
}
