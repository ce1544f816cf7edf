/** A taxonomy entry as people may type it: by code, by name or by one of its aliases (synonyms). */
export interface Named {
  code: string;
  name: string;
  aliases: string[];
}

/** What people type, folded: full/half width, case and spaces do not matter. */
export const lookupKey = (s: string) => s.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, '');

/** Lookup by code, name or alias; codes and names win over aliases when they collide. */
export function indexByKey(list: Named[]): Map<string, Named> {
  const map = new Map<string, Named>();
  for (const item of list) for (const alias of item.aliases ?? []) map.set(lookupKey(alias), item);
  for (const item of list) {
    map.set(lookupKey(item.name), item);
    map.set(lookupKey(item.code), item);
  }
  return map;
}

/** An entry of a code-and-name list (deployment modes, certifications) by its code or its name. */
export function findByCodeOrName<T extends { code: string; name: string }>(list: T[], input: string): T | undefined {
  const k = lookupKey(input);
  return list.find((m) => lookupKey(m.code) === k || lookupKey(m.name) === k);
}

/** Resolves several inputs: the distinct codes, and the (non-blank) inputs nobody knows. */
export function resolveCodes(index: Map<string, Named>, inputs: string[]): { codes: string[]; unknown: string[] } {
  const codes = new Set<string>();
  const unknown: string[] = [];
  for (const input of inputs) {
    const hit = index.get(lookupKey(input));
    if (hit) codes.add(hit.code);
    else if (input.trim()) unknown.push(input.trim());
  }
  return { codes: [...codes], unknown };
}
