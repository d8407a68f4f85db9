// The one source of truth for every enumerated value of the domain (roles, stages, sources, kinds…).
// Both dialect schemas (through db/schema/enums.ts), the zod schemas and the interface labels read from here.

export const roles = ["admin", "leader", "secretary", "group_lead", "member"] as const;
export type Role = (typeof roles)[number];

export const stages = [
  "contact",
  "negotiating",
  "inspecting",
  "intent",
  "signed",
  "started",
  "operating",
  "on_hold",
  "dropped",
] as const;
export type Stage = (typeof stages)[number];

export const leadSources = [
  "leader_trip",
  "task_group",
  "chamber",
  "native",
  "expert",
  "directed",
  "chain",
  "other",
] as const;
export type LeadSource = (typeof leadSources)[number];

export const leadEventKinds = [
  "created",
  "stage",
  "owner",
  "amount",
  "note",
  "visit",
  "call",
  "instruction",
  "follow_up",
  /** The owner's answer to a 批示 (its task done with the answer). */
  "instruction_reply",
] as const;
export type LeadEventKind = (typeof leadEventKinds)[number];

export const districtKinds = ["district", "county_city", "county", "park"] as const;
export type DistrictKind = (typeof districtKinds)[number];

export const industryCategories = ["industry", "service", "agriculture", "tourism"] as const;
export type IndustryCategory = (typeof industryCategories)[number];

export const groupMemberRoles = ["lead", "member"] as const;
export type GroupMemberRole = (typeof groupMemberRoles)[number];

export const tripStatuses = ["planned", "ongoing", "done"] as const;
export type TripStatus = (typeof tripStatuses)[number];

export const regionGroups = ["bohai", "prd", "yrd", "chengyu", "other"] as const;
export type RegionGroup = (typeof regionGroups)[number];

export const meetingKinds = ["visit", "talks", "incoming", "event"] as const;
export type MeetingKind = (typeof meetingKinds)[number];

export const chainPositions = ["upstream", "midstream", "downstream"] as const;
export type ChainPosition = (typeof chainPositions)[number];

export const chainPresences = ["present", "partial", "missing"] as const;
export type ChainPresence = (typeof chainPresences)[number];

export const chainAims = ["fill", "extend", "widen", "strengthen"] as const;
export type ChainAim = (typeof chainAims)[number];

export const chainCompanyRoles = ["local", "target"] as const;
export type ChainCompanyRole = (typeof chainCompanyRoles)[number];

/** A target company's priority on a chain: 1 = first choice … 3 = third (only targets carry one). */
export const targetPriorities = [1, 2, 3] as const;

export const agreementKinds = ["gov_gov", "department", "gov_zone", "enterprise", "co_park"] as const;
export type AgreementKind = (typeof agreementKinds)[number];

export const agreementStatuses = ["negotiating", "signed", "implementing", "completed", "terminated"] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];

/** A task (待办): open until its owner marks it done, or cancelled when what asked for it goes away. */
export const taskStatuses = ["open", "done", "cancelled"] as const;
export type TaskStatus = (typeof taskStatuses)[number];

/**
 * Where a task came from: a meeting's 下一步工作 (one per meeting, kept in step with it); a lead's
 * 下次跟进日期 (one open per lead, kept in step with it); a leader's 批示 with a 办理时限 (answered by
 * its owner); a 督办 item a leader or group lead assigns; or typed by hand.
 */
export const taskSources = ["meeting", "follow_up", "instruction", "supervision", "manual"] as const;
export type TaskSource = (typeof taskSources)[number];

/** What a notification (通知) tells its reader. */
export const notificationKinds = [
  "task_assigned",
  "task_due",
  "task_overdue",
  "instruction_received",
  "instruction_answered",
  "lead_reassigned",
  "lead_changed",
  "report_due",
  "channel_paused",
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** Per kind, where a user wants a notification: in the app only, or also in the morning digest. */
export const notificationDeliveries = ["app", "digest"] as const;
export type NotificationDelivery = (typeof notificationDeliveries)[number];

/** The group-chat robots a channel (外发通知) posts to by webhook. */
export const chatChannelKinds = ["wecom", "dingtalk", "feishu"] as const;
export type ChatChannelKind = (typeof chatChannelKinds)[number];

/** Whom a channel speaks for: one task group, or the city leadership. */
export const chatAudiences = ["group", "leadership"] as const;
export type ChatAudience = (typeof chatAudiences)[number];

/** What an outgoing message is: the morning digest, a 批示 at once, a lead reaching 签约, the admin's test. */
export const chatMessageKinds = ["digest", "instruction", "signed", "test"] as const;
export type ChatMessageKind = (typeof chatMessageKinds)[number];

/** An outgoing message waits (pending) until a delivery succeeds (sent) or the retries run out (failed). */
export const chatMessageStatuses = ["pending", "sent", "failed"] as const;
export type ChatMessageStatus = (typeof chatMessageStatuses)[number];

/** A scheduled job's run of one slot: claimed and running (under a lease), done, or failed (taken again). */
export const jobRunStatuses = ["running", "done", "failed"] as const;
export type JobRunStatus = (typeof jobRunStatuses)[number];

/** A 批示's 办理时限 choices: none, days from today, or a date. */
export const answerLimits = ["", "1", "3", "7", "date"] as const;
export type AnswerLimit = (typeof answerLimits)[number];
