import type { MessageData, MessageTable } from '../types.js';

// Messages for YAML syntax and schema problems in any file people write (config, sidecars, catalogs).
// Each is one line that says what is wrong and what to write instead.

const hintZh = (d: MessageData) => (d.hintZh ? `。${d.hintZh}` : '');
const hintEn = (d: MessageData) => (d.hintEn ? `. ${d.hintEn}` : '');
/** The key path as written; the whole file when the problem is the file itself. */
const fieldZh = (d: MessageData) => d.field || '整个文件';
const fieldEn = (d: MessageData) => d.field || 'The whole file';
const linesZh = (d: MessageData) =>
  `第 ${String(d.lines).split(',').join('、')}${d.moreLines ? ` 等` : ''} 行`;
const linesEn = (d: MessageData) => {
  const list = String(d.lines).split(',');
  return `Line${list.length > 1 || d.moreLines ? 's' : ''} ${list.join(', ')}${d.moreLines ? ' and more' : ''}`;
};
const correctedZh = (d: MessageData, fallback?: string) =>
  d.corrected ? `，写成 ${d.corrected}` : fallback ? `，如 ${fallback}` : '';
const correctedEn = (d: MessageData, fallback?: string) =>
  d.corrected ? `: ${d.corrected}` : fallback ? `, e.g. ${fallback}` : '';
const openedZh = (d: MessageData) => (d.openLine ? `第 ${d.openLine} 行的` : '');
const openedEn = (d: MessageData) => (d.openLine ? ` on line ${d.openLine}` : '');

/** What a YAML syntax problem is and what to do, by the reason yaml-source.ts found. */
const syntaxZh: Record<string, (d: MessageData) => string> = {
  'merge-conflict': (d) =>
    `文件里还有 git 合并冲突标记（${linesZh(d)}的 <<<<<<<、=======、>>>>>>>）。请保留正确的那份内容，删掉另一份和这些标记行。`,
  'full-width-colon': (d) =>
    `${linesZh(d)}用了中文冒号「：」，请改成英文冒号「:」，冒号后空一格${correctedZh(d)}。`,
  'missing-space': (d) =>
    d.fullWidthSpace
      ? `${linesZh(d)}冒号后面是全角空格，请在英文输入法下改成半角空格${correctedZh(d)}。`
      : `${d.lines ? linesZh(d) : '这一行'}冒号后面少了空格，请在英文冒号「:」后空一格${correctedZh(d, 'year: 2020')}。`,
  'full-width-indent': (d) =>
    `${linesZh(d)}用全角空格（中文空格）缩进，YAML 只认半角空格。请删掉这些空格，在英文输入法下用空格键重新缩进（每级两个空格）。`,
  'unclosed-bracket': (d) =>
    `${openedZh(d)}${d.open === '[' ? '方括号' : '花括号'} “${d.open}” 没有配对的 “${d.close}”。请在这一项末尾补上 “${d.close}”，括号和逗号都用英文的。`,
  'unclosed-quote': (d) =>
    `${openedZh(d)}引号 ${d.quote} 没有配对。请在内容末尾补上另一个 ${d.quote}（英文引号），或删掉这个引号。`,
  indent: () =>
    '这一行的缩进和同一级的其他行对不齐。同一级的项要从同一列开始，请用空格对齐（每级两个空格）；如果这是列表中的一项，行首要写 “- ”。',
  'missing-dash': () => '列表中的这一项前面少了 “- ”。请在行首写减号加一个空格，和上面的项对齐。',
  'not-key-value': () =>
    '这一行不是 “键: 值” 的写法。请检查是否少了冒号、用了中文冒号「：」或冒号后没有空格；如果这是上一行内容的延续，请接在上一行后面。',
  'missing-comma': () => '括号里的各项之间要用英文逗号 “,” 隔开，如 [9, 30]。',
  'comment-space': () => '“#” 表示注释，前面要空一格；如果 # 是内容的一部分，请把整个值用英文引号括起来。',
  'nested-mapping': () =>
    '一行只能写一个 “键: 值”。如果值里有 “: ”，请把整个值用英文引号括起来；如果下一行是新的键，请让它和这一行的键左对齐。',
  unexpected: (d) =>
    `这里${d.char ? `的 “${d.char}”` : '有符号'}多余或放错了位置。请检查括号是否成对、逗号和 “- ” 是否多余。`,
  'reserved-start': (d) => `值不能以 “${d.char}” 开头。请把整个值用英文引号括起来，如 "${d.char}…"。`,
  'bad-escape': () => '双引号里的反斜杠 “\\” 写法不对。路径请改用正斜杠 “/”，或把双引号换成单引号。',
  'multiple-docs': () =>
    '文件里有一行 “---”，把内容分成了两份。一个文件只能写一份内容，请删掉 “---” 和多余的那份。',
  anchor: () => '“&” 和 “*” 在 YAML 里有特殊含义。如果它们是内容的一部分，请把整个值用英文引号括起来。',
  tag: () => '“!” 在 YAML 里有特殊含义。如果它是内容的一部分，请把整个值用英文引号括起来。',
  directive: () => '以 “%” 开头的行在 YAML 里有特殊含义。请删掉这一行，或在行首加 “#” 改成注释。',
  'key-too-long': () => '这一行的键太长（超过 1024 个字符）。键应该是一个短词，冒号后面才写内容。',
  other: () => 'YAML 格式有误。请检查这一行的缩进、英文冒号「:」后的空格和括号是否成对。',
};

const syntaxEn: Record<string, (d: MessageData) => string> = {
  'merge-conflict': (d) =>
    `The file still has git merge-conflict markers (<<<<<<<, =======, >>>>>>> on ${linesEn(d).toLowerCase()}). Keep the right version and delete the other and the marker lines.`,
  'full-width-colon': (d) =>
    `${linesEn(d)}: a full-width colon "：" is used. Type an ASCII colon ":" followed by a space${correctedEn(d)}.`,
  'missing-space': (d) =>
    d.fullWidthSpace
      ? `${linesEn(d)}: the colon is followed by a full-width space. Type an ordinary space${correctedEn(d)}.`
      : `${d.lines ? `${linesEn(d)}: t` : 'T'}he colon needs a space after it${correctedEn(d, 'year: 2020')}.`,
  'full-width-indent': (d) =>
    `${linesEn(d)}: indented with full-width spaces (U+3000), which YAML does not accept. Indent with ordinary spaces (two per level).`,
  'unclosed-bracket': (d) =>
    `The "${d.open}"${openedEn(d)} is never closed. Add "${d.close}" at the end of the item, using ASCII brackets and commas.`,
  'unclosed-quote': (d) =>
    `The quote ${d.quote}${openedEn(d)} is never closed. Add the closing ${d.quote} or remove the quote.`,
  indent: () =>
    'This line is not aligned with the others at its level. Items at one level start in the same column (indent with spaces, two per level); a list item starts with "- ".',
  'missing-dash': () =>
    'This list item lacks its "- ". Start the line with a dash and a space, aligned with the items above.',
  'not-key-value': () =>
    'This line is not "key: value". Check for a missing colon, a full-width colon "：" or no space after the colon; if it continues the line above, join it to that line.',
  'missing-comma': () => 'Items inside brackets are separated by ASCII commas ",", e.g. [9, 30].',
  'comment-space': () =>
    '"#" starts a comment and needs a space before it; if # belongs to the value, put the whole value in quotes.',
  'nested-mapping': () =>
    'A line holds one "key: value". If the value contains ": ", put it in quotes; if the next line is a new key, align it with this one.',
  unexpected: (d) =>
    `${d.char ? `"${d.char}"` : 'A symbol'} here is extra or misplaced. Check that brackets pair up and no comma or "- " is extra.`,
  'reserved-start': (d) =>
    `A value cannot start with "${d.char}". Put the whole value in quotes, e.g. "${d.char}…".`,
  'bad-escape': () =>
    'A backslash "\\" inside double quotes is not valid here. Write paths with "/" or use single quotes.',
  'multiple-docs': () =>
    'A "---" line splits the file in two. A file holds one document: delete the "---" and the extra part.',
  anchor: () =>
    '"&" and "*" have a special meaning in YAML. If they are part of the value, put it in quotes.',
  tag: () => '"!" has a special meaning in YAML. If it is part of the value, put it in quotes.',
  directive: () => 'A line starting with "%" has a special meaning in YAML. Delete it or start it with "#".',
  'key-too-long': () =>
    'The key on this line is over 1024 characters. A key is a short word; the content goes after the colon.',
  other: (d) =>
    `YAML syntax error: ${d.detail}. Check the indentation, the space after colons and matching brackets.`,
};

// --------------------------------------------------------------- schema values

/** Advice for a value that is empty, typed with full-width digits, or an indicator number. */
function specialZh(d: MessageData): string | undefined {
  const indicator = d.subject === 'indicator' || d.subject === 'indicators';
  const advice = indicator
    ? `请写指标序号或从小到大的范围，如 ${d.example}`
    : d.hintZh
      ? String(d.hintZh)
      : '';
  if (d.valueKind === 'empty') {
    return `${fieldZh(d)} 是空的（冒号后面没有写内容）。${advice || (d.expected ? `请写${typeZh(String(d.expected))}` : '请补上内容')}`;
  }
  if (d.valueKind === 'full-width') {
    return `${fieldZh(d)} 写的是 “${d.value}”，用了全角数字或符号。请切换到英文输入法，写成 ${d.halfWidth}`;
  }
  if (d.subject === 'indicator') return `${fieldZh(d)} 写的是 “${d.value}”，不是指标序号。${advice}`;
  if (d.subject === 'indicators')
    return `${fieldZh(d)} 写的是 “${d.value}”，这里应该是指标序号的列表。${advice}`;
  return undefined;
}

function specialEn(d: MessageData): string | undefined {
  const indicator = d.subject === 'indicator' || d.subject === 'indicators';
  const advice = indicator
    ? `Write indicator numbers or ascending ranges, e.g. ${d.example}`
    : d.hintEn
      ? String(d.hintEn)
      : '';
  if (d.valueKind === 'empty') {
    return `${fieldEn(d)} is empty (nothing after the colon). ${advice || (d.expected ? `Write ${typeEn(String(d.expected))}` : 'Fill it in')}`;
  }
  if (d.valueKind === 'full-width') {
    return `${fieldEn(d)} is "${d.value}", typed with full-width digits or symbols. Switch to an English input method and write ${d.halfWidth}`;
  }
  if (d.subject === 'indicator')
    return `${fieldEn(d)} is "${d.value}", which is not an indicator number. ${advice}`;
  if (d.subject === 'indicators')
    return `${fieldEn(d)} is "${d.value}" but should be a list of indicator numbers. ${advice}`;
  return undefined;
}

const wantsNumber = (d: MessageData) => /integer|number/.test(String(d.expected));

export const schemaMessages: MessageTable = {
  'yaml/not-utf8': {
    zh: (d) =>
      d.encoding
        ? '文件是 UTF-16 编码（记事本里叫 “Unicode”），不是 UTF-8。请用记事本打开，“另存为”时把编码选为 UTF-8。'
        : '文件不是 UTF-8 编码（可能是 GBK）。请用记事本或 WPS 打开，“另存为”时选择 UTF-8 编码。',
    en: (d) =>
      d.encoding
        ? 'The file is UTF-16 ("Unicode" in Notepad), not UTF-8. Open it in Notepad and "Save as" with encoding UTF-8.'
        : 'The file is not UTF-8 (perhaps GBK). Open it and "Save as" with UTF-8 encoding.',
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
    zh: (d) => (syntaxZh[String(d.reason)] ?? syntaxZh.other!)(d),
    en: (d) => (syntaxEn[String(d.reason)] ?? syntaxEn.other!)(d),
  },
  'yaml/tab-indent': {
    zh: () => 'YAML 不能用 Tab 缩进，请改成空格（每级两个空格）。',
    en: () => 'YAML cannot be indented with tabs; use spaces (two per level).',
  },
  'yaml/duplicate-key': {
    zh: (d) =>
      d.key !== undefined
        ? `${d.key} 写了两次${d.firstLine ? `（第 ${d.firstLine} 行已经写过）` : ''}。请删掉其中一个，或把两处的内容合并到一处。`
        : '同一个键写了两次。请删掉其中一个。',
    en: (d) =>
      d.key !== undefined
        ? `${d.key} is written twice${d.firstLine ? ` (already on line ${d.firstLine})` : ''}. Remove one, or merge the two into one.`
        : 'A key is written twice. Remove one of them.',
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
      d.valueKind === 'empty'
        ? `${fieldZh(d)} 是空的（冒号后面没有写内容），请写 ${d.allowed} 之一${hintZh(d)}`
        : `${fieldZh(d)} 写的是 “${d.value}”，只能是 ${d.allowed} 之一${d.suggestion ? `，是不是想写 ${d.suggestion}？` : '。'}`,
    en: (d) =>
      d.valueKind === 'empty'
        ? `${fieldEn(d)} is empty (nothing after the colon); write one of ${d.allowed}${hintEn(d)}`
        : `${fieldEn(d)} is "${d.value}" but must be one of ${d.allowed}${d.suggestion ? `; did you mean ${d.suggestion}?` : '.'}`,
  },
  'schema/type': {
    zh: (d) => {
      if (d.subject === 'file' && d.expected === 'object') {
        return `整个文件应该是每行一个 “键: 值”（英文冒号后空一格），现在写的是 “${d.value}”${hintZh(d)}`;
      }
      if (d.valueKind === 'quoted-number' && wantsNumber(d)) {
        return `${fieldZh(d)} 写的是带引号的 “${d.value}”，加了引号就成了文字。请去掉引号，写成 ${d.unquoted}${hintZh(d)}`;
      }
      const special = specialZh(d);
      if (special) return special;
      // Several accepted forms: the hint says what they are better than a list of type names.
      if (String(d.expected).includes(',') && d.hintZh)
        return `${fieldZh(d)} 写的是 “${d.value}”，写法不对${hintZh(d)}`;
      return `${fieldZh(d)} 写的是 “${d.value}”，这里应该是${typeZh(String(d.expected))}${hintZh(d)}`;
    },
    en: (d) => {
      if (d.subject === 'file' && d.expected === 'object') {
        return `The whole file should be lines of "key: value" (a space after the colon), but it is "${d.value}"${hintEn(d)}`;
      }
      if (d.valueKind === 'quoted-number' && wantsNumber(d)) {
        return `${fieldEn(d)} is "${d.value}" in quotes, which makes it text. Remove the quotes: ${d.unquoted}${hintEn(d)}`;
      }
      const special = specialEn(d);
      if (special) return special;
      if (String(d.expected).includes(',') && d.hintEn)
        return `${fieldEn(d)} is "${d.value}", which is not valid${hintEn(d)}`;
      return `${fieldEn(d)} is "${d.value}" but should be ${typeEn(String(d.expected))}${hintEn(d)}`;
    },
  },
  'schema/pattern': {
    zh: (d) => specialZh(d) ?? `${fieldZh(d)} 写的是 “${d.value}”，格式不对${hintZh(d)}`,
    en: (d) => specialEn(d) ?? `${fieldEn(d)} is "${d.value}", which is not in the right form${hintEn(d)}`,
  },
  'schema/range': {
    zh: (d) =>
      d.subject === 'indicator'
        ? `${fieldZh(d)} 写的是 ${d.value}，没有这个指标：指标序号${d.max ? `是 1 到 ${d.max}` : '从 1 开始'}，如 ${d.example}`
        : `${fieldZh(d)} 写的是 ${d.value}，超出了允许范围（${d.limit}）${hintZh(d)}`,
    en: (d) =>
      d.subject === 'indicator'
        ? `${fieldEn(d)} is ${d.value}, which is no indicator: indicator numbers ${d.max ? `run from 1 to ${d.max}` : 'start at 1'}, e.g. ${d.example}`
        : `${fieldEn(d)} is ${d.value}, outside the allowed range (${d.limit})${hintEn(d)}`,
  },
  'schema/size': {
    zh: (d) =>
      d.valueKind === 'empty'
        ? (specialZh(d) ?? '')
        : `${fieldZh(d)} 的长度或个数不对（${sizeZh(String(d.keyword))} ${d.limit}）${hintZh(d)}`,
    en: (d) =>
      d.valueKind === 'empty'
        ? (specialEn(d) ?? '')
        : `${fieldEn(d)} has the wrong length or number of items (${d.keyword} ${d.limit})${hintEn(d)}`,
  },
  'schema/duplicate-item': {
    zh: (d) => `${d.field} 里有重复的项，请删去重复的${hintZh(d)}`,
    en: (d) => `${d.field} has a duplicate item; remove it${hintEn(d)}`,
  },
  'schema/invalid': {
    zh: (d) => specialZh(d) ?? `${fieldZh(d)} 写的是 “${d.value}”，写法不对${hintZh(d)}`,
    en: (d) => specialEn(d) ?? `${fieldEn(d)} is "${d.value}", which is not valid (${d.detail})${hintEn(d)}`,
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
