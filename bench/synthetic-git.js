// The git history of a synthetic organisation: a set-up commit, then one commit per month-end.
import { spawnSync } from 'node:child_process';
import { DAYS_IN_MONTH, pad, YEAR } from './synthetic-plan.js';

function git(root, args, env, input) {
  const result = spawnSync('git', ['--literal-pathspecs', ...args], {
    cwd: root,
    env,
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr || result.error}`);
  return result.stdout;
}

/** One commit for the set-up, then one per month-end with what was dated that month. */
export function commitByMonth(root, files) {
  const base = {
    ...process.env,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: 'gc.auto',
    GIT_CONFIG_VALUE_0: '0',
    GIT_AUTHOR_NAME: '组织委员',
    GIT_AUTHOR_EMAIL: 'zuzhi@example.invalid',
    GIT_COMMITTER_NAME: '组织委员',
    GIT_COMMITTER_EMAIL: 'zuzhi@example.invalid',
  };
  git(root, ['-c', 'init.defaultBranch=main', 'init', '-q'], base);
  for (let month = 0; month <= 12; month++) {
    const paths = files.filter((f) => f.month === month).map((f) => f.path);
    if (paths.length === 0) continue;
    const date = month === 0 ? `${YEAR}-01-02` : `${YEAR}-${pad(month)}-${pad(DAYS_IN_MONTH[month - 1])}`;
    const env = {
      ...base,
      GIT_AUTHOR_DATE: `${date}T18:00:00+08:00`,
      GIT_COMMITTER_DATE: `${date}T18:00:00+08:00`,
    };
    // update-index takes paths as they are; `git add` with thousands of pathspecs is quadratic.
    git(root, ['update-index', '--add', '-z', '--stdin'], env, `${paths.join('\0')}\0`);
    const message = month === 0 ? '建立台账仓库' : `${YEAR}年${month}月材料`;
    git(root, ['-c', 'core.hooksPath=/dev/null', 'commit', '-q', '--no-gpg-sign', '-m', message], env);
  }
  // Packed once at the end, as a cloned repo would be (auto gc mid-way would repack it again and again).
  git(root, ['gc', '--quiet'], base);
  // Files written in the same second as the index are "racily clean": every `git status` would
  // re-read them. A user's repo is not like that, so wait a second and refresh the index once.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1100);
  git(root, ['update-index', '-q', '--really-refresh'], base);
}
