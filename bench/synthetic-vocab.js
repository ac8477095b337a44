// Words and names a synthetic organisation is made of, plus what it borrows from the built-in catalog.
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** Evidence kinds as product.md lists them (base words only; the catalog may add synonyms). */
export const KINDS = [
  '图片',
  '会议记录',
  '学习记录',
  '方案',
  '计划',
  '通知',
  '制度文件',
  '凭证',
  '台账',
  '报告',
  '党课材料',
  '教育记录',
];

/** Activity titles. Some hold a kind word (廉政党课): a dated name's kind is the word after the date. */
export const TITLES = [
  '第一次专题学习',
  '主题党日',
  '支委会',
  '强化政治机关意识',
  '学习贯彻十九届四中全会精神',
  '警示教育',
  '廉政党课',
  '七一表彰',
  '党员大会',
  '组织生活会',
  '民主评议党员',
  '疫情防控志愿服务',
  '集中学习研讨',
  '党风廉政建设',
  '意识形态工作',
  '模范机关创建',
  '主题教育总结',
  '党费收缴',
  '发展党员',
  '谈心谈话',
  '读书班',
  '知识测试',
  '季度分析',
  '文明单位创建',
  '青年理论学习小组',
  '结对帮扶',
  '红色教育基地参观',
  '书记讲党课',
];

/** Henan's hydrology survey bureaus: each has a 党总支 under the 机关党委. */
const CITIES = [
  '郑州',
  '开封',
  '洛阳',
  '平顶山',
  '安阳',
  '鹤壁',
  '新乡',
  '焦作',
  '濮阳',
  '许昌',
  '漯河',
  '三门峡',
  '南阳',
  '商丘',
  '信阳',
  '周口',
  '驻马店',
  '济源',
];

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1..99 in Chinese numerals: 1 → 一, 10 → 十, 21 → 二十一. */
export function chineseNumber(n) {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return DIGITS[ones];
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[ones]}`;
}

/**
 * The units of an organisation of `count` units: one 机关党委, about a third 党总支, the rest 党支部.
 * @param {number} count
 * @returns {{ id: string, name: string, dir: string, level: 'org' | 'general' | 'branch' }[]}
 */
export function makeUnits(count) {
  const units = [{ id: 'jgdw', name: '局机关党委', dir: '局机关党委', level: 'org' }];
  const generals = Math.min(CITIES.length, Math.floor((count - 1) / 3));
  for (let i = 1; i <= generals; i++) {
    const city = CITIES[i - 1];
    const id = `zz${String(i).padStart(2, '0')}`;
    units.push({ id, name: `${city}水文水资源勘测局党总支`, dir: `${city}局党总支`, level: 'general' });
  }
  for (let i = 1; units.length < count; i++) {
    const n = chineseNumber(i);
    const id = `zb${String(i).padStart(2, '0')}`;
    units.push({ id, name: `机关第${n}党支部`, dir: `第${n}党支部`, level: 'branch' });
  }
  return units.slice(0, count);
}

/**
 * What the generator borrows from `indicators/<catalog>.yaml` when it exists: short titles for folder
 * names and the kind words it knows. Read defensively: the catalog's shape is not this file's business.
 * @param {string} file
 * @returns {{ titles: Record<number, string>, kinds: string[] | undefined, texts: Record<number, string> }}
 */
export function readCatalogHints(file) {
  const hints = { titles: {}, kinds: undefined, texts: {} };
  if (!existsSync(file)) return hints;
  let doc;
  try {
    doc = parse(readFileSync(file, 'utf8'));
  } catch {
    return hints;
  }
  const kindIds = new Set();
  const collectKinds = (value) => {
    if (Array.isArray(value)) {
      for (const item of value) {
        if (typeof item === 'string') kindIds.add(item);
        else if (item && typeof item.id === 'string') kindIds.add(item.id);
      }
    } else if (value && typeof value === 'object') {
      for (const word of Object.keys(value)) kindIds.add(word);
    }
  };
  const walk = (node) => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const id = node.id;
    if (Number.isInteger(id) && id >= 1 && id <= 99 && typeof node.title === 'string') {
      hints.titles[id] = node.title.trim();
      if (typeof node.text === 'string') hints.texts[id] = node.text;
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === 'kinds') collectKinds(value);
      walk(value);
    }
  };
  walk(doc);
  if (kindIds.size > 0) {
    const known = KINDS.filter((k) => kindIds.has(k));
    if (known.length > 0) hints.kinds = known;
  }
  return hints;
}
