import { describe, expect, it } from 'vitest';
import { readSimpleSidecar } from '../../src/repo/simple-sidecar.js';
import { locate, parseYaml } from '../../src/validate/yaml-source.js';

/** What the YAML parser makes of the same text: the simple reader must agree whenever it answers. */
function viaYaml(text: string) {
  const source = parseYaml('x.yaml', text);
  const value = (source.value ?? {}) as Record<string, unknown>;
  const positions = new Map(Object.keys(value).map((k) => [k, locate(source, [k])]));
  return { value, positions };
}

const simple = [
  '同时计入: [24, 27]\n',
  '同时计入: [9,30]',
  '同时计入:   [ 1 , 2 ,3 ]  \r\n',
  '同时计入: []\n',
  'also_counts_for: [5]\n',
  '责任人: 王芳\n',
  '责任人: 王芳\n备注: 第二季度补齐\n',
  '\n不适用: 本年度无执纪审查案例（已报备）\n\n',
  '备注: 见PPT第2页\n',
  '备注: 第3次 会议 2020年\n',
  '',
];

const notSimple = [
  '同时计入: [24, 27] # 注释\n',
  '同时计入: 9\n',
  '同时计入: [09, 1]\n',
  '同时计入: ["9", 1]\n',
  '同时计入:\n  - 9\n',
  '责任人: [张三, 李四]\n',
  '责任人: Wang Fang\n',
  '责任人: 王芳 #备注\n',
  '责任人: 王  芳\n',
  '责任人: "王芳"\n',
  '责任人: 王芳\n责任人: 李四\n',
  'owner: true\n',
  '备注: 2020\n',
  '备注: 2020年 第3次 会议\n',
  '不适用:本年度无\n',
  ' 责任人: 王芳\n',
  '---\n责任人: 王芳\n',
  '负责人: 王芳\n',
  '责任人: 王芳: 组织委员\n',
  '责任人: 王芳\r李四\n',
];

describe('readSimpleSidecar', () => {
  it.each(simple)('reads %j exactly as the YAML parser does, positions included', (text) => {
    const got = readSimpleSidecar(text);
    expect(got).toBeDefined();
    expect(got).toEqual(viaYaml(text));
  });

  it.each(notSimple)('leaves %j to the YAML parser', (text) => {
    expect(readSimpleSidecar(text)).toBeUndefined();
  });
});
