import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { auditLog } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { managesSettings } from "@/lib/auth/policy";

/**
 * An import of leads as the leads table names its ?import= filter: the file and when. Null when
 * the id is no import of leads, or the viewer may not read it: the audit log is the admin's, and an
 * importer reads their own run. (Which of its leads a viewer sees is the table's scope.)
 */
export async function importRunOf(viewer: CurrentUser, id: number): Promise<{ fileName: string; at: Date } | null> {
  const [row] = await db
    .select({ details: auditLog.details, at: auditLog.createdAt })
    .from(auditLog)
    .where(and(eq(auditLog.id, id), eq(auditLog.action, "import.leads"), managesSettings(viewer) ? undefined : eq(auditLog.actorId, viewer.id)));
  if (!row) return null;
  let fileName = "";
  try {
    fileName = String((JSON.parse(row.details ?? "{}") as { fileName?: unknown }).fileName ?? "");
  } catch {
    // An unreadable details text names no file.
  }
  return { fileName, at: row.at };
}
