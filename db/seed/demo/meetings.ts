// Meetings with businesspeople (会见客商): most on the leaders' trips, some in Guang'an (incoming).
import { and, eq, isNull, sql } from "drizzle-orm";
import { meetingAttendees, meetingContacts, meetings, taskGroupMembers, tasks } from "../../schema";
import type { MeetingKind } from "../../schema/enums";
import { cityAddress } from "./company-data";
import {
  addDays,
  at,
  count,
  daysBetween,
  insertAll,
  insertWithIds,
  int,
  minIso,
  need,
  pick,
  type CompanyRef,
  type SeedContext,
  type TripRef,
  type Tx,
  userId,
} from "./context";
import { secretaryOf } from "./trips";

type Plan = {
  trip: TripRef | null;
  company: CompanyRef;
  kind: MeetingKind;
  heldOn: string;
  startsAt: string;
  place: string;
  leader: string;
  repeat: boolean;
};

const times = ["09:30", "14:30", "16:30", "19:30", "11:00"];

const visitSummaries = [
  "实地考察了{c}生产车间和研发中心，听取企业发展情况介绍。双方就在{d}投资建设{p}项目进行了深入交流，企业表示将于下月派团来广安实地考察。",
  "与{c}主要负责人座谈，介绍了广安区位交通、要素成本和产业扶持政策。企业对{p}项目落户{d}有较强意向，希望尽快明确用地和标准厂房条件。",
  "双方就{p}项目的投资规模、建设周期和配套条件进行了洽谈，初步达成合作意向，约定由{g}牵头拟定合作框架协议文本。",
  "企业介绍了近年来的产业布局，表示正在西部地区选址布局{p}产能，广安是重点考察地之一。双方同意建立常态化联系机制。",
];
const repeatSummary = "双方回顾了前期对接情况，就{p}项目投资协议主要条款逐项交换了意见，企业表示争取年内完成签约。";
const eventSummary = "出席广安市与天津市相关国有企业合作项目签约仪式，{c}与广安方面签署{p}项目合作协议。";
const incomingSummary = "{c}考察团来广安考察，先后察看了{d}园区规划和在建项目，双方就{p}项目选址、用地和配套条件进行了座谈。";

const nextStepTexts = [
  "由{g}负责对接，10个工作日内向企业提供{d}园区用地、标准厂房和优惠政策资料。",
  "{d}做好企业来广考察接待准备，落实考察线路和座谈安排。",
  "市投促委牵头拟定合作框架协议文本，报市政府审定后与企业商定签约时间。",
  "保持与企业高层的联系，跟踪企业董事会决策进展，及时报告。",
];
const eventNextSteps = "按照签约内容建立项目推进台账，明确责任人和时间节点，推动项目尽快落地。";
const incomingNextSteps = "{d}按企业要求提供地块规划条件，{g}跟踪企业内部决策进展。";

function fill(text: string, c: CompanyRef): string {
  return text.replaceAll("{c}", c.name).replaceAll("{d}", c.district).replaceAll("{p}", c.project).replaceAll("{g}", c.group);
}

const incomingPlaces: Record<string, string> = {
  华蓥市: "华蓥市电子信息产业园管委会",
  广安经开区: "广安经开区管委会",
  邻水县: "邻水县经济开发区管委会",
  前锋区: "前锋区人民政府会议室",
};

/** Meetings of one trip: its must-meet companies first, then others in its cities, favouring its groups. */
function tripPlans(ctx: SeedContext, trip: TripRef, used: Map<string, number>): Plan[] {
  const lastDay = minIso(trip.endOn, ctx.today);
  const days = daysBetween(trip.startOn, lastDay) + 1;
  const isSigning = trip.must.length >= 6;
  const wanted = isSigning ? trip.must.length : Math.max(trip.must.length, Math.min(days, 3), 2);
  const chosen: CompanyRef[] = trip.must.map((k) => need(ctx.companyByKey, k, "company"));
  const others = ctx.companies
    .filter((c) => trip.cities.includes(c.city) && !chosen.includes(c))
    .sort((a, b) => {
      const fa = trip.focus.includes(a.group) ? 0 : 1;
      const fb = trip.focus.includes(b.group) ? 0 : 1;
      return fa - fb || (used.get(a.key) ?? 0) - (used.get(b.key) ?? 0);
    });
  while (chosen.length < wanted && others.length > 0) chosen.push(others.shift() as CompanyRef);

  const perDay = new Map<string, number>();
  return chosen.map((company, i) => {
    const heldOn = isSigning ? addDays(trip.startOn, 1) : addDays(trip.startOn, Math.floor((i * days) / chosen.length));
    const slot = perDay.get(heldOn) ?? 0;
    perDay.set(heldOn, slot + 1);
    const repeat = (used.get(company.key) ?? 0) > 0;
    used.set(company.key, (used.get(company.key) ?? 0) + 1);
    const kind: MeetingKind = isSigning ? "event" : i % 2 === 0 ? "visit" : "talks";
    const place =
      kind === "event"
        ? "天津市 广安—天津合作项目签约仪式现场"
        : kind === "visit"
          ? `${cityAddress[company.city]} ${company.name}`
          : `${cityAddress[company.city]} 广安市招商推介洽谈会场`;
    const startsAt = kind === "event" ? "10:00" : times[slot % times.length];
    return { trip, company, kind, heldOn, startsAt, place, leader: trip.leader, repeat };
  });
}

export async function seedMeetings(tx: Tx, ctx: SeedContext): Promise<void> {
  const used = new Map<string, number>();
  const plans: Plan[] = [];
  for (const trip of ctx.trips) {
    // Nothing logged yet on a trip that has not started, or that set out today.
    if (trip.status === "planned" || trip.startOn >= ctx.today) continue;
    plans.push(...tripPlans(ctx, trip, used));
  }

  // Return visits to Guang'an: companies met on a trip come to see the site three to six weeks later.
  const candidates = plans.filter((p) => daysBetween(p.heldOn, ctx.today) > 50 && p.kind !== "event");
  const visited = new Set<string>();
  for (let i = 0; i < candidates.length && visited.size < 10; i += 3) {
    const p = candidates[i];
    if (visited.has(p.company.key)) continue;
    visited.add(p.company.key);
    const heldOn = addDays(p.heldOn, int(ctx, 20, 45));
    plans.push({
      trip: null,
      company: p.company,
      kind: "incoming",
      heldOn,
      startsAt: pick(ctx, ["09:00", "10:00", "15:00"]),
      place: incomingPlaces[p.company.district] ?? `${p.company.district}人民政府会议室`,
      leader: ctx.groupLeader.get(p.company.group) ?? p.leader,
      repeat: true,
    });
  }

  const rows = plans.map((p) => {
    const people = need(ctx.groupPeople, p.company.group, "task group people");
    const owner = people[people.length > 1 ? 1 : 0];
    const summaryText =
      p.kind === "event"
        ? eventSummary
        : p.kind === "incoming"
          ? incomingSummary
          : p.repeat
            ? repeatSummary
            : pick(ctx, visitSummaries);
    const nextText =
      p.kind === "event" ? eventNextSteps : p.kind === "incoming" ? incomingNextSteps : pick(ctx, nextStepTexts);
    const author = p.trip ? p.trip.secretary : people[0];
    const created = p.heldOn >= ctx.today ? ctx.now : at(p.heldOn, 21, int(ctx, 0, 50));
    return {
      tripId: p.trip?.id ?? null,
      companyId: p.company.id,
      kind: p.kind,
      heldOn: p.heldOn,
      startsAt: p.startsAt,
      place: p.place,
      summary: fill(summaryText, p.company),
      nextSteps: fill(nextText, p.company),
      nextStepOwnerId: userId(ctx, owner),
      nextStepDueOn: addDays(p.heldOn, int(ctx, 10, 30)),
      createdById: userId(ctx, author),
      createdAt: created,
      updatedAt: created,
    };
  });
  const ids = await insertWithIds(rows, (chunk) => tx.insert(meetings).values(chunk).returning({ id: meetings.id }));
  plans.forEach((p, i) =>
    ctx.meetings.push({ id: ids[i], tripId: p.trip?.id ?? null, companyKey: p.company.key, heldOn: p.heldOn, leader: p.leader }),
  );
  count(ctx, "meetings", ids.length);

  const contactRows = plans.flatMap((p, i) =>
    p.company.contactIds.slice(0, p.kind === "event" ? 3 : int(ctx, 1, 2)).map((contactId) => ({ meetingId: ids[i], contactId })),
  );
  await insertAll(contactRows, (chunk) => tx.insert(meetingContacts).values(chunk));
  count(ctx, "meetingContacts", contactRows.length);

  const attendeeRows = plans.flatMap((p, i) => {
    const people = need(ctx.groupPeople, p.company.group, "task group people");
    const member = p.trip?.staff.find((u) => people.includes(u)) ?? people[people.length > 1 ? 1 : 0];
    const secretary = p.trip ? p.trip.secretary : secretaryOf(p.leader);
    const names = [...new Set([p.leader, secretary, member])];
    return names.map((u) => ({ meetingId: ids[i], userId: userId(ctx, u) }));
  });
  await insertAll(attendeeRows, (chunk) => tx.insert(meetingAttendees).values(chunk));
  count(ctx, "meetingAttendees", attendeeRows.length);

  // Each next step is its meeting's task (db/mutations/tasks.ts). Most of those due more than three
  // days ago were done around their date; a few of the last weeks' were not and stand overdue, as in
  // any office (those of earlier months were settled long ago).
  // (Chosen by the meeting's place in the list, not the seed's random stream, so that everything
  // seeded after the meetings stays as it was.)
  const taskRows = rows.map((row, i) => {
    const doneBy = addDays(row.nextStepDueOn, -(i % 7));
    const done = row.nextStepDueOn < addDays(ctx.today, -3) && ((i * 7) % 10 < 8 || row.nextStepDueOn < addDays(ctx.today, -45)) && doneBy <= ctx.today;
    return {
      title: row.nextSteps,
      ownerId: row.nextStepOwnerId,
      dueOn: row.nextStepDueOn,
      status: done ? ("done" as const) : ("open" as const),
      source: "meeting" as const,
      meetingId: ids[i],
      doneAt: done ? at(doneBy, 17, (i * 13) % 60) : null,
      createdById: row.createdById,
      createdAt: row.createdAt,
      updatedAt: done ? at(doneBy, 17) : row.createdAt,
    };
  });
  await insertAll(taskRows, (chunk) => tx.insert(tasks).values(chunk));
  // Each step belongs to its owner's task group, as syncMeetingTask files it.
  await tx
    .update(tasks)
    .set({ taskGroupId: sql`(select min(${taskGroupMembers.taskGroupId}) from ${taskGroupMembers} where ${taskGroupMembers.userId} = ${tasks.ownerId})` })
    .where(and(eq(tasks.source, "meeting"), isNull(tasks.taskGroupId)));
  count(ctx, "tasks", taskRows.length);
}
