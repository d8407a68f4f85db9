// PostgreSQL tables. db/schema/sqlite.ts declares the same tables for SQLite;
// tests/unit/schema-parity.test.ts proves the two identical (names, types, keys, indexes).
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  date as pgDate,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp as pgTimestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import * as e from "./enums";

const id = () => integer("id").primaryKey().generatedByDefaultAsIdentity();
const createdAt = () =>
  pgTimestamp("created_at", { withTimezone: true, mode: "date" })
    .notNull()
    .$defaultFn(() => new Date());
const updatedAt = () =>
  pgTimestamp("updated_at", { withTimezone: true, mode: "date" })
    .notNull()
    .$defaultFn(() => new Date());
const timestamp = (name: string) => pgTimestamp(name, { withTimezone: true, mode: "date" });
const bool = (name: string) => boolean(name);
// Calendar dates are ISO strings (YYYY-MM-DD) on both dialects so grouping by month is identical.
const date = (name: string) => pgDate(name, { mode: "string" });
const version = () => integer("version").notNull().default(1);

export const users = pgTable(
  "users",
  {
    id: id(),
    username: text("username").notNull(),
    passwordHash: text("password_hash").notNull(),
    name: text("name").notNull(),
    title: text("title"),
    role: text("role", { enum: e.roles }).notNull(),
    /** One of the city's principal leaders (党政主要领导: the party secretary and the mayor); set by the admin. */
    isPrincipal: bool("is_principal").notNull().default(false),
    /** A secretary's city leader (市领导), set by the admin: her forms start from his trip in progress. Secretaries only. */
    servesLeaderId: integer("serves_leader_id").references((): AnyPgColumn => users.id),
    districtId: integer("district_id").references(() => districts.id),
    phone: text("phone"),
    isActive: bool("is_active").notNull().default(true),
    failedLogins: integer("failed_logins").notNull().default(0),
    lockedUntil: timestamp("locked_until"),
    lastLoginAt: timestamp("last_login_at"),
    /** Set when an administrator chose the password: the user must pick their own at next sign-in. */
    mustChangePassword: bool("must_change_password").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [uniqueIndex("users_username_uq").on(t.username), index("users_role_idx").on(t.role)],
);

export const districts = pgTable(
  "districts",
  {
    id: id(),
    name: text("name").notNull(),
    kind: text("kind", { enum: e.districtKinds }).notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("districts_name_uq").on(t.name)],
);

export const taskGroups = pgTable(
  "task_groups",
  {
    id: id(),
    name: text("name").notNull(),
    leaderId: integer("leader_id").references(() => users.id),
    description: text("description"),
    sortOrder: integer("sort_order").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [uniqueIndex("task_groups_name_uq").on(t.name), index("task_groups_leader_idx").on(t.leaderId)],
);

export const taskGroupMembers = pgTable(
  "task_group_members",
  {
    taskGroupId: integer("task_group_id")
      .notNull()
      .references(() => taskGroups.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: e.groupMemberRoles }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: "task_group_members_pk", columns: [t.taskGroupId, t.userId] }),
    index("task_group_members_user_idx").on(t.userId),
  ],
);

export const industries = pgTable(
  "industries",
  {
    id: id(),
    name: text("name").notNull(),
    category: text("category", { enum: e.industryCategories }).notNull(),
    taskGroupId: integer("task_group_id").references(() => taskGroups.id),
    sortOrder: integer("sort_order").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("industries_name_uq").on(t.name), index("industries_task_group_idx").on(t.taskGroupId)],
);

export const companies = pgTable(
  "companies",
  {
    id: id(),
    name: text("name").notNull(),
    normalizedName: text("normalized_name").notNull(),
    creditCode: text("credit_code"),
    industryId: integer("industry_id").references(() => industries.id),
    province: text("province"),
    city: text("city"),
    address: text("address"),
    description: text("description"),
    createdById: integer("created_by_id").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    uniqueIndex("companies_normalized_name_uq").on(t.normalizedName),
    uniqueIndex("companies_credit_code_uq").on(t.creditCode),
    index("companies_industry_idx").on(t.industryId),
    index("companies_city_idx").on(t.city),
  ],
);

export const contacts = pgTable(
  "contacts",
  {
    id: id(),
    companyId: integer("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    title: text("title"),
    phone: text("phone"),
    email: text("email"),
    notes: text("notes"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [index("contacts_company_idx").on(t.companyId), index("contacts_name_idx").on(t.name)],
);

export const trips = pgTable(
  "trips",
  {
    id: id(),
    title: text("title").notNull(),
    leaderId: integer("leader_id")
      .notNull()
      .references(() => users.id),
    startOn: date("start_on").notNull(),
    endOn: date("end_on").notNull(),
    destinations: text("destinations").notNull(),
    region: text("region", { enum: e.regionGroups }).notNull(),
    purpose: text("purpose"),
    status: text("status", { enum: e.tripStatuses }).notNull(),
    createdById: integer("created_by_id").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index("trips_leader_idx").on(t.leaderId),
    index("trips_start_on_idx").on(t.startOn),
    index("trips_status_idx").on(t.status),
    index("trips_region_idx").on(t.region),
  ],
);

export const tripMembers = pgTable(
  "trip_members",
  {
    tripId: integer("trip_id")
      .notNull()
      .references(() => trips.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
  },
  (t) => [
    primaryKey({ name: "trip_members_pk", columns: [t.tripId, t.userId] }),
    index("trip_members_user_idx").on(t.userId),
  ],
);

export const meetings = pgTable(
  "meetings",
  {
    id: id(),
    tripId: integer("trip_id").references(() => trips.id),
    companyId: integer("company_id")
      .notNull()
      .references(() => companies.id),
    kind: text("kind", { enum: e.meetingKinds }).notNull(),
    heldOn: date("held_on").notNull(),
    startsAt: text("starts_at"),
    place: text("place"),
    summary: text("summary"),
    nextSteps: text("next_steps"),
    nextStepOwnerId: integer("next_step_owner_id").references(() => users.id),
    nextStepDueOn: date("next_step_due_on"),
    createdById: integer("created_by_id").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index("meetings_trip_idx").on(t.tripId),
    index("meetings_company_idx").on(t.companyId),
    index("meetings_held_on_idx").on(t.heldOn),
    index("meetings_next_step_owner_idx").on(t.nextStepOwnerId),
  ],
);

export const meetingContacts = pgTable(
  "meeting_contacts",
  {
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    contactId: integer("contact_id")
      .notNull()
      .references(() => contacts.id),
  },
  (t) => [
    primaryKey({ name: "meeting_contacts_pk", columns: [t.meetingId, t.contactId] }),
    index("meeting_contacts_contact_idx").on(t.contactId),
  ],
);

export const meetingAttendees = pgTable(
  "meeting_attendees",
  {
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
  },
  (t) => [
    primaryKey({ name: "meeting_attendees_pk", columns: [t.meetingId, t.userId] }),
    index("meeting_attendees_user_idx").on(t.userId),
  ],
);

export const chains = pgTable(
  "chains",
  {
    id: id(),
    name: text("name").notNull(),
    districtId: integer("district_id")
      .notNull()
      .references(() => districts.id),
    industryId: integer("industry_id")
      .notNull()
      .references(() => industries.id),
    description: text("description"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    uniqueIndex("chains_name_uq").on(t.name),
    index("chains_district_idx").on(t.districtId),
    index("chains_industry_idx").on(t.industryId),
  ],
);

export const chainNodes = pgTable(
  "chain_nodes",
  {
    id: id(),
    chainId: integer("chain_id")
      .notNull()
      .references(() => chains.id, { onDelete: "cascade" }),
    parentId: integer("parent_id").references((): AnyPgColumn => chainNodes.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    position: text("position", { enum: e.chainPositions }).notNull(),
    presence: text("presence", { enum: e.chainPresences }).notNull(),
    aim: text("aim", { enum: e.chainAims }),
    sortOrder: integer("sort_order").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [index("chain_nodes_chain_idx").on(t.chainId), index("chain_nodes_parent_idx").on(t.parentId)],
);

export const chainNodeCompanies = pgTable(
  "chain_node_companies",
  {
    id: id(),
    chainNodeId: integer("chain_node_id")
      .notNull()
      .references(() => chainNodes.id, { onDelete: "cascade" }),
    companyId: integer("company_id")
      .notNull()
      .references(() => companies.id),
    role: text("role", { enum: e.chainCompanyRoles }).notNull(),
    priority: integer("priority"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("chain_node_companies_uq").on(t.chainNodeId, t.companyId),
    index("chain_node_companies_company_idx").on(t.companyId),
  ],
);

export const partners = pgTable(
  "partners",
  {
    id: id(),
    name: text("name").notNull(),
    regionGroup: text("region_group", { enum: e.regionGroups }).notNull(),
    city: text("city"),
    description: text("description"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [uniqueIndex("partners_name_uq").on(t.name), index("partners_region_group_idx").on(t.regionGroup)],
);

export const agreements = pgTable(
  "agreements",
  {
    id: id(),
    partnerId: integer("partner_id")
      .notNull()
      .references(() => partners.id),
    title: text("title").notNull(),
    kind: text("kind", { enum: e.agreementKinds }).notNull(),
    signedOn: date("signed_on"),
    sectors: text("sectors"),
    signatories: text("signatories"),
    status: text("status", { enum: e.agreementStatuses }).notNull(),
    notes: text("notes"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index("agreements_partner_idx").on(t.partnerId),
    index("agreements_kind_idx").on(t.kind),
    index("agreements_signed_on_idx").on(t.signedOn),
  ],
);

export const leads = pgTable(
  "leads",
  {
    id: id(),
    externalId: text("external_id"),
    name: text("name").notNull(),
    companyId: integer("company_id")
      .notNull()
      .references(() => companies.id),
    taskGroupId: integer("task_group_id")
      .notNull()
      .references(() => taskGroups.id),
    ownerId: integer("owner_id")
      .notNull()
      .references(() => users.id),
    districtId: integer("district_id").references(() => districts.id),
    industryId: integer("industry_id").references(() => industries.id),
    source: text("source", { enum: e.leadSources }).notNull(),
    stage: text("stage", { enum: e.stages }).notNull(),
    stageReason: text("stage_reason"),
    plannedInvestment: integer("planned_investment"),
    signedInvestment: integer("signed_investment"),
    signedOn: date("signed_on"),
    stageEnteredAt: timestamp("stage_entered_at").notNull(),
    /** The furthest stage of the main line the lead has ever reached (null: never on it). The funnel counts it. */
    furthestStage: text("furthest_stage", { enum: e.stages }),
    lastActivityAt: timestamp("last_activity_at").notNull(),
    nextFollowUpOn: date("next_follow_up_on"),
    leaderId: integer("leader_id").references(() => users.id),
    originTripId: integer("origin_trip_id").references(() => trips.id),
    originMeetingId: integer("origin_meeting_id").references(() => meetings.id),
    chainNodeId: integer("chain_node_id").references(() => chainNodes.id),
    agreementId: integer("agreement_id").references(() => agreements.id),
    description: text("description"),
    createdById: integer("created_by_id").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    /** Who made the last versioned change (named in the conflict message of a stale save). */
    updatedById: integer("updated_by_id").references(() => users.id),
    version: version(),
  },
  (t) => [
    uniqueIndex("leads_external_id_uq").on(t.externalId),
    // The board's columns and the table's group/stage filters page by last activity within these.
    index("leads_group_stage_activity_idx").on(t.taskGroupId, t.stage, t.lastActivityAt),
    index("leads_stage_activity_idx").on(t.stage, t.lastActivityAt),
    // Covers the per-stage totals and the size-band counts without reading the rows.
    index("leads_stage_amounts_idx").on(t.stage, t.plannedInvestment, t.signedInvestment),
    // The table sorted by owner, task group or name: each value's leads by last activity (leads/table.ts).
    index("leads_owner_idx").on(t.ownerId, t.lastActivityAt, t.id),
    index("leads_group_activity_idx").on(t.taskGroupId, t.lastActivityAt, t.id),
    index("leads_name_idx").on(t.name, t.lastActivityAt, t.id),
    index("leads_company_idx").on(t.companyId),
    index("leads_district_idx").on(t.districtId),
    index("leads_industry_idx").on(t.industryId),
    index("leads_source_idx").on(t.source),
    // The cockpit's and the 答卷's figures of signed leads, read from the index alone.
    index("leads_signed_figures_idx")
      .on(t.signedOn, t.stage, t.signedInvestment, t.taskGroupId, t.districtId, t.industryId, t.source)
      .where(sql`signed_on is not null`),
    index("leads_planned_investment_idx").on(t.plannedInvestment),
    // The table sorted by signed amount: the signed leads in order (leads/table.ts reads them apart from the rest).
    index("leads_signed_investment_idx").on(t.signedInvestment, t.lastActivityAt, t.id).where(sql`signed_investment is not null`),
    // Stale and overdue counts (督办, 工作台, cockpit) from the index alone.
    index("leads_last_activity_idx").on(t.lastActivityAt, t.stage),
    index("leads_next_follow_up_idx").on(t.nextFollowUpOn, t.stage),
    index("leads_group_follow_up_idx").on(t.taskGroupId, t.nextFollowUpOn, t.stage),
    index("leads_updated_at_idx").on(t.updatedAt),
    // Links most leads leave empty: indexed where set, so that the planner's statistics count only
    // the leads that have one (counting the empty ones, SQLite took a partner's 30 leads for 40,000
    // and read all 100,000 in date order to find them).
    index("leads_origin_trip_idx").on(t.originTripId).where(sql`origin_trip_id is not null`),
    index("leads_origin_meeting_idx").on(t.originMeetingId).where(sql`origin_meeting_id is not null`),
    // The chain map and the cockpit's chain rates: which parts have a signed lead, from the index alone.
    index("leads_chain_node_idx").on(t.chainNodeId, t.stage).where(sql`chain_node_id is not null`),
    index("leads_agreement_idx").on(t.agreementId).where(sql`agreement_id is not null`),
    index("leads_leader_idx").on(t.leaderId).where(sql`leader_id is not null`),
    index("leads_furthest_stage_idx").on(t.furthestStage, t.taskGroupId),
  ],
);

export const leadEvents = pgTable(
  "lead_events",
  {
    id: id(),
    leadId: integer("lead_id")
      .notNull()
      .references(() => leads.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: e.leadEventKinds }).notNull(),
    fromStage: text("from_stage", { enum: e.stages }),
    toStage: text("to_stage", { enum: e.stages }),
    fromValue: text("from_value"),
    toValue: text("to_value"),
    /** Which field an owner or amount event changed: ownerId, plannedInvestment, signedInvestment. */
    field: text("field"),
    /** A stage event: whole days the lead spent in from_stage (the funnel's median days in stage). */
    stageDays: integer("stage_days"),
    body: text("body"),
    actorId: integer("actor_id").references(() => users.id),
    occurredAt: timestamp("occurred_at").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("lead_events_lead_occurred_idx").on(t.leadId, t.occurredAt),
    index("lead_events_actor_idx").on(t.actorId),
    index("lead_events_kind_idx").on(t.kind),
    // The latest events of all leads (the 工作台's 最新跟进动态).
    index("lead_events_occurred_idx").on(t.occurredAt),
    // The stage moves of a period, with what the funnel reads of them, without reading the rows.
    index("lead_events_stage_moves_idx").on(t.occurredAt, t.fromStage, t.stageDays).where(sql`kind = 'stage'`),
  ],
);

export const investmentReports = pgTable(
  "investment_reports",
  {
    id: id(),
    leadId: integer("lead_id")
      .notNull()
      .references(() => leads.id, { onDelete: "cascade" }),
    // First day of the reported month, YYYY-MM-01.
    monthOn: date("month_on").notNull(),
    /**
     * The lead's task group, district, industry and source, copied by the database (triggers of
     * migration 0011) when the row is written and whenever the lead's change: the figures of a
     * period are cut by them without reading the leads.
     */
    taskGroupId: integer("task_group_id"),
    districtId: integer("district_id"),
    industryId: integer("industry_id"),
    source: text("source", { enum: e.leadSources }),
    fixedAsset: integer("fixed_asset").notNull().default(0),
    fundsInPlace: integer("funds_in_place").notNull().default(0),
    reportedById: integer("reported_by_id").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    uniqueIndex("investment_reports_lead_month_uq").on(t.leadId, t.monthOn),
    // A period's sums, per lead or cut by the lead's dimensions, from the index alone.
    index("investment_reports_month_idx").on(t.monthOn, t.leadId, t.fixedAsset, t.fundsInPlace),
    index("investment_reports_month_dims_idx").on(t.monthOn, t.taskGroupId, t.districtId, t.industryId, t.source, t.fixedAsset, t.fundsInPlace),
  ],
);

/**
 * The monthly figures summed per month and per lead dimension, kept by the database (triggers of
 * migration 0013) as rows of investment_reports are written: a period's figures for the cockpit
 * and the 答卷 read a few thousand of these rows instead of every lead's month. A dimension the
 * lead has not filled in is stored as 0 (ids) or '' (source), so that each cut has one row.
 */
export const reportMonthTotals = pgTable(
  "report_month_totals",
  {
    monthOn: date("month_on").notNull(),
    taskGroupKey: integer("task_group_key").notNull(),
    districtKey: integer("district_key").notNull(),
    industryKey: integer("industry_key").notNull(),
    sourceKey: text("source_key").notNull(),
    fixedAsset: integer("fixed_asset").notNull(),
    fundsInPlace: integer("funds_in_place").notNull(),
  },
  (t) => [primaryKey({ name: "report_month_totals_pk", columns: [t.monthOn, t.taskGroupKey, t.districtKey, t.industryKey, t.sourceKey] })],
);

/**
 * How many stage moves left each stage after how many days, per month of the move (China time),
 * kept by the database (triggers of migration 0013) as stage events are written: the funnel's
 * median days in stage for the whole city without reading the events.
 */
export const stageMoveCounts = pgTable(
  "stage_move_counts",
  {
    month: text("month").notNull(),
    fromStage: text("from_stage", { enum: e.stages }).notNull(),
    stageDays: integer("stage_days").notNull(),
    moves: integer("moves").notNull(),
  },
  (t) => [primaryKey({ name: "stage_move_counts_pk", columns: [t.month, t.fromStage, t.stageDays] })],
);

/**
 * The leads per task group and stage, with their planned and signed amounts summed, kept by the
 * database (triggers of migration 0016) as leads are written: the board's and the funnel's totals
 * without summing every lead.
 */
export const leadStageTotals = pgTable(
  "lead_stage_totals",
  {
    taskGroupId: integer("task_group_id").notNull(),
    stage: text("stage", { enum: e.stages }).notNull(),
    leads: integer("leads").notNull(),
    plannedInvestment: integer("planned_investment").notNull(),
    signedInvestment: integer("signed_investment").notNull(),
  },
  (t) => [primaryKey({ name: "lead_stage_totals_pk", columns: [t.taskGroupId, t.stage] })],
);

/**
 * Which months of a year a lead has monthly figures for (bit 0: January), kept by the database
 * (triggers of migration 0016) as monthly figures are written: the leads with figures in a range of
 * months are found among one row per lead and year instead of every month's row.
 */
export const leadReportYears = pgTable(
  "lead_report_years",
  {
    year: integer("year").notNull(),
    leadId: integer("lead_id").notNull(),
    months: integer("months").notNull(),
  },
  (t) => [
    primaryKey({ name: "lead_report_years_pk", columns: [t.year, t.leadId] }),
    // The leads of a range of months from the index alone, in lead order.
    index("lead_report_years_months_idx").on(t.year, t.leadId, t.months),
  ],
);

/**
 * Every two-character piece of each lead's name and its company's name (lower-cased), kept by the
 * database (triggers of migration 0018) as leads and companies are written: a search finds the
 * leads that have all the pieces of the text typed, and only those are read to check the text.
 */
export const leadSearchGrams = pgTable(
  "lead_search_grams",
  {
    gram: text("gram").notNull(),
    leadId: integer("lead_id").notNull(),
  },
  (t) => [primaryKey({ name: "lead_search_grams_pk", columns: [t.gram, t.leadId] }), index("lead_search_grams_lead_idx").on(t.leadId)],
);

/** The positions 1–300 in a name, for the triggers that cut names into pieces (SQLite's have no series). */
export const searchPositions = pgTable(
  "search_positions",
  { i: integer("i").notNull() },
  (t) => [primaryKey({ name: "search_positions_pk", columns: [t.i] })],
);

/** Per stage, after how many days without an event a lead counts as stale (null: never). */
export const stageSettings = pgTable("stage_settings", {
  stage: text("stage", { enum: e.stages }).primaryKey(),
  staleDays: integer("stale_days"),
  updatedById: integer("updated_by_id").references(() => users.id),
  updatedAt: updatedAt(),
});

/**
 * The office the system serves (one row, id 1): the city and the agency, as the shell, the 答卷,
 * the trip report and the exports name them. The admin sets them; no row until then.
 */
export const officeSettings = pgTable("office_settings", {
  id: integer("id").primaryKey().default(1),
  cityName: text("city_name").notNull(),
  agencyName: text("agency_name").notNull(),
  /** The day of the month the task groups' 月报 is due (1–28); the scheduler reminds the group leads. Null: no reminder. */
  reportDueDay: integer("report_due_day"),
  updatedById: integer("updated_by_id").references(() => users.id),
  updatedAt: updatedAt(),
  version: version(),
});

/** Annual targets (年度目标) of a task group or of a district: one row per year and group or district. */
export const targets = pgTable(
  "targets",
  {
    id: id(),
    year: integer("year").notNull(),
    taskGroupId: integer("task_group_id").references(() => taskGroups.id),
    districtId: integer("district_id").references(() => districts.id),
    projects: integer("projects").notNull().default(0),
    signedInvestment: integer("signed_investment").notNull().default(0),
    fixedAsset: integer("fixed_asset").notNull().default(0),
    fundsInPlace: integer("funds_in_place").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    // One row per year and group, one per year and district (NULLs are distinct, so the two never clash).
    uniqueIndex("targets_year_group_uq").on(t.year, t.taskGroupId),
    uniqueIndex("targets_year_district_uq").on(t.year, t.districtId),
    index("targets_task_group_idx").on(t.taskGroupId),
    index("targets_district_idx").on(t.districtId),
  ],
);

export const auditLog = pgTable(
  "audit_log",
  {
    id: id(),
    actorId: integer("actor_id").references(() => users.id),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: integer("entity_id"),
    details: text("details"),
    /** For access events: the user name typed at sign-in (the actor may not exist). */
    username: text("username"),
    ip: text("ip"),
    userAgent: text("user_agent"),
    createdAt: createdAt(),
  },
  (t) => [
    index("audit_log_entity_idx").on(t.entity, t.entityId),
    index("audit_log_actor_idx").on(t.actorId),
    index("audit_log_created_at_idx").on(t.createdAt),
    index("audit_log_action_idx").on(t.action, t.createdAt),
  ],
);

/** A signed-in device: its id travels in the session token, and every request checks the row is still here. */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    ip: text("ip"),
    userAgent: text("user_agent"),
    createdAt: createdAt(),
    lastSeenAt: timestamp("last_seen_at").notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/**
 * Sign-in attempt counters, one row per key ("client:IP" or "account:NAME|client:IP"), bumped
 * by one atomic upsert before any password is checked; shared by every app server on the database.
 */
export const signInThrottle = pgTable("sign_in_throttle", {
  key: text("key").primaryKey(),
  attempts: integer("attempts").notNull(),
  windowStartedAt: timestamp("window_started_at").notNull(),
  lockedUntil: timestamp("locked_until"),
});

/**
 * A task (待办): something one person must do by a date, and what it is about. A meeting's 下一步工作
 * is one (source "meeting", one per meeting: saving the meeting keeps it in step). Read by whoever
 * reads its lead's task group, its owner and its creator; leaders, secretaries and the admin read all.
 */
export const tasks = pgTable(
  "tasks",
  {
    id: id(),
    title: text("title").notNull(),
    ownerId: integer("owner_id")
      .notNull()
      .references(() => users.id),
    dueOn: date("due_on"),
    status: text("status", { enum: e.taskStatuses }).notNull().default("open"),
    source: text("source", { enum: e.taskSources }).notNull(),
    meetingId: integer("meeting_id").references(() => meetings.id, { onDelete: "cascade" }),
    leadId: integer("lead_id").references(() => leads.id),
    tripId: integer("trip_id").references(() => trips.id),
    taskGroupId: integer("task_group_id").references(() => taskGroups.id),
    /** A 批示's task: the instruction it answers (its answer becomes the lead's instruction_reply event). */
    leadEventId: integer("lead_event_id").references(() => leadEvents.id),
    doneNote: text("done_note"),
    doneAt: timestamp("done_at"),
    createdById: integer("created_by_id").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index("tasks_owner_status_due_idx").on(t.ownerId, t.status, t.dueOn),
    index("tasks_group_status_due_idx").on(t.taskGroupId, t.status, t.dueOn),
    uniqueIndex("tasks_meeting_uq").on(t.meetingId),
    // One follow-up task per lead (its 下次跟进日期), reopened when the date moves.
    uniqueIndex("tasks_follow_up_uq").on(t.leadId).where(sql`source = 'follow_up'`),
    uniqueIndex("tasks_lead_event_uq").on(t.leadEventId),
    // A lead's open task on its card and row; the scheduler's due and overdue sweeps.
    index("tasks_lead_status_due_idx").on(t.leadId, t.status, t.dueOn).where(sql`lead_id is not null`),
    index("tasks_status_due_idx").on(t.status, t.dueOn),
  ],
);

/**
 * A notification (通知) to one user: what happened (kind), about which task or lead, by whom, with the
 * words it needs (params, JSON) so that it reads the same after the task or lead changed. The
 * scheduler's reminders carry a dedupe key, so that each is written once however often it runs.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: e.notificationKinds }).notNull(),
    taskId: integer("task_id").references(() => tasks.id, { onDelete: "cascade" }),
    leadId: integer("lead_id").references(() => leads.id, { onDelete: "cascade" }),
    actorId: integer("actor_id").references(() => users.id),
    params: text("params"),
    dedupeKey: text("dedupe_key"),
    readAt: timestamp("read_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("notifications_user_idx").on(t.userId, t.id),
    // The bell's count reads only the unread.
    index("notifications_unread_idx").on(t.userId).where(sql`read_at is null`),
    index("notifications_created_idx").on(t.createdAt),
    uniqueIndex("notifications_dedupe_uq").on(t.dedupeKey),
  ],
);

/** Per user and kind, whether a notification also goes into the morning digest (no row: the kind's default). */
export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: e.notificationKinds }).notNull(),
    delivery: text("delivery", { enum: e.notificationDeliveries }).notNull(),
  },
  (t) => [primaryKey({ name: "notification_preferences_pk", columns: [t.userId, t.kind] })],
);

/**
 * One run of a scheduled job for one slot (a day, a month): the row is the lease. The server that
 * inserts it runs the job; a running row whose lease has lapsed (its server died) may be taken over;
 * a done row is never run again, so that with several app servers each reminder goes out once.
 */
export const jobRuns = pgTable(
  "job_runs",
  {
    id: id(),
    job: text("job").notNull(),
    slot: text("slot").notNull(),
    status: text("status", { enum: e.jobRunStatuses }).notNull(),
    holder: text("holder").notNull(),
    leaseUntil: timestamp("lease_until").notNull(),
    attempts: integer("attempts").notNull().default(1),
    startedAt: timestamp("started_at").notNull(),
    finishedAt: timestamp("finished_at"),
    result: text("result"),
    error: text("error"),
  },
  (t) => [uniqueIndex("job_runs_job_slot_uq").on(t.job, t.slot), index("job_runs_started_idx").on(t.startedAt)],
);

/**
 * A group-chat robot (外发通知) the admin added: 企业微信, 钉钉 (with its signing secret) or 飞书, by
 * webhook address, speaking for one task group or for the leadership. A channel that keeps failing
 * is paused (paused_at) until the admin resumes it.
 */
export const chatChannels = pgTable(
  "chat_channels",
  {
    id: id(),
    name: text("name").notNull(),
    kind: text("kind", { enum: e.chatChannelKinds }).notNull(),
    webhookUrl: text("webhook_url").notNull(),
    secret: text("secret"),
    audience: text("audience", { enum: e.chatAudiences }).notNull(),
    taskGroupId: integer("task_group_id").references(() => taskGroups.id),
    isActive: bool("is_active").notNull().default(true),
    consecutiveFailures: integer("consecutive_failures").notNull().default(0),
    pausedAt: timestamp("paused_at"),
    pausedReason: text("paused_reason"),
    createdById: integer("created_by_id").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [index("chat_channels_group_idx").on(t.taskGroupId)],
);

/**
 * The outbox: a message for one channel, written in the transaction of what caused it, delivered
 * after (with retries and backoff). The body is the robot-neutral markdown; each robot's request is
 * built from it at delivery. The dedupe key keeps a digest or an event from being queued twice.
 */
export const chatMessages = pgTable(
  "chat_messages",
  {
    id: id(),
    channelId: integer("channel_id")
      .notNull()
      .references(() => chatChannels.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: e.chatMessageKinds }).notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    dedupeKey: text("dedupe_key"),
    status: text("status", { enum: e.chatMessageStatuses }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at").notNull(),
    lastError: text("last_error"),
    createdAt: createdAt(),
    sentAt: timestamp("sent_at"),
  },
  (t) => [
    uniqueIndex("chat_messages_dedupe_uq").on(t.dedupeKey),
    index("chat_messages_due_idx").on(t.status, t.nextAttemptAt),
    index("chat_messages_channel_idx").on(t.channelId, t.id),
  ],
);

/** Each attempt to deliver a message: the delivery log the admin reads. */
export const chatDeliveries = pgTable(
  "chat_deliveries",
  {
    id: id(),
    messageId: integer("message_id")
      .notNull()
      .references(() => chatMessages.id, { onDelete: "cascade" }),
    channelId: integer("channel_id")
      .notNull()
      .references(() => chatChannels.id, { onDelete: "cascade" }),
    attemptedAt: timestamp("attempted_at").notNull(),
    ok: bool("ok").notNull(),
    httpStatus: integer("http_status"),
    error: text("error"),
    durationMs: integer("duration_ms"),
  },
  (t) => [index("chat_deliveries_channel_idx").on(t.channelId, t.attemptedAt), index("chat_deliveries_message_idx").on(t.messageId)],
);
