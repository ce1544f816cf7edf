import { Jieba } from '@node-rs/jieba';
import { dict, idf } from '@node-rs/jieba/dict';
import { STOP_WORDS } from './matching.stopwords';
import { hanBigrams, normaliseText, scriptRuns } from './matching.text';

/**
 * Words jieba's default dictionary lacks or splits (大模型 → 大|模型). The taxonomy adds its own
 * vocabulary on top of these.
 */
export const EXTRA_TERMS: readonly string[] = [
  '大模型', '具身智能', '具身', '医学影像', '工单', '智能体', '多模态', '数字孪生', '数字人', '机巢', '明厨亮灶', '审图',
  '智能网联', '车路协同', '车路云', '一网统管', '一网通办', '诉求', '阅片', '判图', '分拨', '派单', '巡飞', '低空',
  '孪生', '文生图', '具身机器人', '人形机器人', '四足', '灵巧手', '掌静脉', '刷掌', '刷脸', '无感通行', '垂类', '政务大模型',
  '医疗大模型', '知识图谱', '隐私计算', '联邦学习', '预测性维护', '缺陷检测', '表面缺陷', '工业视觉', '实景三维', '倾斜摄影',
  '神经渲染', '高斯泼溅', '点云', '边缘盒子', '算法仓', '烟火识别', '客流', '站务', '排班', '虚拟筛选', '成药性',
  '变化检测', '图斑', '违建', '违法建设', '多光谱', '长势', '碳核算', '碳排放', '负荷预测', '无人清扫', '清扫车',
  '学情', '作业批改', '批改', '口述', '转写', '同传', '材料预审', '一件事', '智能审批', '热线', '话务', '政策问答',
];

/** Terms of length ≥ 5 are not put in the dictionary: jieba's search mode would then hide their 4-character parts. */
const MAX_DICT_TERM = 4;
const HAN = /\p{Script=Han}/u;
const LATIN_OR_DIGIT = /^[a-z0-9][a-z0-9.+\-_/]*$/;
const PUNCT_OR_SPACE = /^[\s\p{P}\p{S}]+$/u;
/** Prefix of character-bigram terms: never a character of a word. */
export const BIGRAM_MARK = '~';
/** Function characters: a bigram holding one of them (的影, 像和) straddles words and carries nothing. */
const FUNCTION_CHARS = new Set([...'的了和与及等为在对是将并以由或其之而从到向把被于也都又就还该此这那各每所']);


let shared: { idf: Map<string, number>; medianIdf: number } | undefined;

/** jieba's IDF table: parsed once per process. */
function base(): { idf: Map<string, number>; medianIdf: number } {
  if (!shared) {
    const table = new Map<string, number>();
    for (const line of Buffer.from(idf).toString('utf8').split('\n')) {
      const space = line.lastIndexOf(' ');
      if (space > 0) table.set(line.slice(0, space), Number(line.slice(space + 1)));
    }
    const values = [...table.values()].sort((a, b) => a - b);
    shared = { idf: table, medianIdf: values[values.length >> 1] ?? 10 };
  }
  return shared;
}

/**
 * Chinese tokenisation for matching: jieba with a custom dictionary (the taxonomy's words, so that
 * 大模型 and 医学影像 stay whole), NFKC + lower case, stop words and single characters removed.
 */
export class MatchingTokenizer {
  private readonly jieba: Jieba;
  private readonly stop: Set<string>;
  private readonly keepNumbers: Set<string>;
  /** The custom words: the only parts into which a longer word is decomposed. */
  private readonly vocabulary = new Set<string>();
  private readonly idfTable: Map<string, number>;
  private readonly unknownIdf: number;

  constructor(customTerms: Iterable<string>, extraStopWords: Iterable<string> = []) {
    const { idf: table, medianIdf } = base();
    this.idfTable = table;
    this.unknownIdf = medianIdf;
    this.stop = new Set([...STOP_WORDS, ...extraStopWords].map((w) => normaliseText(w)));
    this.keepNumbers = new Set();
    // A fresh instance per model (≈ 150 ms): two models with different taxonomies must not share words.
    this.jieba = Jieba.withDict(dict);
    const lines: string[] = [];
    const seen = new Set<string>();
    for (const raw of [...EXTRA_TERMS, ...customTerms]) {
      const term = normaliseText(raw).trim();
      if (!term || seen.has(term)) continue;
      seen.add(term);
      this.vocabulary.add(term);
      if (/^\d+$/.test(term)) this.keepNumbers.add(term);
      const hanCount = [...term].filter((c) => HAN.test(c)).length;
      if (hanCount < 2 || hanCount > MAX_DICT_TERM || /\s/.test(term) || hanCount !== [...term].length) continue;
      // A high frequency so that the custom word beats any split into known parts.
      lines.push(`${term} 200000 n`);
    }
    if (lines.length) this.jieba.loadDict(Buffer.from(lines.join('\n') + '\n', 'utf8'));
  }

  /** Whole words (jieba precise mode), filtered. 大模型 stays one word. */
  tokenize(text: string | undefined | null): string[] {
    return this.filter(this.jieba.cut(normaliseText(text), false));
  }

  /**
   * Index terms: the whole words, plus the parts of a longer word that are themselves taxonomy
   * words (影像 inside 医学影像, 分拣 inside 智能分拣), so that a short query word finds a longer one
   * in a document. jieba's own search mode is not used: it also yields fragments such as 铁站 (of
   * 地铁站) or 测性 (of 预测性) that would match unrelated texts.
   */
  terms(text: string | undefined | null): string[] {
    return this.expand(this.tokenize(text));
  }

  private expand(words: string[]): string[] {
    const out: string[] = [];
    for (const word of words) {
      out.push(word);
      const chars = [...word];
      if (chars.length < 3) continue;
      for (let length = chars.length - 1; length >= 2; length--) {
        for (let start = 0; start + length <= chars.length; start++) {
          const part = chars.slice(start, start + length).join('');
          if (this.vocabulary.has(part) && !this.stop.has(part)) out.push(part);
        }
      }
    }
    return out;
  }

  /**
   * The matching features of a text, the one pipeline of issue 14: jieba words (with the
   * taxonomy's parts, see `terms`), Latin and digit tokens of the script runs (ai, ct, 5g, 12345,
   * 3d; case- and width-folded), and the Han character bigrams of every Han run, marked with
   * BIGRAM_MARK so that the bigram 影像 and the word 影像 are counted apart. Bigrams find what
   * the words miss (一个新词, a split the dictionary does not know: 导览 in 导游导览), and a
   * single character jieba leaves on its own keeps the bigrams it forms with its neighbours
   * (粮|情|测温 gives 粮情 · 情测).
   */
  features(text: string | undefined | null): { words: string[]; bigrams: string[] } {
    const cut = this.jieba.cut(normaliseText(text), false);
    const whole = this.filter(cut);
    const words: string[] = [];
    const bigrams: string[] = [];
    for (const word of this.expand(whole)) if (!LATIN_OR_DIGIT.test(word)) words.push(word);
    for (const token of scriptRuns(text).latin) {
      // Lone letters and single digits say nothing; numbers count (12345 is a hotline, 5g a network).
      if (token.length >= 2 && !this.stop.has(token)) words.push(token);
    }
    // Bigrams inside each word (not across two kept words, which only adds noise): 导游导览 gives 导游 · 游导 · 导览,
    // so that a text saying 导览 meets it whatever way the dictionary cut either text.
    for (const word of whole) {
      if (!HAN.test(word)) continue;
      for (const run of scriptRuns(word).han) {
        for (const pair of hanBigrams(run)) {
          if (pair.length < 2 || this.stop.has(pair) || FUNCTION_CHARS.has(pair[0]) || FUNCTION_CHARS.has(pair[1])) continue;
          bigrams.push(BIGRAM_MARK + pair);
        }
      }
    }
    // Bigrams around a lone character: jieba cuts a word its dictionary lacks (粮情, a brand's
    // coinage) into single characters, which the filter drops as words. The bigrams such a
    // character forms with its neighbours keep it: 粮|情|测温 gives 粮情 · 情测, so that 粮情测温
    // meets a supplier's 粮情分析. These are the only bigrams across tokens: a lone character says
    // little alone and most of what it means with its neighbour. A neighbour the filter drops (a
    // stop word such as 提供, 平台, 智能; a function character) forms none, and a run of lone
    // characters is read once, pair by pair.
    let previousLone: string | undefined;
    for (let i = 0; i < cut.length; i++) {
      const single = this.loneCharacter(cut[i]);
      if (single) {
        const before = previousLone ? undefined : this.keptEdge(cut[i - 1], 'last');
        const after = this.loneCharacter(cut[i + 1]) ?? this.keptEdge(cut[i + 1], 'first');
        if (before) bigrams.push(BIGRAM_MARK + before + single);
        if (after) bigrams.push(BIGRAM_MARK + single + after);
      }
      previousLone = single;
    }
    return { words, bigrams };
  }

  /** A token of one Han character (by code point) that is neither a function character nor a stop word. */
  private loneCharacter(token: string | undefined): string | undefined {
    if (!token || token.length > 2) return undefined;
    const chars = [...token];
    if (chars.length !== 1 || !HAN.test(token) || FUNCTION_CHARS.has(token) || this.stop.has(token)) return undefined;
    return token;
  }

  /** The first or last character of a neighbouring token the filter keeps as a Han word, else undefined. */
  private keptEdge(token: string | undefined, edge: 'first' | 'last'): string | undefined {
    if (!token || !HAN.test(token) || !this.filter([token]).length) return undefined;
    const chars = [...token];
    const c = edge === 'first' ? chars[0] : chars[chars.length - 1];
    return HAN.test(c) && !FUNCTION_CHARS.has(c) ? c : undefined;
  }

  /** Whether a term is a character bigram (see `features`). */
  static isBigram(term: string): boolean {
    return term.startsWith(BIGRAM_MARK);
  }

  /** Inverse document frequency from jieba's general Chinese corpus; unknown (domain) words count as rare. */
  idf(term: string): number {
    return this.idfTable.get(term.startsWith(BIGRAM_MARK) ? term.slice(BIGRAM_MARK.length) : term) ?? this.unknownIdf;
  }

  private filter(words: string[]): string[] {
    const out: string[] = [];
    for (const raw of words) {
      const word = raw.trim();
      if (!word || PUNCT_OR_SPACE.test(word) || this.stop.has(word)) continue;
      if (HAN.test(word)) {
        if ([...word].length < 2) continue;
      } else if (LATIN_OR_DIGIT.test(word)) {
        if (/^[\d.,]+$/.test(word) ? !this.keepNumbers.has(word) : word.length < 2) continue;
      } else {
        continue;
      }
      out.push(word);
    }
    return out;
  }
}
