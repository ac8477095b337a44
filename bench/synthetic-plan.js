// The plan of a synthetic organisation: every file with its contents and the month it is committed in.
import { KINDS, makeUnits, TITLES } from './synthetic-vocab.js';

export const YEAR = 2020;
export const INDICATORS = 39;

export const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** `[date format, separator]` pairs with weights: mostly the canonical form, the rest all allowed forms. */
const NAME_STYLES = [
  [0, ' ', 50],
  [1, '_', 20],
  [2, '-', 10],
  [0, '_', 5],
  [1, ' ', 5],
  [2, ' ', 4],
  [1, '-', 3],
  [0, '-', 3],
];

/** mulberry32: small, fast and good enough to make names look random. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A name style for a number in [0, 1), by the weights in NAME_STYLES. */
function pickStyle(r) {
  let roll = r * 100;
  for (const style of NAME_STYLES) {
    roll -= style[2];
    if (roll < 0) return style;
  }
  return NAME_STYLES[0];
}

export const pad = (n, width = 2) => String(n).padStart(width, '0');

function formatDate(month, day, style) {
  if (style === 0) return `${YEAR}-${pad(month)}-${pad(day)}`;
  if (style === 1) return `${YEAR}${pad(month)}${pad(day)}`;
  return `${YEAR}.${pad(month)}.${pad(day)}`;
}

function configYaml(units) {
  const lines = [
    '# 合成的测试组织：用于性能基准和测试，内容是占位文件。',
    'org: 河南省水文水资源局机关党委',
    `year: ${YEAR}`,
    `catalog: ${YEAR}`,
    'units:',
    ...units.map((u) => `  - { id: ${u.id}, name: ${u.name}, dir: ${u.dir}, level: ${u.level} }`),
    'responsibilities:',
    ...units.map((u) => `  ${u.id}: [1-${INDICATORS}]`),
    '',
  ];
  return lines.join('\n');
}

function singleFileExtension(kind, rand) {
  if (kind === '图片') return rand() < 0.8 ? 'jpg' : 'png';
  if (kind === '台账') return 'xlsx';
  if (kind === '凭证') return rand() < 0.5 ? 'pdf' : 'jpg';
  const r = rand();
  return r < 0.5 ? 'pdf' : r < 0.9 ? 'docx' : 'doc';
}

/** Names inside an event folder: "any names", as people save them. */
function eventFolderNames(kind, title, size, rand) {
  const lead =
    kind === '会议记录'
      ? ['会议记录.docx', '签到表.pdf']
      : kind === '党课材料'
        ? ['课件.pptx', '讲稿.docx']
        : kind === '图片'
          ? []
          : [`${title}.pdf`];
  const names = lead.slice(0, size);
  const first = 1 + Math.floor(rand() * 900);
  for (let i = 0; names.length < size; i++) names.push(`IMG_${pad(first + i, 4)}.jpg`);
  return names;
}

/** A random date of the year, or (sometimes) one already used in the folder: a second file of that event. */
function pickDate(gen, days) {
  if (days.size > 0 && gen.rand() < 0.15) {
    const monthDay = gen.pick([...days.keys()]);
    return [Number(monthDay.slice(0, 2)), Number(monthDay.slice(3))];
  }
  const month = 1 + Math.floor(gen.rand() * 12);
  return [month, 1 + Math.floor(gen.rand() * DAYS_IN_MONTH[month - 1])];
}

/** Two other indicators an event also serves (`_event.yaml` 同时计入). */
function otherIndicators(gen, id) {
  const others = new Set();
  while (others.size < 2) {
    const other = 1 + Math.floor(gen.rand() * INDICATORS);
    if (other !== id) others.add(other);
  }
  return [...others].sort((a, b) => a - b);
}

/**
 * Dated files and event folders for one indicator folder, `budget` files in all.
 * @param {number[]} listings per quarter: dated items, each once more per further indicator it serves
 * @returns {Map<string, number>} the event dates ("MM-DD") with their month
 */
function planEvidence(gen, folder, id, budget, listings) {
  const names = new Set();
  const days = new Map();
  while (budget > 0) {
    const [month, day] = pickDate(gen, days);
    days.set(`${pad(month)}-${pad(day)}`, month);
    const quarter = Math.floor((month - 1) / 3);
    listings[quarter]++;
    const [style, sep] = pickStyle(gen.rand());
    const kind = gen.pick(gen.kinds);
    const title = gen.pick(TITLES);
    let base = `${formatDate(month, day, style)}${sep}${kind}${sep}${title}`;
    for (let n = 2; names.has(base); n++) base = `${base.replace(/第\d+次$/, '')}第${n}次`;
    names.add(base);
    if (budget >= 2 && gen.rand() < 0.35) {
      const size = Math.min(budget, 2 + Math.floor(gen.rand() * 7));
      const withSidecar = size >= 3 && gen.rand() < 0.1;
      if (withSidecar) {
        const others = otherIndicators(gen, id);
        gen.add(`${folder}/${base}/_event.yaml`, month, `同时计入: [${others.join(', ')}]\n`);
        listings[quarter] += others.length;
      }
      for (const name of eventFolderNames(kind, title, size - (withSidecar ? 1 : 0), gen.rand)) {
        gen.add(`${folder}/${base}/${name}`, month);
      }
      budget -= size;
    } else {
      gen.add(`${folder}/${base}.${singleFileExtension(kind, gen.rand)}`, month);
      budget--;
    }
  }
  return days;
}

/**
 * Everything the organisation contains, as a list of files with the month they are committed in
 * (0: the set-up commit), plus event counts for the workbook-size estimate.
 */
export function planOrg({ units: unitCount, filesPerIndicator, seed }, hints) {
  const rand = prng(seed);
  /** @type {{ path: string, month: number, content: string }[]} */
  const files = [];
  let serial = 0;
  const gen = {
    rand,
    pick: (list) => list[Math.floor(rand() * list.length)],
    kinds: hints.kinds ?? KINDS,
    // Unique contents, so no file looks like a copy of another.
    add: (path, month, content = `#${seed}-${++serial}\n`) => files.push({ path, month, content }),
  };
  const units = makeUnits(unitCount);
  gen.add('dangjian.yaml', 0, configYaml(units));
  let events = 0;
  const eventsByUnitQuarter = [];
  const listingsByUnitQuarter = [];
  for (const unit of units) {
    const quarters = [0, 0, 0, 0];
    const listings = [0, 0, 0, 0];
    eventsByUnitQuarter.push(quarters);
    listingsByUnitQuarter.push(listings);
    for (let id = 1; id <= INDICATORS; id++) {
      const title = hints.titles[id];
      const folder = `${unit.dir}/${pad(id)}${title ? ` ${title}` : ''}`;
      gen.add(`${folder}/README.md`, 0, `# ${unit.name} · ${pad(id)} ${title ?? ''}\n`);
      let budget = filesPerIndicator - 1;
      const r = rand();
      if (r < 0.015 && budget > 0) {
        gen.add(`${folder}/_meta.yaml`, 0, '不适用: 本年度无执纪审查案例\n');
        continue;
      }
      if (r < 0.12 && budget > 1) {
        gen.add(`${folder}/_meta.yaml`, 0, `责任人: ${gen.pick(['张三', '李四', '王芳', '赵敏'])}\n`);
        budget--;
      }
      const days = planEvidence(gen, folder, id, budget, listings);
      events += days.size;
      for (const month of days.values()) quarters[Math.floor((month - 1) / 3)]++;
    }
  }
  return { files, units, events, eventsByUnitQuarter, listingsByUnitQuarter };
}
