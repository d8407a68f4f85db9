// Who a file means by a person's cell (责任人): the user name, or the person's name when exactly one
// active user has it. An ambiguous name is refused with the candidates' user names, so the clerk
// can write the one meant.

export type Person = { id: number; username: string; name: string; isActive: boolean };

export type PersonMatch = { ok: true; person: Person } | { ok: false; message: string };

/** Names compared without spaces (a name typed "张 伟" or with a full-width space is "张伟"). */
const plainName = (name: string) => name.replace(/[\s\u3000]+/g, "");

export function personResolver(people: readonly Person[]) {
  const byUsername = new Map(people.map((p) => [p.username.toLowerCase(), p]));
  const byName = new Map<string, Person[]>();
  for (const p of people) {
    const key = plainName(p.name);
    byName.set(key, [...(byName.get(key) ?? []), p]);
  }
  return (text: string): PersonMatch => {
    const account = byUsername.get(text.toLowerCase());
    if (account) return account.isActive ? { ok: true, person: account } : { ok: false, message: `用户“${text}”已停用` };
    const named = byName.get(plainName(text)) ?? [];
    const active = named.filter((p) => p.isActive);
    if (active.length === 1) return { ok: true, person: active[0] };
    if (active.length > 1) {
      const candidates = active.map((p) => p.username).sort().join("、");
      return { ok: false, message: `有 ${active.length} 位在用的用户都叫“${text}”（用户名：${candidates}），请改填其中一位的用户名` };
    }
    if (named.length) return { ok: false, message: `用户“${text}”已停用` };
    return { ok: false, message: `系统中没有姓名或用户名为“${text}”的用户` };
  };
}
