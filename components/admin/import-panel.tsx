"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ImportOutcome } from "@/db/import/run-import";
import type { ImportSummary } from "@/db/import/types";
import { importColumns, type ImportKind } from "@/lib/import/columns";
import { maxImportBytes, maxImportMegabytes, maxImportRows } from "@/lib/import/limits";
import { Field } from "@/components/form/field";
import { primaryButton, selectClass } from "@/components/form/styles";
import { SimpleTable } from "@/components/ui/simple-table";

type Phase =
  | { name: "idle" }
  | { name: "checking"; done: number; total: number }
  | { name: "checked"; outcome: ImportOutcome }
  | { name: "importing"; done: number; total: number; writing: boolean }
  | { name: "imported"; rows: number; summary?: ImportSummary; importId?: number };

/** A refusal the server explained (413 too large, 403 …): shown as it is, not as a network error. */
class RefusedError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string | null,
  ) {
    super(`refused ${status}`);
  }
}

type Progress = { done: number; total: number; phase: "check" | "write" };

async function send(kind: ImportKind, file: File, commit: boolean, onProgress: (progress: Progress) => void) {
  const body = new FormData();
  body.set("kind", kind);
  body.set("commit", commit ? "1" : "0");
  body.set("file", file);
  const response = await fetch("/api/import", { method: "POST", body });
  if (!response.ok) {
    const answer = (await response.json().catch(() => null)) as { message?: string } | null;
    throw new RefusedError(response.status, answer?.message ?? null);
  }
  if (!response.body) throw new Error("no body");
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines.filter(Boolean)) {
      const message = JSON.parse(line) as { progress?: [number, number]; phase?: "check" | "write"; outcome?: ImportOutcome };
      if (message.progress) onProgress({ done: message.progress[0], total: message.progress[1], phase: message.phase ?? "write" });
      if (message.outcome) return message.outcome;
    }
  }
  throw new Error("no outcome");
}

/** The template to fill in: the columns, an example row and (xlsx, leads) the values the columns accept. */
const templateHref = (kind: ImportKind, format: "xlsx" | "csv") => `/api/import/template?kind=${kind}&format=${format}`;

/** What a leads file creates and changes: before the import (the check) and after it. */
function SummaryList({ summary, done }: { summary: ImportSummary; done: boolean }) {
  const t = useTranslations("import");
  const items: { key: string; text: string; strong?: boolean }[] = [
    { key: "created", text: t(done ? "created" : "willCreate", { count: summary.created }) },
    { key: "updated", text: t(done ? "updated" : "willUpdate", { count: summary.updated }), strong: !done && summary.updated > 0 },
    ...(summary.unchanged ? [{ key: "kept", text: t(done ? "kept" : "willKeep", { count: summary.unchanged }) }] : []),
    { key: "companies", text: t(done ? "companies" : "willCompanies", { matched: summary.companiesMatched, created: summary.companiesCreated }) },
  ];
  return (
    <ul className="w-full list-disc space-y-0.5 pl-5 text-sm">
      {items.map((item) => (
        <li key={item.key} className={item.strong ? "font-semibold text-amber-900" : undefined}>
          {item.text}
        </li>
      ))}
    </ul>
  );
}

export function ImportPanel({ kinds }: { kinds: ImportKind[] }) {
  const t = useTranslations("import");
  const tp = useTranslations("importProgress");
  const [kind, setKind] = useState<ImportKind>(kinds[0]);
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ name: "idle" });
  const [error, setError] = useState<string | null>(null);

  const run = async (commit: boolean) => {
    if (!file) return;
    setError(null);
    if (file.size > maxImportBytes) {
      setError(tp("tooLarge", { megabytes: maxImportMegabytes }));
      return;
    }
    setPhase(commit ? { name: "importing", done: 0, total: 0, writing: false } : { name: "checking", done: 0, total: 0 });
    try {
      const outcome = await send(kind, file, commit, ({ done, total, phase }) =>
        setPhase(commit ? { name: "importing", done, total, writing: phase === "write" } : { name: "checking", done, total }),
      );
      setPhase(outcome.ok && commit ? { name: "imported", rows: outcome.rows, summary: outcome.summary, importId: outcome.importId } : { name: "checked", outcome });
    } catch (failure) {
      setPhase({ name: "idle" });
      if (failure instanceof RefusedError && failure.status === 413) setError(tp("tooLarge", { megabytes: maxImportMegabytes }));
      else if (failure instanceof RefusedError && failure.reason) setError(tp("refused", { message: failure.reason }));
      else setError(t("networkError"));
    }
  };

  const outcome = phase.name === "checked" ? phase.outcome : null;
  return (
    <div className="space-y-5">
      <div className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[12rem_1fr_auto] sm:items-end sm:p-6">
        <Field id="import-kind" label={t("kind")}>
          {({ id }) => (
            <select
              id={id}
              value={kind}
              onChange={(e) => {
                setKind(e.target.value as ImportKind);
                setPhase({ name: "idle" });
              }}
              className={selectClass}
            >
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {t(`kinds.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="import-file" label={t("file")}>
          {({ id }) => (
            <input
              id={id}
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setPhase({ name: "idle" });
              }}
              className="block w-full text-sm file:mr-3 file:min-h-11 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:text-brand-700"
            />
          )}
        </Field>
        <button type="button" disabled={!file || phase.name === "checking" || phase.name === "importing"} onClick={() => run(false)} className={primaryButton}>
          {t("check")}
        </button>
        <div className="space-y-2 text-xs text-slate-600 sm:col-span-3">
          <p>
            {tp("limit", { megabytes: maxImportMegabytes, rows: maxImportRows })}
            {t("columns")}：{importColumns[kind].map((c) => `${c.zh}${c.required ? "*" : ""}`).join("、")}。
          </p>
          <p className="flex flex-wrap items-center gap-x-4">
            <a href={templateHref(kind, "xlsx")} download className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
              {t("templateXlsx")}
            </a>
            <a href={templateHref(kind, "csv")} download className="inline-flex min-h-11 items-center text-brand-700 underline">
              {t("templateCsv")}
            </a>
            <span>{t(kind === "leads" ? "templateNote" : "templateNoteOther")}</span>
          </p>
        </div>
      </div>

      {error ? <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">{error}</p> : null}
      {phase.name === "checking" ? (
        <div className="space-y-1">
          <p role="status">{phase.total ? tp("checking", { done: phase.done, total: phase.total }) : t("checking")}</p>
          {phase.total ? <progress max={phase.total} value={phase.done} aria-label={t("progress")} className="h-2 w-full" /> : null}
        </div>
      ) : null}

      {outcome && outcome.ok ? (
        <div className="flex flex-wrap items-center gap-3 rounded-lg border border-emerald-200 bg-emerald-50 p-4">
          <div role="status" className="w-full space-y-1 text-sm text-emerald-900">
            <p>{t("ready", { rows: outcome.rows })}</p>
            {outcome.summary ? <SummaryList summary={outcome.summary} done={false} /> : null}
          </div>
          <button type="button" onClick={() => run(true)} className="rounded-md bg-emerald-700 px-5 py-2 text-sm font-semibold text-white hover:bg-emerald-800">
            {t("importAll", { rows: outcome.rows })}
          </button>
        </div>
      ) : null}

      {outcome && !outcome.ok ? (
        <section aria-labelledby="import-problems" className="space-y-2">
          <div role="alert">
            <h2 id="import-problems" className="text-base font-semibold text-red-700">
              {t("problems", { count: outcome.problems.length })}
            </h2>
          </div>
          <SimpleTable
            caption={t("problemsCaption")}
            headers={[t("line"), t("column"), t("problem")]}
            rows={outcome.problems.map((p) => [<span key="line" className="tabular-nums">{p.line || "—"}</span>, p.column || "—", p.message])}
          />
        </section>
      ) : null}

      {phase.name === "importing" ? (
        <div className="space-y-1">
          <p role="status">{phase.writing ? tp("writing", { total: phase.total }) : phase.total ? tp("checking", { done: phase.done, total: phase.total }) : t("importing", { done: phase.done, total: "…" })}</p>
          <progress max={phase.total || 1} value={phase.done} aria-label={t("progress")} className="h-2 w-full" />
        </div>
      ) : null}
      {phase.name === "imported" ? (
        <section aria-label={t("resultCaption")} className="space-y-2 rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
          <p role="status">{t("imported", { rows: phase.rows })}</p>
          {phase.summary ? <SummaryList summary={phase.summary} done /> : null}
          {phase.importId !== undefined && phase.summary ? (
            <Link href={`/leads?import=${phase.importId}`} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
              {t("viewImported", { count: phase.summary.created + phase.summary.updated + phase.summary.unchanged })}
            </Link>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
