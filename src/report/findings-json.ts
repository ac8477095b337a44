// `lint --format json`: `{ "findings": [ {severity, code, unit?, indicator?, path?, line?, column?, message} ] }`.
import type { Finding, Lang } from '../types.js';
import { findingJson } from './check-json.js';
import { sortFindings } from './findings-sort.js';

export function formatFindingsJson(findings: Finding[], ctx: { lang: Lang }): string {
  const out = sortFindings(findings).map((f) => {
    const { message, ...rest } = findingJson(f, ctx.lang) as { message: string };
    // Sidecar problems have a line; keep it next to the path, before the message.
    return {
      ...rest,
      ...(f.line !== undefined ? { line: f.line } : {}),
      ...(f.column !== undefined ? { column: f.column } : {}),
      message,
    };
  });
  return `${JSON.stringify({ findings: out }, null, 2)}\n`;
}
