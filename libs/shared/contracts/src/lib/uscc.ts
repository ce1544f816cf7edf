/**
 * Unified Social Credit Code (统一社会信用代码) checks, GB 32100-2015 with the embedded
 * GB 11714 organisation code (characters 9–17). Pure: used by the API's DTOs and the portal's forms.
 */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

export type UsccProblem =
  | 'length'
  | 'charset'
  | 'division'
  | 'orgCode'
  | 'orgCodeCheck'
  | 'checkCharacter';

export const USCC_PROBLEM_MESSAGES: Record<UsccProblem, string> = {
  length: '统一社会信用代码应为18位',
  charset: '统一社会信用代码含有不允许的字符（不使用 I、O、Z、S、V）',
  division: '统一社会信用代码第3–8位应为行政区划码（6位数字）',
  orgCode: '统一社会信用代码第9–16位组织机构代码本体应为数字或大写字母',
  orgCodeCheck: '统一社会信用代码第9–17位组织机构代码校验位不正确',
  checkCharacter: '统一社会信用代码校验位（第18位）不正确',
};

/** The check character (18th) for the first 17 characters; null when they use a bad character. */
export function usccCheckCharacter(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_ALPHABET.indexOf(first17[i]);
    if (value < 0) return null;
    sum += value * USCC_WEIGHTS[i];
  }
  const check = (31 - (sum % 31)) % 31;
  return USCC_ALPHABET[check];
}

/** GB 11714 check character for the 8-character organisation code body. */
export function orgCodeCheckCharacter(body8: string): string | null {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body8[i];
    let value: number;
    if (c >= '0' && c <= '9') value = c.charCodeAt(0) - 48;
    else if (c >= 'A' && c <= 'Z') value = c.charCodeAt(0) - 55;
    else return null;
    sum += value * ORG_CODE_WEIGHTS[i];
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** The first problem found in a USCC, or null when it is valid. Input is normalised to upper case. */
export function usccProblem(raw: string): UsccProblem | null {
  const code = (raw ?? '').trim().toUpperCase();
  if (code.length !== 18) return 'length';
  for (const c of code) if (!USCC_ALPHABET.includes(c)) return 'charset';
  if (!/^\d{6}$/.test(code.slice(2, 8))) return 'division';
  const orgBody = code.slice(8, 16);
  const orgCheck = orgCodeCheckCharacter(orgBody);
  if (orgCheck === null) return 'orgCode';
  // The 17th character is the organisation code's check character (0-9 or X, and X is not in
  // the USCC alphabet, so a code whose org check is X cannot be represented; GB 32100 maps none).
  if (code[16] !== orgCheck) return 'orgCodeCheck';
  if (usccCheckCharacter(code.slice(0, 17)) !== code[17]) return 'checkCharacter';
  return null;
}

export function isValidUscc(raw: string): boolean {
  return usccProblem(raw) === null;
}

/**
 * Builds a valid USCC from a 2-character registration/type prefix, a 6-digit division code and
 * an 8-character organisation body. For demo data and tests; returns null where GB 11714 would
 * need the check character X (not representable in a USCC).
 */
export function buildUscc(prefix2: string, division6: string, orgBody8: string): string | null {
  const orgCheck = orgCodeCheckCharacter(orgBody8);
  if (orgCheck === null || orgCheck === 'X') return null;
  const first17 = `${prefix2}${division6}${orgBody8}${orgCheck}`;
  const check = usccCheckCharacter(first17);
  return check === null ? null : first17 + check;
}
