// Synthetic evidence repositories that follow product.md's contract, for benchmarks and tests.
// Deterministic for a seed; big ones are cached under bench/.cache/ because writing 94k files takes a while.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KINDS, makeUnits, readCatalogHints, TITLES } from './synthetic-vocab.js';

/** Bump when the generated tree changes, so cached organisations are rebuilt. */
export const GENERATOR_VERSION = 2;
export const YEAR = 2020;
export const INDICATORS = 39;

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE_DIR = join(PROJECT_ROOT, 'bench', '.cache');
const CATALOG_FILE = join(PROJECT_ROOT, 'indicators', `${YEAR}.yaml`);
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
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

const pad = (n, width = 2) => String(n).padStart(width, '0');

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
function planOrg({ units: unitCount, filesPerIndicator, seed }, hints) {
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

function writeFiles(root, files) {
  const made = new Set();
  for (const file of files) {
    const dir = dirname(join(root, file.path));
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(join(root, file.path), file.content);
  }
}

function git(root, args, env, input) {
  const result = spawnSync('git', ['--literal-pathspecs', ...args], {
    cwd: root,
    env,
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr || result.error}`);
  return result.stdout;
}

/** One commit for the set-up, then one per month-end with what was dated that month. */
function commitByMonth(root, files) {
  const base = {
    ...process.env,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: 'gc.auto',
    GIT_CONFIG_VALUE_0: '0',
    GIT_AUTHOR_NAME: '组织委员',
    GIT_AUTHOR_EMAIL: 'zuzhi@example.invalid',
    GIT_COMMITTER_NAME: '组织委员',
    GIT_COMMITTER_EMAIL: 'zuzhi@example.invalid',
  };
  git(root, ['-c', 'init.defaultBranch=main', 'init', '-q'], base);
  for (let month = 0; month <= 12; month++) {
    const paths = files.filter((f) => f.month === month).map((f) => f.path);
    if (paths.length === 0) continue;
    const date = month === 0 ? `${YEAR}-01-02` : `${YEAR}-${pad(month)}-${pad(DAYS_IN_MONTH[month - 1])}`;
    const env = {
      ...base,
      GIT_AUTHOR_DATE: `${date}T18:00:00+08:00`,
      GIT_COMMITTER_DATE: `${date}T18:00:00+08:00`,
    };
    // update-index takes paths as they are; `git add` with thousands of pathspecs is quadratic.
    git(root, ['update-index', '--add', '-z', '--stdin'], env, `${paths.join('\0')}\0`);
    const message = month === 0 ? '建立台账仓库' : `${YEAR}年${month}月材料`;
    git(root, ['-c', 'core.hooksPath=/dev/null', 'commit', '-q', '--no-gpg-sign', '-m', message], env);
  }
  // Packed once at the end, as a cloned repo would be (auto gc mid-way would repack it again and again).
  git(root, ['gc', '--quiet'], base);
  // Files written in the same second as the index are "racily clean": every `git status` would
  // re-read them. A user's repo is not like that, so wait a second and refresh the index once.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1100);
  git(root, ['update-index', '-q', '--really-refresh'], base);
}

/** Cache entry name: the parameters plus a hash of everything that shapes the tree. */
function cacheKey(params, hints) {
  const hash = createHash('sha256')
    .update(JSON.stringify({ v: GENERATOR_VERSION, params, hints }))
    .digest('hex')
    .slice(0, 10);
  return `u${params.units}-f${params.filesPerIndicator}-s${params.seed}${params.git ? '-git' : ''}-${hash}`;
}

function build(root, params, hints) {
  const started = performance.now();
  const plan = planOrg(params, hints);
  writeFiles(root, plan.files);
  const written = performance.now();
  if (params.git) commitByMonth(root, plan.files);
  const timings = {
    writeMs: Math.round(written - started),
    gitMs: params.git ? Math.round(performance.now() - written) : 0,
  };
  return { plan, timings };
}

/** What callers get; counts come from the plan, which is cheap to recompute for a cached tree. */
function summary(root, plan, timings, cached) {
  return {
    root,
    fileCount: plan.files.length,
    events: plan.events,
    eventsByUnitQuarter: plan.eventsByUnitQuarter,
    listingsByUnitQuarter: plan.listingsByUnitQuarter,
    units: plan.units,
    ...timings,
    cached,
  };
}

/**
 * Generate a synthetic organisation. With `dir`, writes there (the folder must be empty or absent);
 * without, returns a cached copy under bench/.cache/, building it on first use.
 * @param {import('./synthetic-org.d.ts').GenerateOptions} [options]
 * @returns {import('./synthetic-org.d.ts').SyntheticOrg}
 */
export function generateOrg(options = {}) {
  const params = {
    units: options.units ?? 6,
    filesPerIndicator: options.filesPerIndicator ?? 40,
    seed: options.seed ?? 1,
    git: options.git ?? true,
  };
  if (!Number.isInteger(params.units) || params.units < 1)
    throw new Error('units must be a positive integer');
  if (!Number.isInteger(params.filesPerIndicator) || params.filesPerIndicator < 1) {
    throw new Error('filesPerIndicator must be a positive integer');
  }
  const hints = readCatalogHints(CATALOG_FILE);
  if (options.dir !== undefined) {
    if (existsSync(options.dir) && readdirSync(options.dir).length > 0) {
      throw new Error(`generateOrg: ${options.dir} is not empty`);
    }
    mkdirSync(options.dir, { recursive: true });
    const { plan, timings } = build(options.dir, params, hints);
    return summary(options.dir, plan, timings, false);
  }
  const entry = join(CACHE_DIR, cacheKey(params, hints));
  const manifest = join(entry, 'manifest.json');
  if (existsSync(manifest)) {
    const { writeMs, gitMs } = JSON.parse(readFileSync(manifest, 'utf8'));
    return summary(join(entry, 'repo'), planOrg(params, hints), { writeMs, gitMs }, true);
  }
  // Build beside the entry and rename, so an interrupted run never leaves a half-built cache.
  const staging = `${entry}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(join(staging, 'repo'), { recursive: true });
  const { plan, timings } = build(join(staging, 'repo'), params, hints);
  writeFileSync(join(staging, 'manifest.json'), `${JSON.stringify({ ...params, ...timings }, null, 2)}\n`);
  try {
    renameSync(staging, entry);
  } catch (error) {
    // Another process built the same organisation first: use theirs, never remove a tree in use.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(manifest)) throw error;
  }
  return summary(join(entry, 'repo'), plan, timings, false);
}
