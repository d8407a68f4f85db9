import { describe, expect, it } from "vitest";
import { leadFromTarget } from "@/lib/domain/chain-lead";
import { chainNodeSchema, nodeCompanySchema } from "@/lib/validation/chain";
import { leadCreateSchema } from "@/lib/validation/lead";
import { agreementSchema } from "@/lib/validation/partner";

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("chain and partner forms", () => {
  it("takes a segment without parent and an empty aim as null, also when left out", () => {
    expect(chainNodeSchema.parse({ chainId: "4", parentId: "", name: " 上游 ", position: "upstream", presence: "partial", aim: "" })).toEqual({
      chainId: 4,
      parentId: null,
      name: "上游",
      position: "upstream",
      presence: "partial",
      aim: null,
    });
    expect(chainNodeSchema.parse({ chainId: 4, name: "芯片", position: "upstream", presence: "missing" })).toMatchObject({ parentId: null, aim: null });
    expect(issues(chainNodeSchema.safeParse({ chainId: 4, name: "", position: "sideways", presence: "missing" }))).toEqual({
      name: "validation.required",
      position: "validation.invalid",
    });
  });

  it("needs a company (picked or typed) and a priority 1–3 for a target", () => {
    expect(issues(nodeCompanySchema.safeParse({ chainNodeId: 1, role: "target", priority: "" }))).toEqual({
      companyName: "chains.companyRequired",
      priority: "validation.required",
    });
    expect(issues(nodeCompanySchema.safeParse({ chainNodeId: 1, companyId: 5, role: "target", priority: 4 }))).toEqual({ priority: "validation.invalid" });
    expect(nodeCompanySchema.parse({ chainNodeId: 1, companyName: "新公司", role: "local" })).toMatchObject({ companyId: null, priority: null });
  });

  it("needs a signing date once an agreement is past negotiation", () => {
    const base = { partnerId: 1, title: "合作协议", kind: "gov_zone", sectors: "", signatories: "", notes: "" };
    expect(issues(agreementSchema.safeParse({ ...base, status: "signed", signedOn: "" }))).toEqual({ signedOn: "partners.signedOnRequired" });
    expect(agreementSchema.parse({ ...base, status: "negotiating", signedOn: "" })).toMatchObject({ signedOn: null, sectors: null });
    expect(agreementSchema.parse({ ...base, status: "implementing", signedOn: "2016-06-03" }).signedOn).toBe("2016-06-03");
  });

  it("makes a chain lead from a target that the lead schema accepts", () => {
    const input = leadCreateSchema.parse(
      leadFromTarget({ chain: { districtId: 3, industryId: 2, taskGroupId: 7 }, chainNodeId: 11, companyId: 42 }, { name: "芯片封装测试项目", plannedInvestment: "50000" }),
    );
    expect(input).toMatchObject({
      name: "芯片封装测试项目",
      companyId: 42,
      taskGroupId: 7,
      districtId: 3,
      industryId: 2,
      source: "chain",
      stage: "contact",
      chainNodeId: 11,
      ownerId: null,
      plannedInvestment: 50000,
      agreementId: null,
    });
  });
});
