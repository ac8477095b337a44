// Render a known error as one clear line per problem; an unknown error is a bug and says so.
import { type ErrorData, isDangjianError, ProblemsError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Lang } from '../types.js';
import { visibleText } from '../visible-text.js';
import type { TextSink } from './context.js';

export function reportError(error: unknown, lang: Lang, stderr: TextSink, debug: boolean): number {
  if (error instanceof ProblemsError) {
    for (const p of error.problems) {
      const file = visibleText(p.file);
      const where = p.line ? `${file}:${p.line}:${p.column ?? 1}` : file;
      stderr.write(`${where}: ${t(lang, p.code, visible(p.data))}\n`);
    }
    if (error.problems.length > 1) stderr.write(`${t(lang, error.code, error.data)}\n`);
    return error.exitCode;
  }
  if (isDangjianError(error)) {
    stderr.write(`${t(lang, error.code, visible(error.data))}\n`);
    if (debug && error.stack) stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  const message = visibleText(error instanceof Error ? error.message : String(error));
  stderr.write(`${t(lang, 'error/internal', { message })}\n`);
  if (debug && error instanceof Error && error.stack) stderr.write(`${error.stack}\n`);
  return 2;
}

/** Values from files and flags may hold control characters; they are shown, never acted on. */
function visible(data: ErrorData): ErrorData {
  const out: ErrorData = {};
  for (const [key, value] of Object.entries(data))
    out[key] = typeof value === 'string' ? visibleText(value) : value;
  return out;
}
