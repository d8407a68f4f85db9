// Pure rules of trips and meetings: the region of destinations, the history of an edit, the lead a
// meeting turns into, the numbering of the printed report, route ids.
import { describe, expect, it } from "vitest";
import { chineseItem, chineseNumber } from "@/lib/chinese-ordinal";
import { diffSnapshots, parseChanges } from "@/lib/domain/changes";
import { leadDefaultsFromMeeting, type MeetingForLead } from "@/lib/domain/meeting-lead";
import { regionOf, regionOfDestinations } from "@/lib/domain/region";
import { parseRouteId } from "@/lib/route-id";

describe("region of destinations", () => {
  it("finds the region of the first known place", () => {
    expect(regionOfDestinations("天津市滨海新区")).toBe("bohai");
    expect(regionOfDestinations("广东省深圳市、东莞市")).toBe("prd");
    expect(regionOfDestinations("江苏省苏州工业园区、上海市")).toBe("yrd");
    expect(regionOfDestinations("重庆市、四川省成都市")).toBe("chengyu");
    expect(regionOfDestinations("上海市、天津市")).toBe("yrd");
  });

  it("knows nothing of places outside the four regions", () => {
    expect(regionOfDestinations("新疆乌鲁木齐市")).toBeNull();
    expect(regionOfDestinations("")).toBeNull();
  });

  it("gives the trip form and the trip import the same answer: the place named first decides", () => {
    // The two used to read two tables: "天津、上海" was 环渤海 in the form and 长三角 in the import.
    for (const [destinations, region] of [
      ["天津、上海", "bohai"],
      ["上海、天津", "yrd"],
      ["河北省保定市", "bohai"],
      ["山东省烟台市", "bohai"],
      ["廊坊市、北京市", "bohai"],
      ["烟台、深圳", "bohai"],
      ["深圳、保定", "prd"],
      ["北京中关村", "bohai"],
      ["天津滨海新区", "bohai"],
    ] as const) {
      expect(regionOfDestinations(destinations), destinations).toBe(region);
      expect(regionOf(destinations), destinations).toBe(region);
    }
  });

  it("stores other for a trip whose places are all outside the four regions", () => {
    expect(regionOf("新疆乌鲁木齐市")).toBe("other");
    expect(regionOf("")).toBe("other");
  });
});

describe("history of an edit", () => {
  it("keeps only the fields that changed, before and after", () => {
    const before = { summary: "甲", place: "会议室", attendees: ["周立群", "张伟"], nextStepDueOn: null };
    const after = { summary: "乙", place: "会议室", attendees: ["周立群", "张伟"], nextStepDueOn: "2026-05-01" };
    expect(diffSnapshots(before, after)).toEqual({
      before: { summary: "甲", nextStepDueOn: null },
      after: { summary: "乙", nextStepDueOn: "2026-05-01" },
    });
  });

  it("sees a change in a list of people, and no change when nothing changed", () => {
    expect(diffSnapshots({ attendees: ["周立群"] }, { attendees: ["周立群", "王磊"] }).after).toEqual({ attendees: ["周立群", "王磊"] });
    expect(diffSnapshots({ a: "x", b: ["y"] }, { a: "x", b: ["y"] })).toEqual({ before: {}, after: {} });
  });

  it("reads audit details back, and anything else as no change", () => {
    expect(parseChanges(JSON.stringify({ before: { a: 1 }, after: { a: 2 } }))).toEqual({ before: { a: 1 }, after: { a: 2 } });
    expect(parseChanges("not json")).toEqual({ before: {}, after: {} });
    expect(parseChanges(JSON.stringify({ name: "创建时的输入" }))).toEqual({ before: {}, after: {} });
    expect(parseChanges(null)).toEqual({ before: {}, after: {} });
  });
});

describe("a lead made from a meeting", () => {
  const meeting: MeetingForLead = {
    kind: "talks",
    companyName: "天津海川柔性电路科技有限公司",
    companyIndustryId: 2,
    summary: "企业计划在西部布局产能。",
    nextStepDueOn: "2026-05-10",
    trip: { id: 7, leaderId: 2, leaderRole: "leader" },
    attendees: [{ id: 9, role: "secretary" }],
  };

  it("on a leader's trip: 一把手招商, with the trip, its leader and the company", () => {
    expect(leadDefaultsFromMeeting(meeting)).toEqual({
      name: "天津海川柔性电路科技有限公司合作项目",
      source: "leader_trip",
      originTripId: 7,
      leaderId: 2,
      industryId: 2,
      nextFollowUpOn: "2026-05-10",
      description: "企业计划在西部布局产能。",
    });
  });

  it("in Guang'an with a city leader present: still 一把手招商, led by that leader", () => {
    const incoming = { ...meeting, kind: "incoming" as const, trip: null, attendees: [{ id: 9, role: "secretary" as const }, { id: 3, role: "leader" as const }] };
    expect(leadDefaultsFromMeeting(incoming)).toMatchObject({ source: "leader_trip", leaderId: 3, originTripId: null });
  });

  it("without a city leader: the source follows the kind of meeting", () => {
    const staff = { ...meeting, trip: null, attendees: [{ id: 12, role: "group_lead" as const }] };
    expect(leadDefaultsFromMeeting({ ...staff, kind: "incoming" })).toMatchObject({ source: "task_group", leaderId: null });
    expect(leadDefaultsFromMeeting({ ...staff, kind: "event" })).toMatchObject({ source: "directed" });
  });
});

describe("official numbering", () => {
  it("writes numbers the way an official document does", () => {
    expect([1, 2, 9, 10, 11, 20, 23, 99].map(chineseNumber)).toEqual(["一", "二", "九", "十", "十一", "二十", "二十三", "九十九"]);
    expect(chineseNumber(100)).toBe("100");
    expect(chineseItem(3)).toBe("（三）");
  });
});

describe("route ids", () => {
  it("accepts plain positive integers only", () => {
    expect(parseRouteId("12")).toBe(12);
    for (const raw of ["0", "-1", "12abc", "1e3", "01", "", "99999999999"]) expect(parseRouteId(raw)).toBeNull();
  });
});
