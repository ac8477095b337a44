import type { Lang } from '../types.js';
import { catalogMessages } from './messages/catalog.js';
import { checkMessages } from './messages/check.js';
import { common, writeMessages } from './messages/common.js';
import { compileMessages } from './messages/compile.js';
import { repoMessages } from './messages/repo.js';
import { schemaMessages } from './messages/schema.js';
import { setupMessages } from './messages/setup.js';
import type { MessageData, MessageTable } from './types.js';

export type { MessageData, MessageTable } from './types.js';

/** One table of every message, merged from the per-area files. A code defined twice is a bug. */
export const messages: MessageTable = mergeTables([
  common,
  writeMessages,
  schemaMessages,
  catalogMessages,
  repoMessages,
  setupMessages,
  checkMessages,
  compileMessages,
]);

function mergeTables(tables: MessageTable[]): MessageTable {
  const out: MessageTable = {};
  for (const table of tables) {
    for (const [code, entry] of Object.entries(table)) {
      if (code in out) throw new Error(`message code defined twice: ${code}`);
      out[code] = entry;
    }
  }
  return out;
}

/** Render a message code in the chosen language; an unknown code shows itself so nothing is lost. */
export function t(lang: Lang, code: string, data: MessageData = {}): string {
  const entry = messages[code];
  if (!entry) return `${code} ${JSON.stringify(data)}`;
  return entry[lang](data);
}

/** `--lang` wins; then an English `LANG`/`LC_ALL`/`LC_MESSAGES`; Chinese by default. */
export function detectLang(flag: string | undefined, env: Record<string, string | undefined>): Lang {
  if (flag === 'en' || flag === 'zh') return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(locale) ? 'en' : 'zh';
}
