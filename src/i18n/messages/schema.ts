import type { MessageData, MessageTable } from '../types.js';

// Messages for YAML syntax and schema problems in any file people write (config, sidecars, catalogs).

const hintZh = (d: MessageData) => (d.hintZh ? `。${d.hintZh}` : '');
const hintEn = (d: MessageData) => (d.hintEn ? `. ${d.hintEn}` : '');

export const schemaMessages: MessageTable = {
  'yaml/not-utf8': {
    zh: () => '文件不是 UTF-8 编码（可能是 GBK）。请用记事本或 WPS 打开，“另存为”时选择 UTF-8 编码。',
    en: () => 'The file is not UTF-8 (perhaps GBK). Open it and "Save as" with UTF-8 encoding.',
  },
  'yaml/too-large': {
    zh: (d) => `文件太大（超过 ${d.limit} 字节），不像是手写的配置。请检查是否放错了文件。`,
    en: (d) =>
      `The file is too large (over ${d.limit} bytes) to be a hand-written config. Check it is the right file.`,
  },
  'yaml/not-a-file': {
    zh: () => '这不是一个普通文件（可能是文件夹或特殊文件），无法读取。请换成用记事本或 WPS 保存的文本文件。',
    en: () =>
      'This is not a regular file (a folder or a special file) and cannot be read. Use a plain text file.',
  },
  'yaml/unreadable': {
    zh: (d) => `无法读取这个文件（${d.detail}）。请检查文件权限，或它是否被其他程序占用。`,
    en: (d) =>
      `Cannot read this file (${d.detail}). Check its permissions and that no other program holds it.`,
  },
  'yaml/empty': {
    zh: () => '文件是空的（或只有注释）。请按说明写入内容，或参照内置的指标体系文件 indicators/2020.yaml。',
    en: () => 'The file is empty (or only comments). Write its content, e.g. following indicators/2020.yaml.',
  },
  'yaml/syntax': {
    zh: (d) => `YAML 格式有误：${d.detail}。请检查缩进、冒号后的空格和括号是否成对。`,
    en: (d) =>
      `YAML syntax error: ${d.detail}. Check indentation, the space after colons and matching brackets.`,
  },
  'yaml/tab-indent': {
    zh: () => 'YAML 不能用 Tab 缩进，请改成空格（每级两个空格）。',
    en: () => 'YAML cannot be indented with tabs; use spaces (two per level).',
  },
  'yaml/duplicate-key': {
    zh: (d) => `同一个键写了两次：${d.detail}。请删掉其中一个。`,
    en: (d) => `A key is written twice: ${d.detail}. Remove one of them.`,
  },
  'yaml/alias-bomb': {
    zh: () => '文件里的 YAML 别名（& 和 *）太多，已拒绝读取。请不要使用别名，直接写出内容。',
    en: () => 'Too many YAML aliases (& and *); refused. Write the content out instead of using aliases.',
  },
  'schema/unknown-key': {
    zh: (d) =>
      `不认识的键 ${d.key}${d.suggestion ? `，是不是想写 ${d.suggestion}？` : '。'}${d.known ? `这里可以写：${d.known}。` : ''}`,
    en: (d) =>
      `Unknown key ${d.key}${d.suggestion ? `; did you mean ${d.suggestion}?` : '.'}${d.known ? ` Allowed here: ${d.known}.` : ''}`,
  },
  'schema/required': {
    zh: (d) => `缺少 ${d.field}，请补上${hintZh(d)}`,
    en: (d) => `${d.field} is missing; add it${hintEn(d)}`,
  },
  'schema/enum': {
    zh: (d) =>
      `${d.field} 写的是 “${d.value}”，只能是 ${d.allowed} 之一${d.suggestion ? `，是不是想写 ${d.suggestion}？` : '。'}`,
    en: (d) =>
      `${d.field} is "${d.value}" but must be one of ${d.allowed}${d.suggestion ? `; did you mean ${d.suggestion}?` : '.'}`,
  },
  'schema/type': {
    zh: (d) => `${d.field} 写的是 “${d.value}”，这里应该是${typeZh(String(d.expected))}${hintZh(d)}`,
    en: (d) => `${d.field} is "${d.value}" but should be ${typeEn(String(d.expected))}${hintEn(d)}`,
  },
  'schema/pattern': {
    zh: (d) => `${d.field} 写的是 “${d.value}”，格式不对${hintZh(d)}`,
    en: (d) => `${d.field} is "${d.value}", which is not in the right form${hintEn(d)}`,
  },
  'schema/range': {
    zh: (d) => `${d.field} 写的是 ${d.value}，超出了允许范围（${d.limit}）${hintZh(d)}`,
    en: (d) => `${d.field} is ${d.value}, outside the allowed range (${d.limit})${hintEn(d)}`,
  },
  'schema/size': {
    zh: (d) => `${d.field} 的长度或个数不对（${sizeZh(String(d.keyword))} ${d.limit}）${hintZh(d)}`,
    en: (d) => `${d.field} has the wrong length or number of items (${d.keyword} ${d.limit})${hintEn(d)}`,
  },
  'schema/duplicate-item': {
    zh: (d) => `${d.field} 里有重复的项，请删去重复的${hintZh(d)}`,
    en: (d) => `${d.field} has a duplicate item; remove it${hintEn(d)}`,
  },
  'schema/invalid': {
    zh: (d) => `${d.field} 写的是 “${d.value}”，写法不对${hintZh(d)}`,
    en: (d) => `${d.field} is "${d.value}", which is not valid (${d.detail})${hintEn(d)}`,
  },
};

function typeZh(type: string): string {
  const names: Record<string, string> = {
    string: '一段文字',
    number: '一个数字',
    integer: '一个整数',
    boolean: 'true 或 false',
    array: '一个列表（如 [1, 2] 或每行以 - 开头）',
    object: '若干 “键: 值”',
    null: '空',
  };
  return type
    .split(',')
    .map((t) => names[t] ?? t)
    .join('或');
}

function typeEn(type: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping of keys to values',
  };
  return type
    .split(',')
    .map((t) => names[t] ?? t)
    .join(' or ');
}

function sizeZh(keyword: string): string {
  const names: Record<string, string> = {
    minItems: '至少',
    maxItems: '至多',
    minLength: '至少',
    maxLength: '至多',
    minProperties: '至少',
    maxProperties: '至多',
  };
  return names[keyword] ?? keyword;
}
