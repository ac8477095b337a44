// The 60 × 39 × 40 tree (93,600 evidence files): run with DANGJIAN_TIMING=1 to see how long a scan
// takes. Off by default (it writes ~94,000 files); it checks the counts and prints the times.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanRepo } from '../../src/repo/scan-repo.js';
import { commitAll, makeRepo } from '../helpers/make-repo.js';

const UNITS = 60;
const FOLDERS = 39;
const DATED_FILES = 20;
const PHOTOS = 20;

function bigRepo(): string {
  const units = Array.from({ length: UNITS }, (_, i) => ({
    id: `zb${i + 1}`,
    name: `机关第${i + 1}党支部`,
    dir: `第${i + 1}党支部`,
    level: 'branch',
  }));
  const root = makeRepo({ config: { units } });
  for (const unit of units) {
    for (let n = 1; n <= FOLDERS; n++) {
      const dir = join(root, unit.dir, `${String(n).padStart(2, '0')} 指标`);
      const event = join(dir, '2020-07-01 会议记录 主题党日');
      mkdirSync(event, { recursive: true });
      for (let f = 0; f < DATED_FILES; f++) {
        const date = `2020-${String((f % 12) + 1).padStart(2, '0')}-${String(f + 1).padStart(2, '0')}`;
        writeFileSync(join(dir, `${date} 学习记录 第${f + 1}次专题学习.pdf`), `${unit.id}/${n}/${f}`);
      }
      for (let f = 0; f < PHOTOS; f++) writeFileSync(join(event, `IMG_${f}.jpg`), `${unit.id}/${n}/img${f}`);
    }
  }
  return root;
}

async function timed(label: string, root: string, git: boolean) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const scan = await scanRepo(root, { git });
  const used = process.cpuUsage(cpu);
  const ms = Math.round(performance.now() - started);
  console.log(
    `${label}: ${scan.fileCount} files in ${ms} ms (cpu ${Math.round((used.user + used.system) / 1000)} ms)`,
  );
  expect(scan.fileCount).toBe(UNITS * FOLDERS * (DATED_FILES + PHOTOS) + 1);
  expect(scan.findings).toEqual([]);
  const events = scan.units.reduce((n, u) => n + u.indicators.reduce((m, i) => m + i.events.length, 0), 0);
  expect(events).toBe(UNITS * FOLDERS * (DATED_FILES + 1));
}

describe.skipIf(!process.env.DANGJIAN_TIMING)('scan timing on 60 units × 39 folders × 40 files', () => {
  it('scans the folder and the git repo', async () => {
    const root = bigRepo();
    for (let i = 0; i < 3; i++) await timed('walk', root, false);
    commitAll(root);
    for (let i = 0; i < 3; i++) await timed('git', root, true);
  }, 600_000);
});
