// A catalog of another year than dangjian.yaml's: allowed (last year's indicators may serve again),
// but said once, so the year is a choice and not a slip. Other catalogs kept beside the one in use
// are neither evidence nor stray files.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeRepo } from '../helpers/make-repo.js';

const builtIn = fileURLToPath(new URL('../../indicators/2020.yaml', import.meta.url));
const FILE = '第一党支部/05 专题学习/2021-03-15 学习记录 第一次.pdf';

function repoWithCatalog(year: number) {
  const dir = makeRepo({ config: { year, catalog: '指标/2021.yaml' }, files: { [FILE]: 'x' } });
  mkdirSync(join(dir, '指标'));
  const text = readFileSync(builtIn, 'utf8')
    .replace(/^id: "2020"$/m, 'id: "2021"')
    .replace(/^year: 2020$/m, 'year: 2021');
  writeFileSync(join(dir, '指标', '2021.yaml'), text);
  copyFileSync(builtIn, join(dir, '指标', '2020.yaml'));
  return dir;
}

async function findings(dir: string) {
  const r = await runCli(['lint', dir, '--format', 'json']);
  return (
    JSON.parse(r.stdout) as { findings: { code: string; severity: string; path?: string; message: string }[] }
  ).findings;
}

describe('the catalog year', () => {
  it('differs from dangjian.yaml: one warning on dangjian.yaml', async () => {
    const found = (await findings(repoWithCatalog(2020))).filter((f) => f.code === 'config/catalog-year');
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', path: 'dangjian.yaml' })]);
    expect(found[0]!.message).toContain('年度是 2020 年，考核指标（2021）却是 2021 年的');
  });

  it('matches: no warning, and the old catalog beside it is not a stray folder', async () => {
    const all = await findings(repoWithCatalog(2021));
    expect(all.map((f) => f.code)).not.toContain('config/catalog-year');
    expect(all.map((f) => f.code)).not.toContain('repo/unclaimed-folder');
  });

  it('a non-YAML file beside the catalog is still reported', async () => {
    const dir = repoWithCatalog(2021);
    writeFileSync(join(dir, '指标', '说明.docx'), 'x');
    const all = await findings(dir);
    expect(all.filter((f) => f.code === 'repo/unclaimed-folder').map((f) => f.path)).toEqual(['指标']);
  });
});
