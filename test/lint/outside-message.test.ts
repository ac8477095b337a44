// Where evidence goes is said with a folder of the repo's own catalog, not a made-up one.
import { describe, expect, it } from 'vitest';
import { indicatorFolderName } from '../../src/catalog/folder-name.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { runCli } from '../helpers/cli.js';
import { makeRepo } from '../helpers/make-repo.js';

describe('repo/outside-indicator', () => {
  it("names the catalog's first indicator folder as the example", async () => {
    const first = loadCatalog('2020', { baseDir: '.' }).indicators.find((i) => i.id === 1)!;
    const folder = indicatorFolderName(1, first.title);
    const dir = makeRepo({
      files: { '第一党支部/2020-03-15 学习记录 第一次.pdf': 'x', '第一党支部/杂项/a.pdf': 'y' },
    });
    const r = await runCli(['lint', dir, '--format', 'json']);
    const found = JSON.parse(r.stdout).findings.filter(
      (f: { code: string }) => f.code === 'repo/outside-indicator',
    );
    expect(found).toHaveLength(2);
    for (const f of found) expect(f.message).toContain(`如 ${folder}/。`);
    expect(r.stdout).not.toContain('05 专题学习/');
  });
});
