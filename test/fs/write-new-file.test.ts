// Writes are new files only, whole or not at all, on every kind of drive: also where the file system
// has no hard links (FAT32 and exFAT USB sticks, some network shares), simulated here by a link()
// that fails as it does there.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DangjianError } from '../../src/errors.js';
import { writeNewFile } from '../../src/fs/write-new-file.js';
import { tempDir } from '../helpers/make-repo.js';

const link = vi.hoisted(() => ({ error: undefined as string | undefined, calls: 0 }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    linkSync: (from: string, to: string) => {
      link.calls++;
      if (link.error) throw Object.assign(new Error(`${link.error}: link`), { code: link.error });
      return fs.linkSync(from, to);
    },
  };
});

afterEach(() => {
  link.error = undefined;
  link.calls = 0;
});

function codeOf(fn: () => void): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof DangjianError ? error.code : String(error);
  }
  return undefined;
}

describe('writeNewFile', () => {
  it('writes a new file by linking it into place', () => {
    const dir = tempDir();
    writeNewFile(join(dir, '汇编.xlsx'), '内容');
    expect(link.calls).toBe(1);
    expect(readFileSync(join(dir, '汇编.xlsx'), 'utf8')).toBe('内容');
    expect(readdirSync(dir)).toEqual(['汇编.xlsx']);
  });

  // EPERM on Linux, ENOTSUP or EISDIR (ERROR_INVALID_FUNCTION) on Windows.
  for (const error of ['EPERM', 'ENOTSUP', 'EISDIR', 'ENOSYS']) {
    it(`writes it all the same where links fail with ${error}`, () => {
      link.error = error;
      const dir = tempDir();
      writeNewFile(join(dir, '汇编.xlsx'), '内容');
      expect(link.calls).toBe(1);
      expect(readFileSync(join(dir, '汇编.xlsx'), 'utf8')).toBe('内容');
      expect(readdirSync(dir)).toEqual(['汇编.xlsx']);
    });
  }

  it('still refuses an existing file there, and leaves it as it was', () => {
    link.error = 'EPERM';
    const dir = tempDir();
    writeFileSync(join(dir, '汇编.xlsx'), '原来的');
    expect(codeOf(() => writeNewFile(join(dir, '汇编.xlsx'), '新的'))).toBe('write/exists');
    expect(readFileSync(join(dir, '汇编.xlsx'), 'utf8')).toBe('原来的');
    expect(readdirSync(dir)).toEqual(['汇编.xlsx']);
  });

  it('refuses an existing file where links work', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '汇编.xlsx'), '原来的');
    expect(codeOf(() => writeNewFile(join(dir, '汇编.xlsx'), '新的'))).toBe('write/exists');
    expect(readFileSync(join(dir, '汇编.xlsx'), 'utf8')).toBe('原来的');
    expect(readdirSync(dir)).toEqual(['汇编.xlsx']);
  });
});
