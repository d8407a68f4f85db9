// The tables of the dialect in use, under one set of names and one set of types.
// Queries are typed against the SQLite declarations; at run time on PostgreSQL the PostgreSQL
// tables (proven identical by tests/unit/schema-parity.test.ts) stand in their place.
import { aliasedTable } from "drizzle-orm";
import type { BuildAliasTable, SQLiteTable } from "drizzle-orm/sqlite-core";
import { activeDialect } from "../config";
import * as pg from "./pg";
import * as sqlite from "./sqlite";

export * from "./enums";

type Schema = typeof sqlite;
export const schema: Schema = activeDialect === "postgres" ? (pg as unknown as Schema) : sqlite;

/**
 * A second name for a table within one query (users as owner, leader, creator…). Built with drizzle's
 * dialect-neutral `aliasedTable`, so it serves on both databases; typed like every table here, against
 * the SQLite declarations, so that two aliases of one table stay two tables to the type checker.
 */
export function tableAlias<T extends SQLiteTable, A extends string>(table: T, name: A): BuildAliasTable<T, A> {
  return aliasedTable(table, name) as unknown as BuildAliasTable<T, A>;
}

export const {
  users,
  districts,
  taskGroups,
  taskGroupMembers,
  industries,
  companies,
  contacts,
  trips,
  tripMembers,
  meetings,
  meetingContacts,
  meetingAttendees,
  chains,
  chainNodes,
  chainNodeCompanies,
  partners,
  agreements,
  leads,
  leadEvents,
  investmentReports,
  reportMonthTotals,
  stageMoveCounts,
  leadStageTotals,
  leadReportYears,
  leadSearchGrams,
  searchPositions,
  stageSettings,
  officeSettings,
  auditLog,
  targets,
  sessions,
  signInThrottle,
  tasks,
  notifications,
  notificationPreferences,
  jobRuns,
  chatChannels,
  chatMessages,
  chatDeliveries,
} = schema;
