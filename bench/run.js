// `npm run bench`: time the CLI on synthetic organisations against plain baselines; write bench/RESULTS.md.
// Usage: node bench/run.js [--quick] [--units 6,60]
// Never fails on a number: it exits 1 only when the harness itself breaks.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpuMethod, gitOutput, measure, rssMethod } from './measure.js';
import { alignTable, describeMachine, evaluateTargets, tableLines, targetLines } from './report.js';
import { generateOrg } from './synthetic-org.js';
import { readCatalogHints } from './synthetic-vocab.js';
import { workbookPlan } from './workbook-plan.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'dangjian.cjs');
const NODE = process.execPath;
const QUARTER = 3;

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const unitsFlag = argv.includes('--units') ? (argv[argv.indexOf('--units') + 1] ?? '') : undefined;
const sizes = unitsFlag !== undefined ? unitsFlag.split(',').map(Number) : quick ? [6] : [6, 60];
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  process.stderr.write('usage: node bench/run.js [--quick] [--units 6,60]\n');
  process.exit(2);
}
const reps = quick ? { warmup: 1, runs: 3, slowRuns: 1 } : { warmup: 1, runs: 5, slowRuns: 3 };
const env = { ...process.env, NO_COLOR: '1' };
delete env.FORCE_COLOR;

const log = (s) => process.stderr.write(`${s}\n`);
const scratch = mkdtempSync(join(tmpdir(), 'dangjian-bench-run-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

/** @type {import('./report.js').Row[]} */
const rows = [];
const find = (key, size) => rows.find((r) => r.key === key && r.size === size);

async function bench(row, spec) {
  log(`  ${row.label}${row.size ? ` (${row.size} units)` : ''} …`);
  const result = await measure({ warmup: reps.warmup, runs: reps.runs, ...spec });
  const entry = {
    ...row,
    result,
    note: row.note ?? (result.status === 'ok' ? spec.note?.(result) : undefined),
  };
  rows.push(entry);
  return entry;
}

const fixed =
  (args, cwd = ROOT) =>
  () => ({ command: NODE, args, cwd, env });
const importOnly = (specifier) =>
  fixed(['--input-type=module', '-e', `await import(${JSON.stringify(specifier)})`]);

async function startup() {
  log('Start-up');
  await bench({ key: 'node', label: '`node -e 0`' }, { invocation: fixed(['-e', '0']) });
  await bench(
    { key: 'version', label: '`dangjian --version`', baseline: 'node' },
    { invocation: fixed([BIN, '--version']) },
  );
  await bench(
    { key: 'help', label: '`dangjian --help`', baseline: 'node' },
    { invocation: fixed([BIN, '--help']) },
  );
  for (const [key, spec] of [
    ['commander', 'commander'],
    ['yaml', 'yaml'],
    ['ajv', 'ajv'],
    ['exceljs', 'exceljs'],
  ]) {
    await bench(
      { key: `import-${key}`, label: `import \`${spec}\``, baseline: 'node', breakdown: true },
      { invocation: importOnly(spec) },
    );
  }
  for (const [key, label, cache] of [
    ['bundle', 'load the bundle with its code cache', true],
    ['bundle-nocache', 'load the bundle without the cache', false],
  ]) {
    const code = `const m = await import('./dist/build/load-bundle.js'); m.loadBundle({ cache: ${cache} });`;
    await bench(
      { key: `import-${key}`, label, baseline: 'node', breakdown: true },
      { invocation: fixed(['--input-type=module', '-e', code]) },
    );
  }
}

function countFiles(dir) {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile()) n++;
  return n;
}

/** `--out` gets a fresh folder each run; after the run we count what was written and remove it. */
function freshOut() {
  let current;
  return {
    next: () => {
      current = mkdtempSync(join(scratch, 'out-'));
      return current;
    },
    afterRun: (result) => {
      result.written = countFiles(current);
      rmSync(current, { recursive: true, force: true });
    },
  };
}

/** The stage times floor.js prints: ms of JavaScript each, module loading left out. */
function floorNote(result) {
  try {
    const t = JSON.parse(result.last.stdout);
    return `index ${t.index} ms, config + catalog ${t.config}, names ${t.names}, sidecars ${t.sidecars}`;
  } catch {
    return 'no stage times';
  }
}

function checkNote(result) {
  try {
    const json = JSON.parse(result.last.stdout);
    return `exit ${result.last.code}; score ${json.score?.total}/${json.score?.max}; ${json.findings?.length} findings`;
  } catch {
    return `exit ${result.last.code}; stdout is not JSON`;
  }
}

async function organisation(size, textLength) {
  log(`Organisation of ${size} units`);
  const started = performance.now();
  const org = generateOrg({ units: size });
  const generation = {
    size,
    files: org.fileCount,
    events: org.events,
    cached: org.cached,
    writeMs: org.writeMs,
    gitMs: org.gitMs,
    readyMs: Math.round(performance.now() - started),
  };
  log(
    `  ${org.fileCount} files, ${org.events} events (${org.cached ? 'cached' : `built in ${generation.readyMs} ms`})`,
  );
  const cwd = org.root;
  const lsFiles =
    "const r=require('child_process').spawnSync('git',['ls-files','-z'],{maxBuffer:1<<30});" +
    "if(r.status!==0)process.exit(1);r.stdout.toString('utf8').split('\\0');";
  await bench(
    { key: 'git', label: 'node spawning `git ls-files -z`', size },
    { invocation: fixed(['-e', lsFiles], cwd) },
  );
  // What the scan asks git for, timed alone (status runs beside the scan, on the other core), and
  // a floor for any scan in node: start, read the index, one object per file.
  const gitDirect = (args) => () => ({ command: 'git', args, cwd, env });
  const statusArgs = [
    '-c',
    'core.preloadIndex=false',
    'status',
    '--porcelain=v1',
    '-z',
    '--untracked-files=normal',
    '--ignore-submodules=all',
    '--no-renames',
  ];
  await bench(
    { key: 'git-status', label: '`git status --porcelain -z`', size, baseline: 'git', breakdown: true },
    { invocation: gitDirect(statusArgs) },
  );
  // Node's start plus status, with nothing else: what any scan that waits for status pays.
  const nodeStatus =
    `const r=require('child_process').spawnSync('git',${JSON.stringify(statusArgs)},{maxBuffer:1<<30});` +
    'if(r.status!==0)process.exit(1);';
  await bench(
    {
      key: 'node-status',
      label: 'node spawning the same `git status`',
      size,
      baseline: 'git',
      breakdown: true,
    },
    { invocation: fixed(['-e', nodeStatus], cwd) },
  );
  await bench(
    {
      key: 'floor',
      label: 'node reads the index, one object per file (bench/floor.js)',
      size,
      baseline: 'git',
      breakdown: true,
    },
    { invocation: fixed([join(ROOT, 'bench', 'floor.js')], cwd) },
  );
  await bench(
    {
      key: 'floor-all',
      label: 'the same, then the reads no scan can skip (bench/floor.js all)',
      size,
      baseline: 'git',
      breakdown: true,
    },
    { invocation: fixed([join(ROOT, 'bench', 'floor.js'), 'all'], cwd), note: floorNote },
  );
  await bench(
    { key: 'lint', label: '`dangjian lint`', size, baseline: 'git' },
    { invocation: fixed([BIN, 'lint'], cwd), okCodes: [0, 1], note: (r) => `exit ${r.last.code}` },
  );
  await bench(
    { key: 'check', label: '`dangjian check --format json`', size, baseline: 'git' },
    { invocation: fixed([BIN, 'check', '--format', 'json'], cwd), okCodes: [0, 1], note: checkNote },
  );

  const plan = workbookPlan(org, QUARTER, textLength);
  const planFile = join(scratch, `plan-${size}.json`);
  writeFileSync(planFile, JSON.stringify(plan));
  const xlsxOut = freshOut();
  await bench(
    { key: 'xlsx', label: 'plain exceljs streaming write', size },
    {
      invocation: () => ({
        command: NODE,
        args: [join(ROOT, 'bench', 'baseline-xlsx.js'), planFile, xlsxOut.next()],
        cwd,
        env,
      }),
      afterRun: xlsxOut.afterRun,
      runs: reps.slowRuns,
      note: (r) => `${r.last.written} workbooks, ${plan.rows} rows`,
    },
  );
  const compileOut = freshOut();
  await bench(
    { key: 'compile', label: `\`dangjian compile --quarter 2020Q${QUARTER}\``, size, baseline: 'xlsx' },
    {
      invocation: () => ({
        command: NODE,
        args: [BIN, 'compile', '--quarter', `2020Q${QUARTER}`, '--out', compileOut.next(), '--force'],
        cwd,
        env,
      }),
      afterRun: compileOut.afterRun,
      runs: reps.slowRuns,
      note: (r) => `${r.last.written} files written`,
    },
  );
  const dirty = gitOutput(cwd, ['status', '--porcelain']);
  generation.clean = dirty === '';
  if (!generation.clean) log(`  WARNING: the evidence repo changed during the benchmark:\n${dirty}`);
  return { generation, plan };
}

/** The three tables, as printed and as written: results, targets, breakdown (with its reference rows). */
function tables(targets) {
  return {
    results: tableLines(
      rows.filter((r) => !r.breakdown),
      find,
    ),
    targets: targetLines(targets),
    breakdown: tableLines(
      rows.filter((r) => r.breakdown || r.key === 'node' || r.key === 'git'),
      find,
    ),
  };
}

function resultsMarkdown(machine, generations, targets) {
  const t = tables(targets);
  const command = quick ? 'npm run bench -- --quick' : 'npm run bench';
  return [
    '# Benchmark results',
    '',
    `Reproduce: \`${command}\` (builds, then runs \`node bench/run.js${quick ? ' --quick' : ''}\`).` +
      ` Mode: ${quick ? 'quick' : 'full'}; ${reps.warmup} warm-up run, then ${reps.runs} measured runs` +
      ` (${reps.slowRuns} for compile and its baseline). Wall-clock times of whole processes.`,
    '',
    '## Machine',
    '',
    ...Object.entries(machine).map(([k, v]) => `- ${k}: ${v}`),
    `- Load average at end: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')} (other work on the machine skews wall-clock numbers)`,
    `- Peak RSS: ${rssMethod}`,
    ...(cpuMethod ? [`- CPU: ${cpuMethod}`] : []),
    '',
    '## Results',
    '',
    ...t.results,
    '',
    '## Targets',
    '',
    ...t.targets,
    '',
    'Wall-clock numbers never fail the run; they are here to be read.',
    '',
    '## Where the time goes',
    '',
    'Importing each heavy module alone (`node --input-type=module -e "await import(…)"`), loading the bundle,',
    'the git call the repo scan makes beside its own work (status), and a floor for any scan written in node.',
    '',
    ...t.breakdown,
    '',
    ...floorLines(),
    '## Organisations',
    '',
    ...alignTable([
      '| Units | Files | Events | Files written in (when built) | Git history made in (when built) | This run | Repo unchanged after |',
      '|--:|--:|--:|--:|--:|---|---|',
      ...generations.map(
        ({ generation: g }) =>
          `| ${g.size} | ${g.files} | ${g.events} | ${g.writeMs} ms | ${g.gitMs} ms | ${g.cached ? 'from bench/.cache' : `built (${g.readyMs} ms)`} | ${g.clean ? 'yes' : 'NO'} |`,
      ),
    ]),
    '',
    'Generated by `bench/synthetic-org.js` (seed 1, 40 files per indicator folder, one git commit per month-end).',
    '',
    '## Baselines',
    '',
    '- `node -e 0`: the floor for any Node command (`--version`, `--help`).',
    '- node spawning `git ls-files -z` in the repo and splitting its output: the floor for listing the tree (`lint`, `check`).',
    '- plain exceljs write: `bench/baseline-xlsx.js` streams the same workbooks compile is estimated to write',
    `  (${generations.map(({ generation: g, plan }) => `${g.size} units: ${plan.workbooks.length} workbooks, ${plan.rows} rows`).join('; ')}),`,
    '  with `stream.xlsx.WorkbookWriter`, no styles, no shared strings. The row estimate is documented in `bench/workbook-plan.js`.',
    '',
  ].join('\n');
}

/** What the floor row says about the lint and check targets, from this run's numbers. */
function floorLines() {
  const size = Math.max(...sizes);
  const [git, floor, check, lint] = ['git', 'floor', 'check', 'lint'].map((key) => find(key, size)?.result);
  if (![git, floor, check, lint].every((r) => r?.status === 'ok')) return [];
  const ratio = (r) => (r.medianMs / git.medianMs).toFixed(2);
  const stages = find('floor-all', size)?.note;
  const status = find('git-status', size)?.result;
  const nodeStatus = find('node-status', size)?.result;
  const statusLines =
    status?.status === 'ok' && nodeStatus?.status === 'ok'
      ? [
          `Beside the scan, \`git status\` (how lint and check see the working tree as it is: it checks every`,
          `tracked file on disk and reads every folder for new ones) takes ${Math.round(status.medianMs)} ms alone. Node starting`,
          `and spawning it, with nothing else, takes ${Math.round(nodeStatus.medianMs)} ms: ${ratio(nodeStatus)}× the baseline, before the scan can`,
          'know which files are new, changed or gone.',
        ]
      : [];
  const all = find('floor-all', size)?.result;
  const cores = cpus().length;
  const cpuLines =
    all?.cpuMs !== undefined && status?.cpuMs !== undefined && check.cpuMs !== undefined
      ? [
          `In CPU time: the floor with the reads no scan can skip takes ${Math.round(all.cpuMs)} ms and \`git status\``,
          `${Math.round(status.cpuMs)} ms. Shared perfectly over this machine's ${cores} cores, and with nothing else done (no events,`,
          `no scoring, no output), that is still ${Math.round((all.cpuMs + status.cpuMs) / cores)} ms of wall time,`,
          `${((all.cpuMs + status.cpuMs) / cores / git.medianMs).toFixed(2)}× the baseline. \`check --format json\` itself takes ${Math.round(check.cpuMs)} ms of CPU`,
          `(${(check.cpuMs / check.medianMs).toFixed(1)} cores busy on average over its run).`,
        ]
      : [];
  return [
    `At ${size} units the floor (\`bench/floor.js\`: node starts, reads git's index with the scan's own reader and`,
    `makes one object per file, grouped into dated entries; nothing else) takes ${Math.round(floor.medianMs)} ms,`,
    `${ratio(floor)}× the baseline, before dangjian.yaml, the catalog, the name rules, the sidecars, the events,`,
    `the scoring and the output. \`check --format json\` takes ${Math.round(check.medianMs)} ms (${ratio(check)}×) and`,
    `\`lint\` ${Math.round(lint.medianMs)} ms (${ratio(lint)}×): ${Math.round(check.medianMs - floor.medianMs)} and`,
    `${Math.round(lint.medianMs - floor.medianMs)} ms above the floor for that work.`,
    ...(stages
      ? [
          `The reads and parses no scan can skip, timed one by one in the last run of \`bench/floor.js all\`: ${stages}.`,
          `The targets allow ${Math.round(2.5 * git.medianMs)} ms (2.5× the baseline); node's own start is \`node -e 0\` above.`,
        ]
      : []),
    '',
    ...(statusLines.length ? [...statusLines, ''] : []),
    ...(cpuLines.length ? [...cpuLines, ''] : []),
  ];
}

async function main() {
  const machine = describeMachine();
  log(`dangjian benchmark (${quick ? 'quick' : 'full'}): ${sizes.join(', ')} units`);
  await startup();
  const hints = readCatalogHints(join(ROOT, 'indicators', '2020.yaml'));
  const texts = Object.values(hints.texts);
  const textLength = texts.length ? Math.round(texts.reduce((s, t) => s + t.length, 0) / texts.length) : 60;
  const generations = [];
  for (const size of sizes) generations.push(await organisation(size, textLength));
  const targets = evaluateTargets(find, sizes);
  const t = tables(targets);
  process.stdout.write(`\n${[...t.results, '', ...t.targets, '', ...t.breakdown].join('\n')}\n`);
  writeFileSync(join(ROOT, 'bench', 'RESULTS.md'), resultsMarkdown(machine, generations, targets));
  log('\nWritten to bench/RESULTS.md');
}

main().catch((error) => {
  log(`benchmark harness failed: ${error?.stack ?? error}`);
  process.exitCode = 1;
});
