// Issue 5's end-to-end check of the figures: three files written here from scratch (leads, monthly
// figures, trips) go through the import; the cockpit and the report card must then show exactly what
// a spreadsheet computes from those same files. The expected values are computed from the files.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase } from "@/db/client";
import { importFile } from "@/db/import/run-import";
import { breakdown, headlineFigures, reportCard } from "@/db/queries/cockpit";
import { listLeads } from "@/db/queries/leads/table";
import { parseLeadFilters } from "@/lib/lead-filters";
import type { CurrentUser } from "@/lib/auth/current-user";
import { parseCsv } from "@/lib/import/csv";
import { formatYi } from "@/lib/format";
import { monthPeriod, yearPeriod } from "@/lib/domain/period";
import { userNamed } from "./helpers";

const year = 2018;
const tag = `CK${Date.now().toString(36).toUpperCase()}`;

const leadsFile = [
  "外部编号,项目名称,企业名称,工作组,责任人,区县,产业,来源,阶段,计划投资(万元),签约投资(万元),签约日期",
  `${tag}-1,锂电池二期${tag},导入测试新能源${tag}有限公司,电子信息产业推进工作组,zuyuan,华蓥市,电子信息,一把手招商,签约,52000,60000,${year}-03-12`,
  `${tag}-2,手机盖板${tag},导入测试玻璃${tag}有限公司,电子信息产业推进工作组,,华蓥市,电子信息,链式招商,开工,12000,15000,${year}/5/8`,
  `${tag}-3,汽车线束${tag},导入测试线束${tag}有限公司,装备制造产业推进工作组,zuyuan2,邻水县,装备制造,定向招商,投产,8000,9000,${year}年7月31日`,
  `${tag}-4,汽车座椅${tag},导入测试座椅${tag}有限公司,装备制造产业推进工作组,,邻水县,装备制造,商(协)会,签约,30000,49999,${year}-08-01`,
  `${tag}-5,医药中间体${tag},导入测试医药${tag}有限公司,医药产业推进工作组,,广安经开区,医药,知名乡友,意向,20000,,`,
  `${tag}-6,冷链物流${tag},导入测试冷链${tag}有限公司,现代物流产业推进工作组,,广安区,现代物流,工作组对接,签约,10000,10000,${year}-01-02`,
].join("\n");

const reportsFile = [
  "外部编号,月份,固定资产投资(万元),到位资金(万元)",
  `${tag}-1,${year}-04,5000,3000`,
  `${tag}-1,${year}-07,7000,6500`,
  `${tag}-2,${year}-06,2500,2000`,
  `${tag}-3,${year}-08,4000,4000`,
  `${tag}-6,${year}-02,1200,800`,
].join("\n");

const tripsFile = [
  "带队领导,开始日期,结束日期,目的地,事由",
  `shuji,${year}-04-23,${year}-04-26,天津滨海高新区,${tag}`,
  `shizhang,${year}-06-02,${year}-06-04,天津,${tag}`,
  `shizhang,${year}-09-10,${year}-09-12,深圳,${tag}`,
  `mishu,${year}-05-05,${year}-05-06,成都,${tag}`,
].join("\n");

// The spreadsheet: read the files back as rows and compute.
const table = (text: string) => {
  const [header, ...rows] = parseCsv(text);
  return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]])));
};
const iso = (text: string) => {
  const [y, m, d] = text.split(/[-/年月日]/).filter(Boolean).map(Number);
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
};
const leadRows = table(leadsFile);
const reportRows = table(reportsFile);
const tripRows = table(tripsFile);
const signedStages = ["签约", "开工", "投产"];

function spreadsheet(from: string, to: string) {
  const introduced = leadRows.filter((r) => signedStages.includes(r["阶段"]) && iso(r["签约日期"]) >= from && iso(r["签约日期"]) <= to);
  const amount = (r: Record<string, string>) => Number(r["签约投资(万元)"]);
  const reports = reportRows.filter((r) => `${r["月份"]}-01` >= from.slice(0, 7) + "-01" && `${r["月份"]}-01` <= to);
  return {
    introduced: introduced.length,
    from1to5: introduced.filter((r) => amount(r) >= 10_000 && amount(r) < 50_000).length,
    over5: introduced.filter((r) => amount(r) >= 50_000).length,
    signedInvestment: introduced.reduce((s, r) => s + amount(r), 0),
    fixedAsset: reports.reduce((s, r) => s + Number(r["固定资产投资(万元)"]), 0),
    fundsInPlace: reports.reduce((s, r) => s + Number(r["到位资金(万元)"]), 0),
    leaderTrips: tripRows.filter((r) => r["带队领导"] !== "mishu" && r["开始日期"] >= from && r["开始日期"] <= to).length,
    introducedIds: introduced.map((r) => r["外部编号"]).sort(),
  };
}

/** Figures in the shape of the cockpit's cards, each figure the card's value. */
const asCards = (figures: Record<string, number>) => Object.fromEntries(Object.entries(figures).map(([name, value]) => [name, { value }]));

let admin: CurrentUser;
let leader: CurrentUser;
const encode = (text: string) => new TextEncoder().encode(text);

beforeAll(async () => {
  admin = await userNamed("admin");
  leader = await userNamed("shuji");
  for (const [kind, text] of [["leads", leadsFile], ["reports", reportsFile], ["trips", tripsFile]] as const) {
    const outcome = await importFile({ kind, data: encode(text), fileName: `${kind}.csv`, user: admin, commit: true });
    expect(outcome, `${kind} import`).toMatchObject({ ok: true });
  }
});

afterAll(async () => {
  await closeDatabase();
});

describe("cockpit figures from imported files", () => {
  for (const period of [monthPeriod(`${year}-01`, `${year}-07`), yearPeriod(year), monthPeriod(`${year}-05`, `${year}-06`)]) {
    it(`equal the spreadsheet for ${period.fromMonth}..${period.toMonth}, and each card's link lists exactly its leads`, async () => {
      const expected = spreadsheet(period.from, period.to);
      const { introducedIds: _ids, ...figures } = expected;
      const cards = await headlineFigures(leader, period);
      expect(cards).toMatchObject(asCards(figures));

      const href = new URL(cards.introduced.href!, "http://localhost");
      const listed = await listLeads(
        leader,
        { page: 1, pageSize: 100, sort: null, dir: "asc", q: "" },
        parseLeadFilters(Object.fromEntries(href.searchParams)),
      );
      const names = leadRows.filter((r) => expected.introducedIds.includes(r["外部编号"])).map((r) => r["项目名称"]);
      expect(listed.rows.map((r) => r.name).sort()).toEqual(names.sort());

      const card = await reportCard(leader, period);
      expect(card.figures).toEqual(figures);
      expect(card.sentence).toContain(`全市共引进重大项目${expected.introduced}个`);
      expect(card.sentence).toContain(`其中投资1-5亿元（不含）项目${expected.from1to5}个、5亿元以上项目${expected.over5}个`);
      expect(card.sentence).toContain(`完成固定资产投资${formatYi(expected.fixedAsset)}亿元`);
      expect(card.sentence).toContain(`完成国内省外到位资金${formatYi(expected.fundsInPlace)}亿元`);
      expect(card.sentence).toContain(`考察对接活动${expected.leaderTrips}场次`);
    });
  }

  it("cuts the figures by task group as the spreadsheet does", async () => {
    const period = monthPeriod(`${year}-01`, `${year}-07`);
    const expected = spreadsheet(period.from, period.to);
    const introduced = leadRows.filter((r) => expected.introducedIds.includes(r["外部编号"]));
    const rows = await breakdown(leader, period, "group");
    for (const group of new Set(introduced.map((r) => r["工作组"]))) {
      const mine = introduced.filter((r) => r["工作组"] === group);
      const row = rows.find((r) => r.name === group)!;
      expect(row, group).toMatchObject({ introduced: mine.length, signedInvestment: mine.reduce((s, r) => s + Number(r["签约投资(万元)"]), 0) });
    }
  });
});
