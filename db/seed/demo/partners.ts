// Directed promotion (定向招商): partner regions and the agreements signed with them.
import { agreements, partners } from "../../schema";
import type { AgreementKind, AgreementStatus, RegionGroup } from "../../schema/enums";
import { addDays, anchorDate, at, count, insertWithIds, need, type SeedContext, type Tx } from "./context";

const partnerList: { name: string; regionGroup: RegionGroup; city: string; description: string }[] = [
  { name: "天津滨海高新区", regionGroup: "bohai", city: "天津", description: "天津滨海高新技术产业开发区。双方签署合作协议，共建创新示范园，打造东西部区域合作发展样板。" },
  { name: "天津市滨海新区", regionGroup: "bohai", city: "天津", description: "天津市滨海新区人民政府及其部门，区域合作和部门间合作的对口单位。" },
  { name: "天津市国有企业", regionGroup: "bohai", city: "天津", description: "天津市相关国有企业（集团），合作涉及国际贸易、金融服务、电子商务、有色金属和医药化工等领域。" },
  { name: "深圳市", regionGroup: "prd", city: "深圳", description: "与深圳市建立战略合作关系，共建广安(深圳)合作产业园。" },
  { name: "北京中关村", regionGroup: "bohai", city: "北京", description: "与北京中关村高新产业孵化园开展战略合作，承接产业转移项目。" },
  { name: "苏州工业园区", regionGroup: "yrd", city: "苏州", description: "学习借鉴园区开发建设和招商服务经验，正在商谈交流合作协议。" },
];

type AgreementPlan = {
  partner: string;
  title: string;
  kind: AgreementKind;
  /** "MM-DD" of the anchor year, days before today, or null when not signed yet. */
  when: string | number | null;
  sectors: string | null;
  signatories: string;
  status: AgreementStatus;
  company?: string;
  notes?: string;
};

const gaGov = "广安市人民政府";
const gaGroup = "广安发展建设集团有限公司";
const zone = "天津滨海高新区管委会";

const plans: AgreementPlan[] = [
  // 天津: platform agreements between governments, departments and zones.
  { partner: "天津滨海高新区", title: "广安市人民政府与天津滨海高新区管委会合作协议", kind: "gov_zone", when: "04-25", sectors: "电子信息、高端装备、科技服务", signatories: `${gaGov}、${zone}`, status: "implementing", notes: "着力打造我国东西部区域合作发展样板。" },
  { partner: "天津市滨海新区", title: "广安市与天津市滨海新区区域合作框架协议", kind: "gov_gov", when: "03-18", sectors: "产业转移、园区共建、人才交流", signatories: `${gaGov}、天津市滨海新区人民政府`, status: "implementing" },
  { partner: "天津滨海高新区", title: "广安经开区与天津滨海高新区园区合作协议", kind: "gov_zone", when: "04-25", sectors: "园区建设、招商引资", signatories: `广安经开区管委会、${zone}`, status: "implementing" },
  { partner: "天津滨海高新区", title: "华蓥市与天津滨海高新区电子信息产业合作协议", kind: "gov_zone", when: "04-26", sectors: "电子信息", signatories: `华蓥市人民政府、${zone}`, status: "signed" },
  { partner: "天津市滨海新区", title: "广安市投促委与滨海新区投资促进局投资促进合作协议", kind: "department", when: "04-25", sectors: "投资促进", signatories: "广安市投资促进委员会、天津市滨海新区投资促进局", status: "implementing" },
  { partner: "天津市滨海新区", title: "广安市商务局与滨海新区商务局电子商务合作协议", kind: "department", when: "05-12", sectors: "电子商务", signatories: "广安市商务局、天津市滨海新区商务局", status: "signed" },
  { partner: "天津市滨海新区", title: "广安市金融办与滨海新区金融工作局金融合作备忘录", kind: "department", when: "05-12", sectors: "金融服务", signatories: "广安市金融工作办公室、天津市滨海新区金融工作局", status: "signed" },
  { partner: "天津滨海高新区", title: "广安市科知局与天津滨海高新区科技创新合作协议", kind: "gov_zone", when: "06-03", sectors: "科技创新、成果转化", signatories: `广安市科学技术和知识产权局、${zone}`, status: "signed" },
  { partner: "天津市滨海新区", title: "邻水县与天津市滨海新区友好合作协议", kind: "gov_gov", when: "07-08", sectors: "装备制造、现代物流", signatories: "邻水县人民政府、天津市滨海新区人民政府", status: "signed" },
  { partner: "天津滨海高新区", title: "广安市与天津高新区共建创新示范园合作协议", kind: "co_park", when: "05-20", sectors: "电子信息、科技服务", signatories: `${gaGov}、${zone}`, status: "implementing", notes: "共建创新示范园，园区共建、产业共育、资源共享。" },
  // 天津: eight enterprise projects signed at one ceremony (6月3日), then others during the year.
  { partner: "天津市国有企业", title: "进口商品展销中心项目合作协议", kind: "enterprise", when: "06-03", sectors: "国际贸易", signatories: gaGroup, status: "implementing", company: "zimaotong" },
  { partner: "天津市国有企业", title: "大宗商品贸易项目合作协议", kind: "enterprise", when: "06-03", sectors: "国际贸易", signatories: gaGroup, status: "signed", company: "jingang" },
  { partner: "天津市国有企业", title: "融资租赁区域总部项目合作协议", kind: "enterprise", when: "06-03", sectors: "金融服务", signatories: gaGroup, status: "implementing", company: "binrong" },
  { partner: "天津市国有企业", title: "电子商务公共服务平台项目合作协议", kind: "enterprise", when: "06-03", sectors: "电子商务", signatories: gaGroup, status: "completed", company: "yunshang" },
  { partner: "天津市国有企业", title: "铝合金型材项目合作协议", kind: "enterprise", when: "06-03", sectors: "有色金属", signatories: "广安经开区管委会", status: "implementing", company: "jinlv" },
  { partner: "天津市国有企业", title: "再生铝回收利用项目合作协议", kind: "enterprise", when: "06-03", sectors: "有色金属", signatories: "邻水县人民政府", status: "signed", company: "jinlv" },
  { partner: "天津市国有企业", title: "原料药生产基地项目合作协议", kind: "enterprise", when: "06-03", sectors: "医药化工", signatories: "广安经开区管委会", status: "implementing", company: "kangtai" },
  { partner: "天津市国有企业", title: "医药中间体项目合作协议", kind: "enterprise", when: "06-03", sectors: "医药化工", signatories: "广安经开区管委会", status: "signed", company: "haijing" },
  { partner: "天津市国有企业", title: "保税仓储物流项目合作协议", kind: "enterprise", when: "03-10", sectors: "国际贸易", signatories: gaGroup, status: "terminated", company: "jingang", notes: "企业调整投资方向，双方协商终止。" },
  { partner: "天津市国有企业", title: "精细化工新材料项目投资协议", kind: "enterprise", when: "07-22", sectors: "医药化工", signatories: "广安经开区管委会", status: "signed", company: "haijing" },
  { partner: "天津市国有企业", title: "跨境电商运营中心项目合作协议", kind: "enterprise", when: "08-18", sectors: "电子商务", signatories: "广安区人民政府", status: "implementing", company: "yunshang" },
  { partner: "天津市国有企业", title: "供应链金融服务项目合作协议", kind: "enterprise", when: "09-16", sectors: "金融服务", signatories: gaGroup, status: "signed", company: "binrong" },
  { partner: "天津滨海高新区", title: "智能成套装备项目合作协议", kind: "enterprise", when: null, sectors: "装备制造", signatories: "前锋区人民政府", status: "negotiating", company: "jinzhong" },
  // 深圳, 北京中关村, 苏州.
  { partner: "深圳市", title: "广安市与深圳市战略合作框架协议", kind: "gov_gov", when: 340, sectors: "产业转移、园区共建", signatories: `${gaGov}、深圳市人民政府`, status: "implementing" },
  { partner: "深圳市", title: "广安(深圳)合作产业园合作协议", kind: "co_park", when: 158, sectors: "电子信息、装备制造、现代物流", signatories: `深圳特区建设发展集团有限公司、${gaGroup}`, status: "implementing", notes: "由双方共同出资组建合资公司建设，打造融生产、生活、生态为一体的高端产业聚集地。" },
  { partner: "深圳市", title: "GRC电力设备生产项目投资协议", kind: "enterprise", when: 158, sectors: "装备制造", signatories: "广安经开区管委会", status: "implementing", company: "jinyuan" },
  { partner: "北京中关村", title: "广安市与中关村科技园区合作备忘录", kind: "gov_zone", when: 199, sectors: "科技服务、成果转化", signatories: `${gaGov}、中关村科技园区管委会`, status: "implementing" },
  { partner: "北京中关村", title: "广安市与北京中关村高新产业孵化园战略合作协议", kind: "gov_zone", when: 11, sectors: "科技孵化、产业转移", signatories: `${gaGov}、北京中关村高新产业孵化园`, status: "signed", notes: "开展战略合作，积极承接产业转移项目。" },
  { partner: "苏州工业园区", title: "广安市与苏州工业园区交流合作协议", kind: "gov_zone", when: null, sectors: "园区管理、服务外包", signatories: `${gaGov}、苏州工业园区管委会`, status: "negotiating" },
];

export async function seedPartners(tx: Tx, ctx: SeedContext): Promise<void> {
  const createdAt = at(addDays(ctx.today, -960), 10);
  const partnerIds = await insertWithIds(
    partnerList.map((p) => ({ ...p, createdAt, updatedAt: createdAt })),
    (chunk) => tx.insert(partners).values(chunk).returning({ id: partners.id }),
  );
  const partnerId = new Map(partnerList.map((p, i) => [p.name, partnerIds[i]]));
  count(ctx, "partners", partnerIds.length);

  const dated = plans.map((p) => ({
    plan: p,
    signedOn:
      p.when === null ? null : typeof p.when === "number" ? addDays(ctx.today, -p.when) : anchorDate(ctx, p.when),
  }));
  const ids = await insertWithIds(
    dated.map(({ plan, signedOn }) => {
      const company = plan.company ? need(ctx.companyByKey, plan.company, "company") : null;
      const when = at(signedOn ?? addDays(ctx.today, -30), 18);
      return {
        partnerId: need(partnerId, plan.partner, "partner"),
        title: plan.title,
        kind: plan.kind,
        signedOn,
        sectors: plan.sectors,
        signatories: company ? `${plan.signatories}、${company.name}` : plan.signatories,
        status: plan.status,
        notes: plan.notes ?? null,
        createdAt: when,
        updatedAt: when,
      };
    }),
    (chunk) => tx.insert(agreements).values(chunk).returning({ id: agreements.id }),
  );
  dated.forEach(({ plan, signedOn }, i) =>
    ctx.agreements.push({
      id: ids[i],
      title: plan.title,
      kind: plan.kind,
      partner: plan.partner,
      signedOn,
      companyKey: plan.company ?? null,
    }),
  );
  count(ctx, "agreements", ids.length);
}
