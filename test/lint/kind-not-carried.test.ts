// An event folder named for a kind a rule counts, holding no file of that kind (photos only, or
// the minutes named with a more general word): the event does not count for that rule, so say so.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeRepo } from '../helpers/make-repo.js';

const FOLDER = '第一党支部/05 专题学习';

async function findings(files: Record<string, string>) {
  const dir = makeRepo({ files, git: true });
  const r = await runCli(['lint', dir, '--format', 'json']);
  return (
    JSON.parse(r.stdout) as { findings: { code: string; path?: string; message: string }[] }
  ).findings.filter((f) => f.code === 'event/kind-not-carried');
}

describe('event/kind-not-carried', () => {
  it('photos only in a 学习记录 folder, where 5 counts 学习记录: a warning naming what is there', async () => {
    const event = `${FOLDER}/2020-01-15 学习记录 第一次专题学习`;
    const found = await findings({ [`${event}/IMG_0101.jpg`]: 'a', [`${event}/IMG_0102.jpg`]: 'b' });
    expect(found.map((f) => f.path)).toEqual([event]);
    expect(found[0]!.message).toContain('现有：图片');
  });

  it('minutes named 记录.docx in a 学习记录 folder: the same, and the advice to name it', async () => {
    const event = `${FOLDER}/2020-01-15 学习记录 第一次专题学习`;
    const found = await findings({ [`${event}/记录.docx`]: 'a' });
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('学习记录.pdf');
  });

  it('no warning when a file carries the kind, or when the rule takes another kind the event has', async () => {
    expect(await findings({ [`${FOLDER}/2020-01-15 学习记录 第一次/学习记录.docx`]: 'a' })).toEqual([]);
    // 33 takes 记录, 学习记录 or 会议记录: a 记录 folder holding 会议记录 counts.
    expect(await findings({ '第一党支部/33 培训/2020-06-29 记录 转正大会/会议记录.docx': 'a' })).toEqual([]);
    // No rule of 5 counts 资料: the folder's kind is only a label.
    expect(await findings({ [`${FOLDER}/2020-01-15 资料 集训/IMG_1.jpg`]: 'a' })).toEqual([]);
  });
});
