// A sidecar saved under a near name (Notepad's .txt, another case, no underscore) is not read: it is
// reported, and never counted as evidence.
import { describe, expect, it } from 'vitest';
import { eventsOf } from '../helpers/check-json.js';
import { runCli } from '../helpers/cli.js';
import { makeRepo } from '../helpers/make-repo.js';

const FOLDER = '第一党支部/03 会议';
const EVENT = `${FOLDER}/2020-03-22 图片 活动`;

async function lintAndCheck(files: Record<string, string>) {
  const dir = makeRepo({ files: { [`${EVENT}/IMG_0003.jpg`]: 'photo', ...files }, git: true });
  const lint = JSON.parse((await runCli(['lint', dir, '--format', 'json'])).stdout);
  const check = JSON.parse(
    (await runCli(['check', dir, '--format', 'json', '--as-of', '2020-06-30'])).stdout,
  );
  const events = (id: number) => eventsOf(check, 'zb1', id);
  return { findings: lint.findings as { code: string; path: string; message: string }[], events };
}

describe('sidecar/misnamed', () => {
  it.each(['_event.YAML', '_Event.yaml', '_event.yaml.txt', '_event.yml.txt', 'event.yaml', '_event .yaml'])(
    '%s in an event folder: reported, not read, not evidence',
    async (name) => {
      const { findings, events } = await lintAndCheck({ [`${EVENT}/${name}`]: '同时计入: [33]\n' });
      const found = findings.filter((f) => f.code === 'sidecar/misnamed');
      expect(found.map((f) => f.path)).toEqual([`${EVENT}/${name}`]);
      expect(found[0]!.message).toContain('应当叫 _event.yaml');
      expect(events(33)).toBe(0);
      expect(events(3)).toBe(1);
    },
  );

  it.each(['_meta.yaml.txt', '_Meta.yaml', 'meta.yml'])(
    '%s in an indicator folder: reported as _meta.yaml',
    async (name) => {
      const { findings } = await lintAndCheck({ [`${FOLDER}/${name}`]: '责任人: 张三\n' });
      expect(findings.filter((f) => f.code === 'sidecar/misnamed').map((f) => f.path)).toEqual([
        `${FOLDER}/${name}`,
      ]);
      expect(findings.map((f) => f.code)).not.toContain('name/no-date');
    },
  );

  it('the right names are read as before', async () => {
    const { findings, events } = await lintAndCheck({ [`${EVENT}/_event.yaml`]: '同时计入: [33]\n' });
    expect(findings.map((f) => f.code)).not.toContain('sidecar/misnamed');
    expect(events(33)).toBe(1);
  });
});
