// Trips from a file: 带队领导 (user name), 开始日期, 结束日期, 目的地, 事由.
import { trips, users } from "@/db/schema";
import type { TripStatus } from "@/db/schema/enums";
import { regionOf } from "@/lib/domain/region";
import { columnLabel } from "@/lib/import/columns";
import { parseDate } from "@/lib/import/values";
import { auditLog } from "@/db/schema";
import { cell, chunked, type Importer, type ImportProblem } from "./types";

type TripItem = {
  leaderId: number;
  title: string;
  startOn: string;
  endOn: string;
  destinations: string;
  purpose: string | null;
  status: TripStatus;
};

const label = (key: string) => columnLabel("trips", key);

export const tripImporter: Importer<TripItem[]> = {
  async prepare({ executor, rows, map, today, tick }) {
    const people = await executor.select({ id: users.id, username: users.username, name: users.name }).from(users);
    const byUsername = new Map(people.map((p) => [p.username.toLowerCase(), p]));
    const items: TripItem[] = [];
    const problems: ImportProblem[] = [];
    for (const row of rows) {
      await tick();
      const problem = (key: string, message: string) => problems.push({ line: row.line, column: label(key), message });
      const leaderName = cell(row, map, "leader");
      const leader = byUsername.get(leaderName.toLowerCase());
      if (!leaderName) problem("leader", "带队领导不能为空");
      else if (!leader) problem("leader", `系统中没有用户名为“${leaderName}”的用户`);
      const start = parseDate(cell(row, map, "startOn"));
      const end = parseDate(cell(row, map, "endOn"));
      if (!start.ok) problem("startOn", start.message);
      else if (!start.value) problem("startOn", "开始日期不能为空");
      if (!end.ok) problem("endOn", end.message);
      else if (!end.value) problem("endOn", "结束日期不能为空");
      if (start.ok && end.ok && start.value && end.value && end.value < start.value) problem("endOn", "结束日期不能早于开始日期");
      const destination = cell(row, map, "destination");
      if (!destination) problem("destination", "目的地不能为空");
      else if (destination.length > 200) problem("destination", "目的地过长（最多200字）");
      const purpose = cell(row, map, "purpose");
      if (purpose.length > 2000) problem("purpose", "事由过长（最多2000字）");
      if (leader && start.ok && start.value && end.ok && end.value && destination) {
        items.push({
          leaderId: leader.id,
          title: `${leader.name}率队赴${destination}考察`.slice(0, 200),
          startOn: start.value,
          endOn: end.value,
          destinations: destination,
          purpose: purpose || null,
          status: end.value < today ? "done" : start.value > today ? "planned" : "ongoing",
        });
      }
    }
    return { plan: items, problems, rows: items.length };
  },

  async apply({ tx, user, plan, fileName, now, written }) {
    let done = 0;
    for (const part of chunked(plan, 300)) {
      const rows = part.map((item) => ({ ...item, region: regionOf(item.destinations), createdById: user.id, createdAt: now, updatedAt: now }));
      const inserted = await tx.insert(trips).values(rows).returning({ id: trips.id });
      // One INSERT numbers its rows in the order given.
      const ids = inserted.map((r) => r.id).sort((a, b) => a - b);
      await tx.insert(auditLog).values(
        rows.map((row, i) => ({ actorId: user.id, action: "trip.create", entity: "trip", entityId: ids[i], details: JSON.stringify({ ...row, importFile: fileName }), createdAt: now })),
      );
      await written((done += part.length));
    }
  },
};

