import type { MessageData, MessageTable } from '../types.js';

const whyZh: Record<string, (d: MessageData) => string> = {
  empty: () => '是空的',
  dots: () => '只有句点',
  'illegal-char': (d) => `含有 Windows 不允许的字符 ${d.char}（可改用全角字符，如“：”“？”）`,
  edge: () => '开头或结尾有空格或句点（Windows 会出错，请去掉）',
  reserved: () => '是 Windows 的保留名称，请换一个',
};
const whyEn: Record<string, (d: MessageData) => string> = {
  empty: () => 'is empty',
  dots: () => 'is only dots',
  'illegal-char': (d) => `contains ${d.char}, which Windows does not allow in names`,
  edge: () => 'starts or ends with a space or a dot (Windows cannot handle it)',
  reserved: () => 'is a reserved name on Windows',
};
const why = (table: typeof whyZh, d: MessageData) =>
  (table[String(d.problem)] ?? (() => String(d.problem)))(d);

/** Messages of `init` and `add`. */
export const setupMessages: MessageTable = {
  // ------------------------------------------------------------------ init
  'init/target-is-file': {
    zh: (d) => `${d.path} 是一个文件，不是文件夹。请指定一个文件夹（可以是还不存在的新文件夹）。`,
    en: (d) => `${d.path} is a file, not a folder. Give a folder (a new one is fine).`,
  },
  'init/inside-repo': {
    zh: (d) =>
      `${d.path} 位于已有的台账仓库 ${d.root} 之内，不能在其中再新建一个。要补齐缺少的文件夹，请在 ${d.root} 运行 dangjian init。`,
    en: (d) =>
      `${d.path} is inside the evidence repo ${d.root}; a repo cannot be created within another. To fill in missing folders, run dangjian init in ${d.root}.`,
  },
  'init/bad-unit-name': {
    zh: (d) => `单位名称“${d.name}”不能用作文件夹名：它${why(whyZh, d)}。`,
    en: (d) => `The unit name "${d.name}" cannot be a folder name: it ${why(whyEn, d)}.`,
  },
  'init/duplicate-unit': {
    zh: (d) => `--unit 写了两次“${d.name}”，每个单位只写一次。`,
    en: (d) => `--unit "${d.name}" is given twice; name each unit once.`,
  },
  'init/units-differ-in-case': {
    zh: (d) =>
      `--unit “${d.name}”和“${d.other}”只差字母大小写，在 Windows 上是同一个文件夹。请改掉其中一个，没有写入任何内容。`,
    en: (d) =>
      `--unit "${d.name}" and "${d.other}" differ only in letter case: on Windows they are one folder. Change one of them; nothing was written.`,
  },
  'init/reserved-unit-name': {
    zh: (d) =>
      `单位名称“${d.name}”不能用作单位文件夹：${d.dir} 是工具自用或系统保留的文件夹（dangjian lint 会报错）。请换一个名称，没有写入任何内容。`,
    en: (d) =>
      `The unit name "${d.name}" cannot be a unit folder: ${d.dir} is reserved for the tool or the system (dangjian lint would refuse it). Choose another name; nothing was written.`,
  },
  'init/bad-org': {
    zh: () => '--org 不能为空，请写党组织全称，例如 --org 某某局机关党委。',
    en: () => '--org must not be empty; give the organisation name.',
  },
  'init/bad-year': {
    zh: (d) => `--year 应是四位年份，例如 --year 2020，收到的是“${d.value}”。`,
    en: (d) => `--year must be a four-digit year such as 2020, got "${d.value}".`,
  },
  'init/year-required': {
    zh: (d) => `考核指标 ${d.catalog} 没有注明年度，请用 --year 指定考核年度，例如 --year 2020。`,
    en: (d) =>
      `The catalog ${d.catalog} names no year; give the assessment year with --year, e.g. --year 2020.`,
  },
  'init/config-kept': {
    zh: (d) =>
      `已有 ${d.path}，按其中的单位和指标补齐缺少的文件夹；命令行里的 ${d.flags} 没有使用（要修改请直接编辑 ${d.path}）。`,
    en: (d) =>
      `${d.path} exists; missing folders are filled in from it and ${d.flags} on the command line is not used (edit ${d.path} to change it).`,
  },
  'init/created': {
    zh: (d) => `  新建 ${d.path}`,
    en: (d) => `  created ${d.path}`,
  },
  'init/kept': {
    zh: (d) => `  保留 ${d.path}（已存在，未改动）`,
    en: (d) => `  kept ${d.path} (exists, untouched)`,
  },
  'init/created-unit': {
    zh: (d) => `  新建 ${d.path}/ 下 ${d.folders} 个指标文件夹和 ${d.readmes} 份 README.md`,
    en: (d) => `  created ${d.folders} indicator folder(s) and ${d.readmes} README.md under ${d.path}/`,
  },
  'init/kept-unit': {
    zh: (d) => `  保留 ${d.path}/ 下已有的 ${d.folders} 个指标文件夹和 ${d.readmes} 份 README.md（未改动）`,
    en: (d) =>
      `  kept ${d.folders} existing indicator folder(s) and ${d.readmes} README.md under ${d.path}/ (untouched)`,
  },
  'init/done-new': {
    zh: (d) => `已在 ${d.root} 建好台账仓库：${d.units} 个单位，每个单位 ${d.indicators} 个指标文件夹。`,
    en: (d) =>
      `Evidence repo created in ${d.root}: ${d.units} unit(s), ${d.indicators} indicator folders each.`,
  },
  'init/done-filled': {
    zh: (d) => `已补齐 ${d.root}：新建 ${d.created} 项，保留已有的 ${d.kept} 项，没有覆盖任何文件。`,
    en: (d) => `Filled in ${d.root}: ${d.created} created, ${d.kept} existing kept, nothing overwritten.`,
  },
  'init/nothing-to-do': {
    zh: (d) => `${d.root} 已经完整，没有需要新建的内容（${d.kept} 项已存在，均未改动）。`,
    en: (d) => `${d.root} is complete; nothing to create (${d.kept} existing item(s) untouched).`,
  },
  'init/next-steps': {
    zh: () =>
      '下一步：核对 dangjian.yaml 中的单位名称；把材料放进对应的指标文件夹（或用 dangjian add）；再运行 dangjian lint 检查。',
    en: () =>
      'Next: check the unit names in dangjian.yaml; file evidence in the indicator folders (or use dangjian add); then run dangjian lint.',
  },

  'init/not-a-folder': {
    zh: (d) => `${d.path} 应是文件夹，但这里已有一个同名文件。请把它改名或移走后再运行，没有写入任何内容。`,
    en: (d) =>
      `${d.path} should be a folder but a file has that name. Rename or move it and run again; nothing was written.`,
  },
  'init/not-a-file': {
    zh: (d) => `${d.path} 应是文件，但这里已有一个同名文件夹。请把它改名或移走后再运行，没有写入任何内容。`,
    en: (d) =>
      `${d.path} should be a file but a folder has that name. Rename or move it and run again; nothing was written.`,
  },
  'init/catalog-outside': {
    zh: (d) =>
      `指标文件 ${d.path} 不在台账仓库内。请先把它复制到仓库文件夹里，再用 --catalog 指向仓库内的文件。`,
    en: (d) =>
      `The catalog file ${d.path} is outside the repo. Copy it into the repo folder first and point --catalog at the copy.`,
  },
  'setup/outside-repo': {
    zh: (d) => `${d.path} 会落到台账仓库之外，已拒绝。请检查单位名称或 dangjian.yaml 中的 dir。`,
    en: (d) =>
      `${d.path} would land outside the evidence repo; refused. Check the unit name or its dir in dangjian.yaml.`,
  },

  // ------------------------------------------------------------------ add
  'add/missing-option': {
    zh: (d) => `缺少 ${d.option}，例如 ${d.example}。用 dangjian add --help 查看用法。`,
    en: (d) => `Missing ${d.option}, e.g. ${d.example}. See dangjian add --help.`,
  },
  'add/bad-date': {
    zh: (d) => `--date “${d.value}” 不是有效日期，请写成 2020-07-01 这样的年-月-日。`,
    en: (d) => `--date "${d.value}" is not a valid date; write it as YYYY-MM-DD, e.g. 2020-07-01.`,
  },
  'add/date-outside-year': {
    zh: (d) => `--date ${d.date} 不在考核年度 ${d.year} 年内。请核对日期，或检查 dangjian.yaml 中的 year。`,
    en: (d) =>
      `--date ${d.date} is outside the assessment year ${d.year}. Check the date or year in dangjian.yaml.`,
  },
  'add/unknown-kind': {
    zh: (d) =>
      `不认识的材料类型“${d.kind}”${d.suggestion ? `，是不是想写“${d.suggestion}”？` : '。'}可用的类型：${d.known}（同义词见 dangjian indicators --kinds）。`,
    en: (d) =>
      `Unknown evidence kind "${d.kind}"${d.suggestion ? `; did you mean "${d.suggestion}"?` : '.'} Kinds: ${String(d.known).replaceAll('、', ', ')}.`,
  },
  'add/bad-kind': {
    zh: (d) => `材料类型“${d.kind}”不能用在文件名里：它${why(whyZh, d)}。`,
    en: (d) => `The kind "${d.kind}" cannot be used in a file name: it ${why(whyEn, d)}.`,
  },
  'add/unknown-indicator': {
    zh: (d) => `没有第“${d.value}”项指标，指标序号是 1 到 ${d.max} 的数字（用 dangjian indicators 查看）。`,
    en: (d) =>
      `There is no indicator "${d.value}"; indicators are numbered 1 to ${d.max} (see dangjian indicators).`,
  },
  'add/unknown-unit': {
    zh: (d) =>
      `dangjian.yaml 里没有单位“${d.unit}”${d.suggestion ? `，是不是想写 --unit ${d.suggestion}？` : '。'}可用的单位：${d.known}。`,
    en: (d) =>
      `No unit "${d.unit}" in dangjian.yaml${d.suggestion ? `; did you mean --unit ${d.suggestion}?` : '.'} Units: ${d.known}.`,
  },
  'add/unit-required': {
    zh: (d) => `dangjian.yaml 里有多个单位，请用 --unit 指明放到哪个单位：${d.known}。`,
    en: (d) => `dangjian.yaml has several units; say which with --unit: ${d.known}.`,
  },
  'add/bad-title': {
    zh: (d) => `标题“${d.title}”不能用在文件名里：它${why(whyZh, d)}。请用 --title 换一个标题。`,
    en: (d) =>
      `The title "${d.title}" cannot be used in a file name: it ${why(whyEn, d)}. Give another with --title.`,
  },
  'add/bad-file-name': {
    zh: (d) => `文件名“${d.name}”${why(whyZh, d)}，放进台账后在 Windows 上打不开。请先给原文件改名。`,
    en: (d) =>
      `The file name "${d.name}" ${why(whyEn, d)}; it would break on Windows. Rename the source first.`,
  },
  'add/source-missing': {
    zh: (d) => `找不到要添加的文件 ${d.path}，请检查路径。`,
    en: (d) => `Cannot find the file to add: ${d.path}.`,
  },
  'add/no-match': {
    zh: (d) => `没有找到与 ${d.pattern} 匹配的文件，请检查路径和文件名。`,
    en: (d) => `No file matches ${d.pattern}; check the folder and the name.`,
  },
  'add/too-many-matches': {
    zh: (d) =>
      `${d.pattern} 匹配到 ${d.count} 个文件，一次最多添加 ${d.max} 个，没有复制任何文件。请把路径写得具体一些。`,
    en: (d) =>
      `${d.pattern} matches ${d.count} files, more than ${d.max} at a time; nothing was copied. Narrow the pattern.`,
  },
  'add/source-is-folder': {
    zh: (d) =>
      `${d.path} 是文件夹，不是文件，没有复制任何文件。要添加其中的文件，请逐个列出或用通配符，例如 ${d.pattern}。`,
    en: (d) =>
      `${d.path} is a folder, not a file; nothing was copied. List the files inside it, or use a pattern such as ${d.pattern}.`,
  },
  'add/source-not-regular': {
    zh: (d) =>
      `${d.path} 不是普通文件（是设备、管道之类的特殊文件），不能作为材料，没有复制任何文件。请指定扫描件、照片等真正的文件。`,
    en: (d) =>
      `${d.path} is not a regular file (it is a device, a pipe or another special file); nothing was copied. Give an actual file such as a scan or a photo.`,
  },
  'add/source-empty': {
    zh: (d) =>
      `${d.path} 是空文件（0 字节），不能作为材料，没有复制任何文件。请检查扫描或保存是否完整，再重新添加。`,
    en: (d) =>
      `${d.path} is empty (0 bytes) and is no evidence; nothing was copied. Check that the scan or save finished, then add it again.`,
  },
  'add/source-denied': {
    zh: (d) =>
      `无法读取要添加的文件 ${d.path}（没有读取权限，或正被其他程序占用），没有复制任何文件。请检查该文件的权限，或关闭打开它的程序后再试。`,
    en: (d) =>
      `Cannot read the file to add, ${d.path} (no permission to read it, or another program holds it); nothing was copied. Check its permissions or close the program using it.`,
  },
  'add/source-unreadable': {
    zh: (d) =>
      `无法读取要添加的文件 ${d.path}（系统提示 ${d.detail}），没有复制任何文件。请检查该文件能否正常打开。`,
    en: (d) =>
      `Cannot read the file to add, ${d.path} (system error ${d.detail}); nothing was copied. Check that the file opens.`,
  },
  'add/duplicate-source': {
    zh: (d) => `有两个文件都叫“${d.name}”，放进同一个活动文件夹会重名。请先给其中一个改名。`,
    en: (d) => `Two files are named "${d.name}"; they would clash in one event folder. Rename one first.`,
  },
  'add/target-exists': {
    zh: (d) =>
      `${d.path} 已经存在，没有覆盖，也没有复制任何文件。如果是另一份材料，请用 --title 换一个标题。`,
    en: (d) =>
      `${d.path} already exists; nothing was overwritten or copied. If it is different evidence, give another --title.`,
  },
  'add/targets-collide': {
    zh: (d) =>
      `几个文件会得到同一个名字 ${d.path}，没有复制任何文件。请分开添加并各用 --title，或加 --event 放进一个活动文件夹。`,
    en: (d) =>
      `Several files would all be named ${d.path}; nothing was copied. Add them one at a time with --title, or use --event.`,
  },
  'add/ambiguous-indicator-dir': {
    zh: (d) => `${d.unit} 下有几个第 ${d.indicator} 项的文件夹（${d.dirs}），请先合并成一个。`,
    en: (d) => `${d.unit} has several folders for indicator ${d.indicator} (${d.dirs}); merge them first.`,
  },
  'add/event-needs-title': {
    zh: () => '把多个文件放进一个活动文件夹时，请用 --title 写活动标题，例如 --title 七一党课。',
    en: () =>
      'Several files in one event folder need an event title: give --title, e.g. --title "July 1 lecture".',
  },
  'add/copied': {
    zh: (d) => `  ${d.from} → ${d.to}`,
    en: (d) => `  ${d.from} → ${d.to}`,
  },
  'add/done': {
    zh: (d) => `已复制 ${d.count} 个文件到 ${d.folder}，原文件未改动。`,
    en: (d) => `Copied ${d.count} file(s) to ${d.folder}; the originals are untouched.`,
  },
  'add/not-owed': {
    zh: (d) =>
      `提示：按 dangjian.yaml 的责任分工，${d.unit} 不负责第 ${d.indicator} 项；材料已放入，但不会计分。`,
    en: (d) =>
      `Note: by the responsibilities in dangjian.yaml, ${d.unit} does not owe indicator ${d.indicator}; filed, but it will not score.`,
  },
};
