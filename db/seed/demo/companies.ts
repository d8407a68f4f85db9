// Companies (客商) and their contacts.
import { normalizeCompanyName } from "../../../lib/domain/company-name";
import { withCreditCodeCheckChar } from "../../../lib/domain/credit-code";
import { companies, contacts } from "../../schema";
import { cityAddress, companyRows, divisionCodes } from "./company-data";
import {
  addDays,
  at,
  count,
  int,
  insertWithIds,
  need,
  pick,
  type CompanyRef,
  type SeedContext,
  type Tx,
  userId,
} from "./context";

const codeAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

const localDivision: Record<string, string> = { 华蓥市: "511681", 邻水县: "511623" };

const surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔".split("");
const givenNames = [
  "建国", "志强", "海涛", "晓东", "国华", "立新", "文军", "明辉", "俊杰", "永刚", "红梅", "丽华", "雪峰", "春林",
  "宏伟", "振华", "德胜", "家豪", "子健", "亚楠", "静怡", "慧敏", "晨阳", "思远", "浩然", "卫东", "玉兰", "秀英",
  "军", "勇", "敏", "涛", "鹏", "斌", "燕", "强", "磊", "洁", "峰", "昊",
];
const firstTitles = ["董事长", "总经理", "董事长", "总裁"];
const otherTitles = ["副总裁", "投资总监", "副总经理", "投资发展部经理", "战略发展部总监"];
const mobilePrefixes = ["138", "139", "135", "136", "186", "158", "189", "133", "177", "150"];

function personName(ctx: SeedContext): string {
  return pick(ctx, surnames) + pick(ctx, givenNames);
}

function mobile(ctx: SeedContext): string {
  const four = () => String(int(ctx, 0, 9999)).padStart(4, "0");
  return `${pick(ctx, mobilePrefixes)}-${four()}-${four()}`;
}

function creditCode(ctx: SeedContext, division: string): string {
  let body = "";
  for (let i = 0; i < 9; i++) body += codeAlphabet[int(ctx, 0, codeAlphabet.length - 1)];
  return withCreditCodeCheckChar(`91${division}${body}`);
}

export async function seedCompanies(tx: Tx, ctx: SeedContext): Promise<void> {
  const createdAt = at(addDays(ctx.today, -980), 10);
  const usedCodes = new Set<string>();

  const rows = companyRows.map(([key, name, industry, province, city, project, district], i) => {
    const local = city === "广安";
    const division = local ? (localDivision[district] ?? divisionCodes[city]) : divisionCodes[city];
    let code: string | null = null;
    if (i % 2 === 0 || local) {
      do code = creditCode(ctx, division);
      while (usedCodes.has(code));
      usedCodes.add(code);
    }
    const group = need(ctx.industries, industry, "industry").group;
    const people = need(ctx.groupPeople, group, "task group people");
    return {
      key,
      row: {
        name,
        normalizedName: normalizeCompanyName(name),
        creditCode: code,
        industryId: need(ctx.industries, industry, "industry").id,
        province,
        city: local ? "广安" : city,
        address: local ? `${cityAddress[city]}${district}工业园区` : `${cityAddress[city]}${int(ctx, 1, 99)}号`,
        description: local
          ? `${district}本地${industry}企业，主营${project}，是当地产业链配套企业。`
          : `${industry}领域企业，有意在广安${district}布局${project}项目。`,
        createdById: userId(ctx, people[0]),
        createdAt,
        updatedAt: createdAt,
      },
      ref: { key, name, city, industry, group, project, district },
    };
  });

  const ids = await insertWithIds(
    rows.map((r) => r.row),
    (chunk) => tx.insert(companies).values(chunk).returning({ id: companies.id }),
  );
  rows.forEach((r, i) => {
    const ref: CompanyRef = { id: ids[i], ...r.ref, contactIds: [] };
    ctx.companies.push(ref);
    ctx.companyByKey.set(ref.key, ref);
  });
  count(ctx, "companies", ids.length);

  // 1–3 contacts per company: the head of the company first, then the people who follow projects.
  const contactRows: { companyKey: string; row: typeof contacts.$inferInsert }[] = [];
  for (const company of ctx.companies) {
    const n = int(ctx, 1, 3);
    const names = new Set<string>();
    for (let k = 0; k < n; k++) {
      let name = personName(ctx);
      while (names.has(name)) name = personName(ctx);
      names.add(name);
      const title = k === 0 ? pick(ctx, firstTitles) : pick(ctx, otherTitles);
      contactRows.push({
        companyKey: company.key,
        row: {
          companyId: company.id,
          name,
          title,
          phone: mobile(ctx),
          email: title === "投资总监" ? `${company.key}.invest@example.com` : null,
          notes: k === 0 ? "企业主要负责人，重大事项由其决策。" : null,
          createdAt,
          updatedAt: createdAt,
        },
      });
    }
  }
  const contactIds = await insertWithIds(
    contactRows.map((c) => c.row),
    (chunk) => tx.insert(contacts).values(chunk).returning({ id: contacts.id }),
  );
  contactRows.forEach((c, i) => need(ctx.companyByKey, c.companyKey, "company").contactIds.push(contactIds[i]));
  count(ctx, "contacts", contactIds.length);
}

