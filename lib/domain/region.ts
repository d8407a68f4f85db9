// Which of the regions the city's promotion work is organised by (环渤海, 珠三角, 长三角, 成渝) a trip's
// destinations lie in. One table for the trip form (which suggests the region while a secretary types)
// and the trip import (which stores it).
//
// The rule for several places ("天津、上海"): the place named first decides, wherever it stands in the
// text; a province named before its city counts as that place ("江苏省苏州市" → 长三角). Places outside
// the four regions are not known: the form suggests nothing, the import stores "other".
import type { RegionGroup } from "./enums";

type KnownRegion = Exclude<RegionGroup, "other">;

const regionPlaces: Record<KnownRegion, readonly string[]> = {
  bohai: ["北京", "中关村", "天津", "滨海", "河北", "石家庄", "唐山", "保定", "廊坊", "山东", "济南", "青岛", "烟台", "潍坊", "淄博", "辽宁", "沈阳", "大连"],
  prd: ["广东", "广州", "深圳", "东莞", "佛山", "珠海", "中山", "惠州", "江门", "肇庆", "香港", "澳门"],
  yrd: ["上海", "江苏", "南京", "苏州", "无锡", "常州", "南通", "浙江", "杭州", "宁波", "绍兴", "嘉兴", "湖州", "温州", "安徽", "合肥"],
  chengyu: ["成都", "重庆", "四川", "德阳", "绵阳", "遂宁", "南充", "达州"],
};

/** The region of the first place named in `destinations` that we know, or null when none is known. */
export function regionOfDestinations(destinations: string): KnownRegion | null {
  let best: { region: KnownRegion; at: number } | null = null;
  for (const [region, names] of Object.entries(regionPlaces) as [KnownRegion, readonly string[]][]) {
    for (const name of names) {
      const at = destinations.indexOf(name);
      if (at !== -1 && (!best || at < best.at)) best = { region, at };
    }
  }
  return best?.region ?? null;
}

/** The region to store for a trip: that of the first known place, "other" when none is known. */
export function regionOf(destinations: string): RegionGroup {
  return regionOfDestinations(destinations) ?? "other";
}
