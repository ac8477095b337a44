// A throw-away copy of the example organisation, made into a committed git repo, as a user would have it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { commitAll } from '../helpers/make-repo.js';

export const exampleDir = fileURLToPath(new URL('../../examples/示例机关党委', import.meta.url));

/** Copy the example into a fresh temp dir and commit it, so lint sees no uncommitted evidence. */
export function copyExample(): string {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'dangjian-e2e-'));
  const root = path.join(parent, '示例机关党委');
  fs.cpSync(exampleDir, root, { recursive: true });
  commitAll(root);
  return root;
}

export function removeCopy(root: string): void {
  fs.rmSync(path.dirname(root), { recursive: true, force: true });
}
