// The one rule set for what a lead points at. The lead form, a meeting's or a chain gap's "生成项目",
// the importer and any crafted request pass through it (createLead and updateLead call it; the
// importer calls it per row before it writes). Each reference must exist and be within the user's
// reach, else a FieldError on that field with a message the user can act on — never a foreign-key
// failure surfacing as "系统出现异常".
//
//   taskGroupId    exists, and the user may add leads to it
//   ownerId        an active member of the lead's task group (a member names only themselves)
//   leaderId       an active user with the role `leader` (a city leader)
//   chainNodeId    a part of a chain whose industry belongs to the lead's task group, unless the
//                  user may edit that chain (the admin, that group's lead): a member cannot raise
//                  another group's 配套率 by linking a lead of their own
//   companyId, districtId, industryId, originTripId, agreementId   exist
//   originMeetingId  exists and was held with the lead's company
//
// Lookups are memoised per id for the life of the checker, so an importer checking 10,000 rows
// reads each company, group, user… once.
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { agreements, chainNodes, chains, companies, districts, industries, meetings, taskGroupMembers, taskGroups, trips, users } from "@/db/schema";
import { FieldError } from "@/lib/actions/errors";
import type { CurrentUser } from "@/lib/auth/current-user";
import { canEditChain } from "@/lib/auth/policy";
import { mayCreateLeadIn, ownsOwnLeadsOnly } from "@/lib/auth/policy";

/** The ids a lead refers to (the field names of leadCreateSchema); absent or null: not checked. */
export type LeadReferenceInput = {
  taskGroupId?: number | null;
  ownerId?: number | null;
  leaderId?: number | null;
  companyId?: number | null;
  districtId?: number | null;
  industryId?: number | null;
  originTripId?: number | null;
  originMeetingId?: number | null;
  chainNodeId?: number | null;
  agreementId?: number | null;
};

export type LeadReferenceCheck = (input: LeadReferenceInput) => Promise<FieldError | null>;

/** A per-key cache of a lookup; the promise itself is kept, so concurrent checks share one query. */
function memo<K, V>(load: (key: K) => Promise<V>): (key: K) => Promise<V> {
  const cache = new Map<K, Promise<V>>();
  return (key) => {
    let hit = cache.get(key);
    if (!hit) {
      hit = load(key);
      cache.set(key, hit);
    }
    return hit;
  };
}

const present = (id: number | null | undefined): id is number => typeof id === "number" && Number.isInteger(id) && id > 0;

export async function leadReferenceChecker(executor: Executor, user: CurrentUser): Promise<LeadReferenceCheck> {
  const exists = (table: typeof companies | typeof districts | typeof industries | typeof trips | typeof agreements | typeof taskGroups) =>
    memo(async (id: number) => {
      const [row] = await executor.select({ id: table.id }).from(table).where(eq(table.id, id)).limit(1);
      return Boolean(row);
    });
  const groupExists = exists(taskGroups);
  const companyExists = exists(companies);
  const districtExists = exists(districts);
  const industryExists = exists(industries);
  const tripExists = exists(trips);
  const agreementExists = exists(agreements);

  /** Active members of a group, read once per group. */
  const activeMembersOf = memo(async (taskGroupId: number) => {
    const rows = await executor
      .select({ userId: taskGroupMembers.userId })
      .from(taskGroupMembers)
      .innerJoin(users, eq(users.id, taskGroupMembers.userId))
      .where(and(eq(taskGroupMembers.taskGroupId, taskGroupId), eq(users.isActive, true)));
    return new Set(rows.map((r) => r.userId));
  });

  const isActiveLeader = memo(async (userId: number) => {
    const [row] = await executor
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, userId), eq(users.role, "leader"), eq(users.isActive, true)))
      .limit(1);
    return Boolean(row);
  });

  /** The task group of a chain part's chain (through the chain's industry); undefined: no such part. */
  const chainGroupOfNode = memo(async (nodeId: number) => {
    const [row] = await executor
      .select({ taskGroupId: industries.taskGroupId })
      .from(chainNodes)
      .innerJoin(chains, eq(chains.id, chainNodes.chainId))
      .innerJoin(industries, eq(industries.id, chains.industryId))
      .where(eq(chainNodes.id, nodeId))
      .limit(1);
    return row ? { taskGroupId: row.taskGroupId } : undefined;
  });

  const meetingCompany = memo(async (meetingId: number) => {
    const [row] = await executor.select({ companyId: meetings.companyId }).from(meetings).where(eq(meetings.id, meetingId)).limit(1);
    return row ? row.companyId : undefined;
  });

  return async function check(input: LeadReferenceInput): Promise<FieldError | null> {
    if (present(input.taskGroupId)) {
      if (!(await groupExists(input.taskGroupId))) return new FieldError("taskGroupId", "integrity.groupUnknown");
      if (!mayCreateLeadIn(user, input.taskGroupId)) return new FieldError("taskGroupId", "integrity.groupNotYours");
    }
    if (present(input.ownerId)) {
      if (ownsOwnLeadsOnly(user) && input.ownerId !== user.id) return new FieldError("ownerId", "integrity.ownerNotSelf");
      if (present(input.taskGroupId) && !(await activeMembersOf(input.taskGroupId)).has(input.ownerId)) {
        return new FieldError("ownerId", "leads.ownerNotInGroup");
      }
    }
    if (present(input.companyId) && !(await companyExists(input.companyId))) return new FieldError("companyId", "integrity.companyUnknown");
    if (present(input.leaderId) && !(await isActiveLeader(input.leaderId))) return new FieldError("leaderId", "integrity.leaderInvalid");
    if (present(input.districtId) && !(await districtExists(input.districtId))) return new FieldError("districtId", "integrity.districtUnknown");
    if (present(input.industryId) && !(await industryExists(input.industryId))) return new FieldError("industryId", "integrity.industryUnknown");
    if (present(input.originTripId) && !(await tripExists(input.originTripId))) return new FieldError("originTripId", "integrity.tripUnknown");
    if (present(input.originMeetingId)) {
      const companyOfMeeting = await meetingCompany(input.originMeetingId);
      if (companyOfMeeting === undefined) return new FieldError("originMeetingId", "integrity.meetingUnknown");
      if (present(input.companyId) && companyOfMeeting !== input.companyId) return new FieldError("originMeetingId", "integrity.meetingOtherCompany");
    }
    if (present(input.chainNodeId)) {
      const chain = await chainGroupOfNode(input.chainNodeId);
      if (!chain) return new FieldError("chainNodeId", "integrity.chainNodeUnknown");
      const ofLeadsGroup = present(input.taskGroupId) && chain.taskGroupId === input.taskGroupId;
      if (!ofLeadsGroup && !canEditChain(user, chain.taskGroupId)) return new FieldError("chainNodeId", "integrity.chainNodeOtherGroup");
    }
    if (present(input.agreementId) && !(await agreementExists(input.agreementId))) return new FieldError("agreementId", "integrity.agreementUnknown");
    return null;
  };
}

/** Runs the checker once and throws its FieldError: for writes of a single lead. */
export async function assertLeadReferences(executor: Executor, user: CurrentUser, input: LeadReferenceInput): Promise<void> {
  const problem = await (await leadReferenceChecker(executor, user))(input);
  if (problem) throw problem;
}
