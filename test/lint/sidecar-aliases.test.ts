// A sidecar key and its English alias written together: the Chinese one is read, and the other is a
// warning rather than silently dropped. A reason of only spaces is no reason.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeRepo } from '../helpers/make-repo.js';

const FOLDER = '第一党支部/05 专题学习';
const EVENT = `${FOLDER}/2020-07-01 学习记录 主题党日`;

interface Out {
  units: { id: string; indicators: { id: number; status: string; events: number }[] }[];
  findings: { code: string; path?: string; line?: number; severity: string; message: string }[];
}

async function check(files: Record<string, string>): Promise<Out> {
  const dir = makeRepo({ files: { [`${EVENT}/记录.pdf`]: 'minutes', ...files }, git: true });
  const r = await runCli(['check', dir, '--format', 'json', '--as-of', '2020-09-25']);
  return JSON.parse(r.stdout) as Out;
}

const indicator = (out: Out, id: number) =>
  out.units.find((u) => u.id === 'zb1')!.indicators.find((i) => i.id === id)!;

describe('sidecar aliases', () => {
  it('同时计入 and also_counts_for together: 同时计入 counts, a warning names the other', async () => {
    const out = await check({ [`${EVENT}/_event.yaml`]: '同时计入: [9]\nalso_counts_for: [13]\n' });
    expect(indicator(out, 9).events).toBe(1);
    expect(indicator(out, 13).events).toBe(0);
    const both = out.findings.filter((f) => f.code === 'sidecar/both-keys');
    expect(both).toEqual([expect.objectContaining({ severity: 'warning', path: `${EVENT}/_event.yaml` })]);
    expect(both[0]!.message).toContain('只按 同时计入 计算');
  });

  it('不适用 and not_applicable together in _meta.yaml: one warning, 不适用 wins', async () => {
    const out = await check({ [`${FOLDER}/_meta.yaml`]: 'not_applicable: 理由乙\n不适用: 理由甲\n' });
    expect(indicator(out, 5).status).toBe('na');
    const both = out.findings.filter((f) => f.code === 'sidecar/both-keys');
    expect(both).toEqual([expect.objectContaining({ path: `${FOLDER}/_meta.yaml` })]);
  });

  it('one key alone, in either language, is no warning', async () => {
    for (const text of ['同时计入: [9]\n', 'also_counts_for: [9]\n']) {
      const out = await check({ [`${EVENT}/_event.yaml`]: text });
      expect(indicator(out, 9).events).toBe(1);
      expect(out.findings.filter((f) => f.code === 'sidecar/both-keys')).toEqual([]);
    }
  });

  it('a 不适用 of only spaces is an error, and the indicator is not taken out', async () => {
    for (const text of ['不适用: "   "\n', '不适用: "\u3000"\n', '不适用: ""\n']) {
      const out = await check({ [`${FOLDER}/_meta.yaml`]: text });
      expect(indicator(out, 5).status).not.toBe('na');
      const errors = out.findings.filter((f) => f.path === `${FOLDER}/_meta.yaml` && f.severity === 'error');
      expect(errors).toHaveLength(1);
    }
  });
});

describe('不适用 with evidence filed', () => {
  it('is a warning: the evidence scores nothing', async () => {
    const out = await check({ [`${FOLDER}/_meta.yaml`]: '不适用: 本年度无此项工作\n' });
    expect(indicator(out, 5).status).toBe('na');
    expect(out.findings.filter((f) => f.code === 'meta/na-with-evidence')).toEqual([
      expect.objectContaining({ severity: 'warning', path: FOLDER }),
    ]);
  });

  it('without evidence there is nothing to say', async () => {
    const dir = makeRepo({ files: { [`${FOLDER}/_meta.yaml`]: '不适用: 本年度无此项工作\n' }, git: true });
    const r = JSON.parse((await runCli(['lint', dir, '--format', 'json'])).stdout);
    expect(r.findings.map((f: { code: string }) => f.code)).not.toContain('meta/na-with-evidence');
  });
});
