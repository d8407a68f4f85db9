// The tables of the dialect in use, under one set of names and one set of types.
// Queries are typed against the SQLite declarations; at run time on PostgreSQL the PostgreSQL
// tables (proven identical by tests/unit/schema-parity.test.ts) stand in their place.
import { activeDialect } from "../config";
import * as pg from "./pg";
import * as sqlite from "./sqlite";

export * from "./enums";

type Schema = typeof sqlite;
export const schema: Schema = activeDialect === "postgres" ? (pg as unknown as Schema) : sqlite;

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
  stageSettings,
  auditLog,
  targets,
  sessions,
  signInThrottle,
} = schema;
