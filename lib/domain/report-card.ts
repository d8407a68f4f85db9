// The opening sentence of the report card (答卷) in the source document's own style. Pure.
import { formatYi } from "@/lib/format";
import { periodLabel, type Period } from "./period";

export type ReportFigures = {
  introduced: number;
  from1to5: number;
  over5: number;
  /** 万元 */
  fixedAsset: number;
  /** 万元 */
  fundsInPlace: number;
  leaderTrips: number;
};

/** 亿元 with two decimals, without thousands separators (as written in a report). */
const yi = (wan: number) => formatYi(wan).replaceAll(",", "");

export function reportSentence(period: Period, f: ReportFigures): string {
  return (
    `${periodLabel(period)}，全市共引进重大项目${f.introduced}个，` +
    `其中投资1-5亿元（不含）项目${f.from1to5}个、5亿元以上项目${f.over5}个，` +
    `招商项目完成固定资产投资${yi(f.fixedAsset)}亿元，完成国内省外到位资金${yi(f.fundsInPlace)}亿元，` +
    `市党政主要领导率队开展项目考察对接活动${f.leaderTrips}场次。`
  );
}
