import { describe, expect, it } from 'vitest';
import { formatCheckGithub } from '../../src/report/check-github.js';
import { checkJson } from '../../src/report/check-json.js';
import { plain } from '../../src/report/check-paint.js';
import { formatCheckText } from '../../src/report/check-text.js';
import { displayWidth } from '../../src/report/display-width.js';
import { evaluate } from '../../src/score/index.js';
import { fixtureCatalog, fixtureConfig, fixtureUnits } from '../score/fixture-org.js';

const result = evaluate(
  { config: fixtureConfig(), catalog: fixtureCatalog, units: fixtureUnits() },
  '2020-06-30',
);

describe('check formatters', () => {
  it('json has exactly the documented keys, in order, without internal fields', () => {
    const json = JSON.parse(JSON.stringify(checkJson(result, 'zh')));
    expect(Object.keys(json)).toEqual(['org', 'year', 'asOf', 'catalog', 'score', 'units', 'findings']);
    expect(Object.keys(json.units[0])).toEqual(['id', 'name', 'score', 'indicators']);
    expect(Object.keys(json.units[0].indicators[0])).toEqual([
      'id',
      'score',
      'max',
      'status',
      'events',
      'rules',
    ]);
    expect(Object.keys(json.units[0].indicators[0].rules[0])).toEqual([
      'rule',
      'state',
      'have',
      'need',
      'due',
    ]);
    expect(json.findings[0]).toEqual({
      severity: 'error',
      code: 'rule/overdue',
      unit: 'jgdw',
      indicator: 2,
      path: '局机关党委/02 指标2',
      message: expect.stringContaining('第2项'),
    });
    const unowned = json.findings.find((f: { code: string }) => f.code === 'indicator/unowned');
    expect(Object.keys(unowned)).toEqual(['severity', 'code', 'indicator', 'message']);
    expect(JSON.stringify(json)).not.toContain('"spec"');
    expect(JSON.stringify(json)).not.toContain('"pace"');
  });

  it('renders messages in English with --lang en', () => {
    const json = checkJson(result, 'en') as { findings: { message: string }[] };
    expect(json.findings[0]!.message).toMatch(/^Indicator 2 "指标2": .*overdue/);
  });

  it('github annotates overdue and behind items on the indicator folder', () => {
    const lines = formatCheckGithub(result, 'zh').trimEnd().split('\n');
    const annotations = lines.filter((l) => /^::(error|warning) file=/.test(l));
    const expected = result.findings.filter((f) => f.code === 'rule/overdue' || f.code === 'rule/behind');
    expect(annotations).toHaveLength(expected.length);
    expect(annotations[0]).toMatch(/^::error file=局机关党委\/02 指标2,title=局机关党委 逾期::第2项/);
    expect(lines.at(-1)).toMatch(/^::notice::.*3\.67 \/ 9/);
  });

  it('github also names the indicators nobody owes, and counts the filing problems as the text does', () => {
    const filing = {
      severity: 'warning' as const,
      code: 'name/no-date',
      unit: 'zb1',
      path: 'x.pdf',
      data: {},
    };
    const withScan = { ...result, findings: [...result.findings, filing, { ...filing, path: 'y.pdf' }] };
    const lines = formatCheckGithub(withScan, 'zh').trimEnd().split('\n');
    const unowned = result.findings.filter((f) => f.code === 'indicator/unowned');
    expect(unowned.length).toBeGreaterThan(0);
    expect(lines.filter((l) => l.startsWith('::warning::'))).toHaveLength(unowned.length);
    expect(lines).toContain('::notice::另有 2 条材料整理问题（命名、位置等），运行 dangjian lint 查看。');
    const text = formatCheckText(withScan, fixtureCatalog, { lang: 'zh', paint: plain, rollup: 'mean' });
    expect(text).toContain('另有 2 条材料整理问题');
    expect(formatCheckGithub(result, 'zh')).not.toContain('材料整理问题');
  });

  it('text: a table per unit, 扣分说明 and 本月待办 most urgent first, then the roll-up', () => {
    const text = formatCheckText(result, fixtureCatalog, { lang: 'zh', paint: plain, rollup: 'mean' });
    for (const word of [
      '局机关党委  自评分 3 / 4',
      '扣分说明（共扣 1 分）',
      '本月和下月待办（7月31日前）',
      '全局汇总',
    ]) {
      expect(text).toContain(word);
    }
    expect(text).toContain('3.67 / 9');
    const zb2 = text.slice(text.indexOf('第二党支部  自评分'));
    const todo = zb2.slice(zb2.indexOf('本月和下月待办'), zb2.indexOf('全局汇总'));
    expect(todo.indexOf('[逾期]')).toBeGreaterThan(0);
    expect(todo.indexOf('[逾期]')).toBeLessThan(todo.indexOf('[落后]'));
    expect(zb2).toContain('不适用（本支部不涉及）');
    // Aligned for CJK widths and readable in 80 columns.
    const rows = text.split('\n').filter((l) => /^\s+\d+ 指标\d/.test(l));
    expect(new Set(rows.map((l) => displayWidth(l.slice(0, l.lastIndexOf(' ')))))).toHaveProperty('size', 1);
    for (const line of text.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  it('text says when nothing is due', () => {
    const quiet = evaluate(
      { config: fixtureConfig(), catalog: fixtureCatalog, units: fixtureUnits() },
      '2020-01-15',
      { unit: 'jgdw' },
    );
    const text = formatCheckText(quiet, fixtureCatalog, { lang: 'zh', paint: plain, rollup: 'mean' });
    expect(text).toContain('本月没有待办事项');
  });
});
