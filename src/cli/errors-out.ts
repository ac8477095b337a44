// Render a known error as one clear line per problem; an unknown error is a bug and says so.
import { isDangjianError, ProblemsError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Lang } from '../types.js';
import type { TextSink } from './context.js';

export function reportError(error: unknown, lang: Lang, stderr: TextSink, debug: boolean): number {
  if (error instanceof ProblemsError) {
    for (const p of error.problems) {
      const where = p.line ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
      stderr.write(`${where}: ${t(lang, p.code, p.data)}\n`);
    }
    if (error.problems.length > 1) stderr.write(`${t(lang, error.code, error.data)}\n`);
    return error.exitCode;
  }
  if (isDangjianError(error)) {
    stderr.write(`${t(lang, error.code, error.data)}\n`);
    if (debug && error.stack) stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  stderr.write(`${t(lang, 'error/internal', { message })}\n`);
  if (debug && error instanceof Error && error.stack) stderr.write(`${error.stack}\n`);
  return 2;
}
