// The git history of a synthetic organisation: a set-up commit, then one commit per month-end.
// Written with `git fast-import` (one process, one pack): `git add`/`commit` on 94k files takes minutes.
import { spawnSync } from 'node:child_process';
import { DAYS_IN_MONTH, pad, YEAR } from './synthetic-plan.js';

const PERSON = '组织委员 <zuzhi@example.invalid>';

function git(root, args, input) {
  const result = spawnSync('git', args, {
    cwd: root,
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
    input,
    maxBuffer: 1 << 30,
  });
  if (result.status !== 0) throw new Error(`git ${args[0]} failed: ${result.stderr || result.error}`);
  return result.stdout;
}

/** A fast-import `data` block: byte length, then the bytes. */
const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;

/** A fast-import path: quoted C-style only when it must be. */
const quotePath = (path) => (/^"|[\n\\]/.test(path) ? JSON.stringify(path) : path);

/**
 * One commit for the set-up, then one per month-end with what was dated that month.
 * @param {string} root
 * @param {{ path: string, month: number, content: string }[]} files
 */
export function commitByMonth(root, files) {
  const started = Date.now();
  git(root, ['-c', 'init.defaultBranch=main', 'init', '-q']);
  const stream = [];
  let previous = 0;
  for (let month = 0; month <= 12; month++) {
    const batch = files.filter((f) => f.month === month);
    if (batch.length === 0) continue;
    const date = month === 0 ? `${YEAR}-01-02` : `${YEAR}-${pad(month)}-${pad(DAYS_IN_MONTH[month - 1])}`;
    const when = `${Date.parse(`${date}T18:00:00+08:00`) / 1000} +0800`;
    const message = month === 0 ? '建立台账仓库' : `${YEAR}年${month}月材料`;
    stream.push(`commit refs/heads/main\nmark :${month + 1}\n`);
    stream.push(`author ${PERSON} ${when}\ncommitter ${PERSON} ${when}\n${data(`${message}\n`)}`);
    if (previous) stream.push(`from :${previous}\n`);
    for (const file of batch) stream.push(`M 100644 inline ${quotePath(file.path)}\n${data(file.content)}`);
    stream.push('\n');
    previous = month + 1;
  }
  stream.push('done\n');
  git(root, ['fast-import', '--quiet', '--done'], stream.join(''));
  // Files written in the same second as the index are "racily clean" and every `git status` would
  // re-read them; a user's repo is not like that. So index only once the files are a second old.
  const wait = 1100 - (Date.now() - started);
  if (wait > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, wait);
  git(root, ['read-tree', 'main']);
  git(root, ['update-index', '-q', '--refresh']);
}
