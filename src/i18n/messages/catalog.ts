import type { MessageData, MessageTable } from '../types.js';

// Messages about indicator catalogs: loading problems, rules in plain words, and `dangjian indicators`.

const perZh: Record<string, string> = { year: '全年', half: '每半年', quarter: '每季度', month: '每月' };
const perEn: Record<string, string> = {
  year: 'a year',
  half: 'every half year',
  quarter: 'a quarter',
  month: 'a month',
};
const scopeZh: Record<string, string> = { catalog: '整个目录', section: '类型', category: '类别' };
const whatZh: Record<string, string> = { indicators: '项数', points: '分值' };
const unitZh: Record<string, string> = { indicators: '项', points: '分' };
const monthsEn = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const name = (d: MessageData) => (d.scope === 'catalog' ? '' : `“${d.name}”`);
const suggestZh = (d: MessageData) => (d.suggestion ? `，是不是想写 ${d.suggestion}？` : '。');
const suggestEn = (d: MessageData) => (d.suggestion ? `; did you mean ${d.suggestion}?` : '.');

export const catalogMessages: MessageTable = {
  // ------------------------------------------------------------------ loading
  'catalog/not-found': {
    zh: (d) =>
      `找不到指标目录 ${d.ref}（${d.path} 不存在）。可以写内置目录的编号（${d.builtins}），或一个目录 YAML 文件的路径。`,
    en: (d) =>
      `Catalog ${d.ref} not found (${d.path} does not exist). Use a built-in id (${d.builtins}) or the path of a catalog YAML file.`,
  },
  'catalog/sum-mismatch': {
    zh: (d) =>
      `${scopeZh[String(d.scope)] ?? d.scope}${name(d)}声明 ${d.declared} ${unitZh[String(d.what)]}，但下面各项指标合计 ${d.actual} ${unitZh[String(d.what)]}。请核对${whatZh[String(d.what)]}，改正声明或指标。`,
    en: (d) =>
      `The ${d.scope}${d.scope === 'catalog' ? '' : ` "${d.name}"`} declares ${d.declared} ${d.what}, but its indicators add up to ${d.actual}. Correct the declaration or the indicators.`,
  },
  'catalog/duplicate-id': {
    zh: (d) => `指标序号 ${d.id} 重复了（第 ${d.firstLine} 行已经用过）。每项指标的序号必须不同。`,
    en: (d) =>
      `Indicator id ${d.id} is used twice (first on line ${d.firstLine}). Each indicator needs its own id.`,
  },
  'catalog/unknown-kind': {
    zh: (d) => `规则里的材料类型“${d.kind}”不在 kinds 词表中${suggestZh(d)}也可以把它加进 kinds 词表。`,
    en: (d) =>
      `The rule names the kind "${d.kind}", which is not in the kinds vocabulary${suggestEn(d)} Or add it to kinds.`,
  },
  'catalog/duplicate-kind-word': {
    zh: (d) =>
      `类型词“${d.word}”同时出现在“${d.kind}”和“${d.other}”两个类型里，文件名会无法判断。请只保留一处。`,
    en: (d) =>
      `The word "${d.word}" belongs to both kinds "${d.kind}" and "${d.other}"; keep it in one only.`,
  },
  'catalog/bad-due': {
    zh: (d) => `日期 '${d.by}' 不存在。请写成 '月-日'，如 '07-01'。`,
    en: (d) => `The date '${d.by}' does not exist. Write 'MM-DD', e.g. '07-01'.`,
  },
  'catalog/unknown-indicator': {
    zh: (d) => `指标目录 ${d.catalog} 里没有第 ${d.id} 项指标。可选的序号是 ${d.ids}。`,
    en: (d) => `Catalog ${d.catalog} has no indicator ${d.id}. Available: ${d.ids}.`,
  },
  // ------------------------------------------------------------------ rules in plain words
  'catalog/rule-require': {
    zh: (d) => `要有${d.kind}`,
    en: (d) => `at least one ${d.kind}`,
  },
  'catalog/rule-any-of': {
    zh: (d) => `要有${d.kinds}之一`,
    en: (d) => `at least one of ${d.kinds}`,
  },
  'catalog/rule-min-events': {
    zh: (d) => `${perZh[String(d.per)] ?? d.per}至少 ${d.count} 次${d.kind ?? '活动'}`,
    en: (d) =>
      `at least ${d.count} ${d.kind ?? (d.count === 1 ? 'event' : 'events')} ${perEn[String(d.per)] ?? d.per}`,
  },
  'catalog/rule-due': {
    zh: (d) => `${d.month}月${d.day}日前要有${d.kind ?? '一次活动'}`,
    en: (d) => `${d.kind ?? 'an event'} by ${monthsEn[Number(d.month) - 1] ?? d.month} ${d.day}`,
  },
  // ------------------------------------------------------------------ dangjian indicators
  'catalog/heading-id': { zh: () => '序号', en: () => 'No.' },
  'catalog/heading-title': { zh: () => '指标', en: () => 'Indicator' },
  'catalog/heading-points': { zh: () => '分值', en: () => 'Pts' },
  'catalog/heading-evidence': { zh: () => '支撑材料', en: () => 'Evidence' },
  'catalog/count': {
    zh: (d) => `${d.indicators}项${d.points}分`,
    en: (d) => `${d.indicators} items, ${d.points} pts`,
  },
  'catalog/subtotal': {
    zh: (d) => `小计：${d.indicators}项 ${d.points}分`,
    en: (d) => `Subtotal: ${d.indicators} items, ${d.points} points`,
  },
  'catalog/total': {
    zh: (d) => `合计：${d.indicators}项 ${d.points}分`,
    en: (d) => `Total: ${d.indicators} items, ${d.points} points`,
  },
  'catalog/inferred': { zh: () => '（标题系推断）', en: () => ' (name inferred)' },
  'catalog/rule-any-event': { zh: () => '至少要有一次活动材料', en: () => 'at least one event' },
  'catalog/more': {
    zh: () => '查看某项指标的全文：dangjian indicators <序号>',
    en: () => 'One indicator in full: dangjian indicators <id>',
  },
  'catalog/more-kinds': {
    zh: () => '查看文件名里可写的材料类型：dangjian indicators --kinds',
    en: () => 'Evidence kinds for file names: dangjian indicators --kinds',
  },
  'catalog/kinds-title': {
    zh: (d) => `材料类型（指标目录 ${d.catalog}）：文件名里日期后面写的词`,
    en: (d) => `Evidence kinds (catalog ${d.catalog}): the word after the date in a file name`,
  },
  'catalog/kinds-words': { zh: (d) => `也可写：${d.words}`, en: (d) => `also: ${d.words}` },
  'catalog/kinds-extensions': {
    zh: (d) => `活动文件夹里这些扩展名的文件自动算作此类：${d.ext}`,
    en: (d) => `files with these extensions inside an event folder count as this kind: ${d.ext}`,
  },
  'catalog/kinds-none': { zh: () => '只写这个词本身', en: () => 'only this word itself' },
  'catalog/kinds-footer': {
    zh: () =>
      '以这些词结尾的复合词也能识别，如“教育计划”算作计划、“警示教育记录”算作记录。例：2020-03-15 学习记录 第一次专题学习.pdf',
    en: () =>
      'Compound words ending in a kind are recognised too (教育计划 counts as 计划). Example: 2020-03-15 学习记录 第一次专题学习.pdf',
  },
  'catalog/indicator-heading': {
    zh: (d) => `第 ${d.id} 项  ${d.title}（${d.points}分）`,
    en: (d) => `Indicator ${d.id}  ${d.title} (${d.points} pts)`,
  },
  'catalog/label-section': { zh: () => '类型', en: () => 'Section' },
  'catalog/label-category': { zh: () => '内容', en: () => 'Category' },
  'catalog/label-text': { zh: () => '考评要素', en: () => 'Criterion' },
  'catalog/label-points': { zh: () => '分值', en: () => 'Points' },
  'catalog/label-evidence': { zh: () => '支撑材料', en: () => 'Evidence' },
  'catalog/label-guidance': { zh: () => '落实要点', en: () => 'Guidance' },
  'catalog/label-rules': { zh: () => '考核规则', en: () => 'Rules' },
  'catalog/label-note': { zh: () => '说明', en: () => 'Note' },
  'catalog/label-type': { zh: () => '性质', en: () => 'Type' },
  'catalog/type-bonus': { zh: () => '加分项', en: () => 'bonus' },
  'catalog/type-deduction': { zh: () => '扣分项', en: () => 'deduction' },
  'catalog/veto': { zh: () => '一票否决', en: () => 'veto' },
  'catalog/examples': {
    zh: (d) => `文件命名示例（放在“${d.folder}”文件夹里）：`,
    en: (d) => `Example file names (in the folder "${d.folder}"):`,
  },
};
