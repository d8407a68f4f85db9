// Which region group a destination belongs to (珠三角, 长三角, 环渤海, 成渝), from the place names in it.
import type { RegionGroup } from "@/db/schema/enums";

const places: [RegionGroup, RegExp][] = [
  ["prd", /深圳|广州|东莞|佛山|珠海|中山|惠州|江门|肇庆|香港|澳门|广东/],
  ["yrd", /上海|江苏|浙江|安徽|南京|苏州|无锡|常州|南通|杭州|宁波|绍兴|嘉兴|湖州|温州|合肥/],
  ["bohai", /北京|天津|河北|山东|辽宁|中关村|滨海|石家庄|唐山|济南|青岛|大连|沈阳/],
  ["chengyu", /成都|重庆|绵阳|德阳|南充|遂宁|达州/],
];

export function regionOf(destination: string): RegionGroup {
  return places.find(([, pattern]) => pattern.test(destination))?.[0] ?? "other";
}
