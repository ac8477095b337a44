import type { MessageData, MessageTable } from '../types.js';

// Messages about dangjian.yaml, the evidence tree, file names, sidecars and lint output.

const DATE_FORMS_ZH = '2020-03-15、20200315 或 2020.03.15';
const NAME_EXAMPLE = '2020-03-15 学习记录 第一次专题学习.pdf';
const what = (d: MessageData) => (d.folder ? '文件夹' : '文件');
const whatEn = (d: MessageData) => (d.folder ? 'folder' : 'file');
const didYouMeanZh = (d: MessageData) => (d.suggestion ? `是不是想写“${d.suggestion}”？` : '');
const didYouMeanEn = (d: MessageData) => (d.suggestion ? ` Did you mean "${d.suggestion}"?` : '');

export const repoMessages: MessageTable = {
  // ------------------------------------------------------------ dangjian.yaml
  'config/missing': {
    zh: (d) =>
      d.found
        ? `${d.dir} 里的 ${d.found} 应当叫 dangjian.yaml，请把它改成这个名字（Windows 要先在资源管理器“查看”里勾选“文件扩展名”，才看得到记事本加上的 .txt）。`
        : `在 ${d.dir} 及其上级文件夹中找不到 dangjian.yaml。请进入台账仓库的文件夹再运行，或先运行 dangjian init 新建一个台账仓库。`,
    en: (d) =>
      d.found
        ? `${d.found} in ${d.dir} should be named dangjian.yaml; rename it (on Windows, turn on "File name extensions" in Explorer's View menu to see a .txt that Notepad added).`
        : `No dangjian.yaml in ${d.dir} or any folder above it. Run this inside an evidence repo, or create one with dangjian init.`,
  },
  'repo/no-such-dir': {
    zh: (d) => `文件夹 ${d.dir} 不存在，请检查路径是否写错。`,
    en: (d) => `The folder ${d.dir} does not exist; check the path.`,
  },
  'config/unreadable': {
    zh: (d) => `无法读取 ${d.file}（${d.detail}）。请检查文件权限。`,
    en: (d) => `Cannot read ${d.file} (${d.detail}). Check its permissions.`,
  },
  'config/duplicate-unit-id': {
    zh: (d) => `单位代号 ${d.id} 重复了。每个单位的 id 必须不同，请改掉其中一个。`,
    en: (d) => `Unit id ${d.id} is used twice. Every unit needs its own id; change one of them.`,
  },
  'config/duplicate-unit-dir': {
    zh: (d) => `文件夹 ${d.dir} 被两个单位同时使用。每个单位要有自己的文件夹，请改掉其中一个 dir。`,
    en: (d) => `Folder ${d.dir} is used by two units. Give each unit its own dir.`,
  },
  'config/unit-dir-nested': {
    zh: (d) => `单位文件夹 ${d.dir} 与 ${d.other} 相互嵌套。各单位文件夹应当并列存放，请调整 dir。`,
    en: (d) =>
      `Unit folders ${d.dir} and ${d.other} are nested in each other. Keep unit folders side by side.`,
  },
  'config/unit-dir-outside': {
    zh: (d) => `dir 写的是 “${d.dir}”，指到了仓库外面。请写仓库内的相对路径，如 dir: 第一党支部。`,
    en: (d) => `dir "${d.dir}" points outside the repo. Write a path inside it, e.g. dir: 第一党支部.`,
  },
  'config/catalog-year': {
    zh: (d) =>
      `dangjian.yaml 的年度是 ${d.year} 年，考核指标（${d.catalog}）却是 ${d.catalogYear} 年的。如果今年沿用这套指标，可以不管这条提示；否则请改正 year，或换用 ${d.year} 年的指标文件（catalog）。`,
    en: (d) =>
      `dangjian.yaml says ${d.year}, but the catalog (${d.catalog}) is for ${d.catalogYear}. If this year reuses it, ignore this; otherwise fix year, or point catalog at the ${d.year} catalog.`,
  },
  'repo/unit-dir-case': {
    zh: (d) =>
      `dangjian.yaml 里单位 ${d.name} 的文件夹写的是 ${d.dir}，实际的文件夹叫 ${d.actual}，只差字母大小写。Windows 上看着是同一个，git 和 dangjian 却认作两个，里面的材料不会计入。请把 dir 改成 ${d.actual}。`,
    en: (d) =>
      `dangjian.yaml gives unit ${d.name} the folder ${d.dir}, but the folder is called ${d.actual}: only the letter case differs. Windows shows one folder; git and dangjian see two, and nothing in it counts. Set dir to ${d.actual}.`,
  },
  'config/unit-dir-case': {
    zh: (d) =>
      `单位文件夹 ${d.dir} 与 ${d.other} 只差字母大小写，在 Windows 上是同一个文件夹。请改掉其中一个 dir。`,
    en: (d) =>
      `Unit folders ${d.dir} and ${d.other} differ only in letter case: on Windows they are one folder. Change one dir.`,
  },
  'config/unit-dir-reserved': {
    zh: (d) => `文件夹 ${d.dir} 是工具自用或系统保留的，不能作为单位文件夹，请换一个名字。`,
    en: (d) => `Folder ${d.dir} is reserved and cannot be a unit folder; choose another name.`,
  },
  'config/unknown-unit': {
    zh: (d) =>
      `责任分工里的 ${d.id} 不是 units 里的单位代号。${didYouMeanZh(d)}${d.known ? `已有的单位代号：${d.known}。` : ''}`,
    en: (d) =>
      `${d.id} in responsibilities is not a unit id from units.${didYouMeanEn(d)}${d.known ? ` Known ids: ${d.known}.` : ''}`,
  },
  'config/bad-range': {
    zh: (d) =>
      `${d.unit} 的责任分工里 “${d.value}” 写法不对。请写指标序号或从小到大的范围，如 [1-14, 25-27]。`,
    en: (d) =>
      `"${d.value}" in the responsibilities of ${d.unit} is not valid. Write numbers or ranges, e.g. [1-14, 25-27].`,
  },
  'config/catalog-outside': {
    zh: (d) =>
      `catalog 写的是 “${d.path}”，指到了仓库外面。请把指标体系文件放进仓库，写相对路径；或写内置的年份，如 catalog: 2020。`,
    en: (d) =>
      `catalog "${d.path}" points outside the repo. Put the catalog file inside the repo, or use a built-in id such as 2020.`,
  },
  'config/unknown-indicator': {
    zh: (d) =>
      `${d.unit} 的责任分工里有指标体系中没有的序号：${d.indicators}。指标序号应在 1 到 ${d.max} 之间。`,
    en: (d) =>
      `The responsibilities of ${d.unit} name indicators not in the catalog: ${d.indicators}. Use 1 to ${d.max}.`,
  },

  // ------------------------------------------------------------ names
  'name/no-date': {
    zh: (d) =>
      `${what(d)}名没有以日期开头，无法计入考核。请按 “日期 类型 标题” 重新命名，日期写成 ${DATE_FORMS_ZH}，如 ${NAME_EXAMPLE}。`,
    en: (d) =>
      `The ${whatEn(d)} name does not start with a date, so it cannot count. Rename it "date kind title", e.g. ${NAME_EXAMPLE}.`,
  },
  'name/bad-date': {
    zh: (d) =>
      d.fullWidth
        ? `${what(d)}名里的日期 “${d.date}” 用了全角数字或符号（中文输入法打的），不能识别。请切换到英文输入法${d.suggestion ? `，写成 ${d.suggestion}` : `，写成 ${DATE_FORMS_ZH} 的形式`}。`
        : `${what(d)}名里的日期 “${d.date}” 不是有效日期${d.suggestion ? `，应写成 ${d.suggestion}` : `，请核对年月日，写成 ${DATE_FORMS_ZH} 的形式`}。`,
    en: (d) =>
      d.fullWidth
        ? `The date "${d.date}" in the ${whatEn(d)} name is in full-width characters (a Chinese input method), so it is not read${d.suggestion ? `; write ${d.suggestion}` : '; write it as 2020-03-15'}.`
        : `The date "${d.date}" in the ${whatEn(d)} name is not a valid date${d.suggestion ? `; write ${d.suggestion}` : '; check it and write it as 2020-03-15'}.`,
  },
  'name/no-kind': {
    zh: (d) =>
      `${what(d)}名在日期后面缺少材料类型，请在日期后写上类型，如 ${d.date ?? '2020-03-15'} 会议记录 支委会。`,
    en: (d) =>
      `The ${whatEn(d)} name has no kind after the date; add one, e.g. ${d.date ?? '2020-03-15'} 会议记录 title.`,
  },
  'name/unknown-kind': {
    zh: (d) =>
      `“${d.word}” 不是认得的材料类型。${didYouMeanZh(d)}请改成指标体系里的类型，如 会议记录、学习记录、图片、方案、通知（dangjian indicators --kinds 可查看全部类型和同义词）。`,
    en: (d) =>
      `"${d.word}" is not a known evidence kind.${didYouMeanEn(d)} Use a kind from the catalog, e.g. 会议记录, 学习记录, 图片 (see dangjian indicators --kinds).`,
  },
  'name/not-utf8': {
    zh: (d) =>
      `名称 “${d.name}” 不是 UTF-8 编码，显示为乱码（常见于在 Linux 或 macOS 上解压 Windows 的压缩包），无法读取，不计入考核。请在 Windows 上重新命名，或用 unzip -O GBK 重新解压。`,
    en: (d) =>
      `The name "${d.name}" is not UTF-8 (often a Windows zip unpacked on Linux or macOS) and cannot be read, so it does not count. Rename it, or unzip again with -O GBK.`,
  },
  'name/windows-unsafe': {
    zh: (d) =>
      `“${d.name}” 在 Windows 上不能用作名称（${
        d.reason === 'reserved'
          ? '是 Windows 保留的设备名'
          : d.reason === 'trailing'
            ? '以点或空格结尾'
            : `含有 Windows 不允许的字符 ${d.char}`
      }），在 Windows 上拉取仓库时会出错。请改名。`,
    en: (d) =>
      `"${d.name}" cannot be a name on Windows (${
        d.reason === 'reserved'
          ? 'a reserved device name'
          : d.reason === 'trailing'
            ? 'it ends with a dot or space'
            : `it contains ${d.char}`
      }); checking the repo out on Windows will fail. Rename it.`,
  },
  'name/out-of-year': {
    zh: (d) =>
      `日期 ${d.date} 不在 ${d.year} 年度内，不计入本年度考核。如日期写错了请改正；往年材料请移出本仓库。`,
    en: (d) =>
      `The date ${d.date} is not in ${d.year}, so it does not count. Correct the date, or move older material out of this repo.`,
  },

  // ------------------------------------------------------------ files
  'file/empty': {
    zh: () => '这是一个空文件（0 字节），不能作为支撑材料。请放入正式的扫描件或文档。',
    en: () =>
      'This file is empty (0 bytes) and cannot serve as evidence. Put the real scan or document in its place.',
  },
  'sidecar/both-keys': {
    zh: (d) =>
      `同时写了 ${d.zh} 和 ${d.en}，只按 ${d.zh} 计算，${d.en} 的内容不起作用。请删去 ${d.en}，需要的内容并入 ${d.zh}。`,
    en: (d) =>
      `Both ${d.zh} and ${d.en} are written; only ${d.zh} is read, ${d.en} has no effect. Delete ${d.en} and move what it says into ${d.zh}.`,
  },
  'name/hidden-direction': {
    zh: (d) =>
      `名字 ${d.name} 里有看不见的文字方向控制符（以 ⟨U+…⟩ 标出），显示出来的名字会和实际的不一样。请删去它们，重新输入这个名字。`,
    en: (d) =>
      `The name ${d.name} holds invisible text-direction marks (shown as ⟨U+…⟩), so it displays otherwise than it is spelt. Type the name again without them.`,
  },
  'git/deleted': {
    zh: (d) =>
      `这个文件已从文件夹里删除，但删除还没有提交到 git。在 dangjian.yaml 所在的文件夹里：如果是误删，运行 git restore --source=HEAD --staged --worktree -- "${d.path}" 找回；确实不要了，运行 git rm -- "${d.path}"，再 git commit。`,
    en: (d) =>
      `This file was deleted from the folder, but the deletion is not committed. Where dangjian.yaml is: if by mistake, git restore --source=HEAD --staged --worktree -- "${d.path}" brings it back; if meant, git rm -- "${d.path}", then git commit.`,
  },
  'git/conflict': {
    zh: (d) =>
      `这个文件在 git 合并时发生了冲突（两处各改了一份），还没有解决。照原样提交会只留下其中一份。请先确定要哪一份：在 dangjian.yaml 所在的文件夹运行 git checkout --ours -- "${d.path}"（留自己的）或 git checkout --theirs -- "${d.path}"（留对方的），需要两份就把另一份另存为新文件名；然后 git add -- "${d.path}"，再 git commit。`,
    en: (d) =>
      `This file is in an unresolved git merge conflict (changed on both sides). Committing it as it is keeps one side and drops the other. Choose first, where dangjian.yaml is: git checkout --ours -- "${d.path}" (yours) or git checkout --theirs -- "${d.path}" (theirs), saving the other under a new name if both are needed; then git add -- "${d.path}" and git commit.`,
  },
  'sidecar/misnamed': {
    zh: (d) =>
      `这个文件应当叫 ${d.want}（现在是 ${d.name}），名字不对就不会被读取，也不算材料。请改名为 ${d.want}${/\.txt\s*$/i.test(String(d.name)) ? '；Windows 要先在资源管理器“查看”里勾选“文件扩展名”，才看得到记事本加上的 .txt' : ''}。`,
    en: (d) =>
      `This file should be named ${d.want} (it is ${d.name}); under another name it is not read and is not evidence. Rename it ${d.want}${/\.txt\s*$/i.test(String(d.name)) ? ' (on Windows, turn on "File name extensions" in Explorer to see the .txt Notepad added)' : ''}.`,
  },
  'file/shortcut': {
    zh: (d) =>
      `这是 Windows 快捷方式（.${d.ext}），只是指向别处的文件，本身不是材料，不计入考核。请把原文件复制到这里，再删去快捷方式。`,
    en: (d) =>
      `This is a shortcut (.${d.ext}) to a file elsewhere, not the evidence itself, so it does not count. Copy the real file here and delete the shortcut.`,
  },
  'file/incomplete': {
    zh: (d) => `这是临时文件或没有下载完的文件（.${d.ext}），不计入考核。请放入完整的正式文件，再删去它。`,
    en: (d) =>
      `This is a temporary or partly downloaded file (.${d.ext}), so it does not count. Put the complete file here and delete this one.`,
  },
  'file/duplicate': {
    zh: (d) =>
      d.otherIndicator === undefined || d.otherIndicator === d.indicator
        ? `与 ${d.other} 内容完全相同。一份材料只需存一次，请删去重复的副本。`
        : `与 ${d.other} 内容完全相同。同一次活动要计入多项指标时不必复制：请在原活动文件夹里放 _event.yaml，写 同时计入: [${d.indicator}]，然后删去这个副本。`,
    en: (d) =>
      d.otherIndicator === undefined || d.otherIndicator === d.indicator
        ? `Same content as ${d.other}. Keep one copy and remove this one.`
        : `Same content as ${d.other}. To count one event for several indicators, do not copy: put an _event.yaml with also_counts_for: [${d.indicator}] in the original event folder and remove this copy.`,
  },

  // ------------------------------------------------------------ layout
  'repo/outside-indicator': {
    zh: (d) =>
      `${d.quantity ? `这个文件夹名开头的“${d.quantity}”是月份、季度或次数，不是指标序号` : d.folder ? '这个文件夹名不以指标序号开头' : '这个文件不在任何指标文件夹里'}，不会计入考核。请把材料放进对应的指标文件夹，如 ${d.example ?? '01/'}。`,
    en: (d) =>
      `${d.quantity ? `This folder name starts with "${d.quantity}", a month, quarter or count, not an indicator number` : d.folder ? 'This folder name does not start with an indicator number' : 'This file is not in any indicator folder'}, so it does not count. Move it into its indicator folder, e.g. ${d.example ?? '01/'}.`,
  },
  'repo/unknown-indicator': {
    zh: (d) =>
      `文件夹序号 ${d.number} 不是指标体系里的指标（指标序号为 1 到 ${d.max}），里面的材料不会计入。请改成正确的序号。`,
    en: (d) =>
      `Folder number ${d.number} is not an indicator of the catalog (1 to ${d.max}); nothing in it counts. Fix the number.`,
  },
  'repo/duplicate-indicator': {
    zh: (d) => `与 ${d.other} 是同一项指标的两个文件夹。材料会合并计算，但请把它们合并成一个文件夹。`,
    en: (d) =>
      `This and ${d.other} are two folders for the same indicator. They are counted together; please merge them.`,
  },
  'repo/unit-missing': {
    zh: (d) =>
      `dangjian.yaml 中单位 ${d.name} 的文件夹不存在。请新建这个文件夹（或运行 dangjian init 补齐），或改正 dir。`,
    en: (d) =>
      `The folder of unit ${d.name} named in dangjian.yaml does not exist. Create it (dangjian init fills it in) or fix its dir.`,
  },
  'repo/unclaimed-folder': {
    zh: () =>
      '这个文件夹不属于 dangjian.yaml 中的任何单位，里面的材料不会计入。请在 units 里登记它，或把材料移到对应单位的文件夹。',
    en: () =>
      'No unit in dangjian.yaml owns this folder; nothing in it counts. Add it to units, or move its contents to the right unit.',
  },
  'repo/unreadable': {
    zh: (d) => `无法读取（${d.detail}）。请检查文件夹权限。`,
    en: (d) => `Cannot be read (${d.detail}). Check the folder's permissions.`,
  },
  'repo/symlink-outside': {
    zh: () => '这是指向仓库外面的快捷方式（符号链接），不会被读取。请把材料本身复制进仓库。',
    en: () =>
      'This symlink points outside the repo and is not followed. Copy the material itself into the repo.',
  },
  'repo/symlink-loop': {
    zh: () => '这个快捷方式（符号链接）指向自身或上级文件夹，形成了循环。请删除它。',
    en: () => 'This symlink points at itself or a folder above it, making a loop. Remove it.',
  },
  'repo/symlink-again': {
    zh: () =>
      '这个快捷方式（符号链接）指向的文件夹已经通过另一个快捷方式读取过，不再重复计入。一次活动计入多项指标，请用 _event.yaml 写 同时计入。',
    en: () =>
      'This symlink leads to a folder already read through another link; it is not counted again. To count one event for several indicators, use _event.yaml.',
  },
  'repo/symlink-broken': {
    zh: () => '这个快捷方式（符号链接）指向的文件不存在。请放入材料本身。',
    en: () => 'This symlink points at nothing. Put the material itself here.',
  },
  'repo/not-owed': {
    zh: (d) =>
      `按责任分工，本单位不负责第 ${d.indicator} 项指标，这里的材料不计分。如分工有变，请修改 dangjian.yaml 的 responsibilities。`,
    en: (d) =>
      `By the responsibilities, this unit does not owe indicator ${d.indicator}; this evidence does not score. Update responsibilities if that changed.`,
  },

  // ------------------------------------------------------------ sidecars
  'sidecar/misplaced': {
    zh: (d) =>
      d.name === '_event.yaml' || d.name === '_event.yml'
        ? '_event.yaml 只在活动文件夹（以日期开头的文件夹）里起作用，放在这里不会被读取。请移到对应的活动文件夹里。'
        : '_meta.yaml 只在指标文件夹里起作用，放在这里不会被读取。请移到对应的指标文件夹里。',
    en: (d) =>
      d.name === '_event.yaml' || d.name === '_event.yml'
        ? '_event.yaml only works inside an event folder (one named with a date); here it is ignored. Move it there.'
        : '_meta.yaml only works inside an indicator folder; here it is ignored. Move it there.',
  },
  'event/kind-not-carried': {
    zh: (d) =>
      `活动文件夹名写的是“${d.kind}”，但里面没有一份文件算作${d.kind}（现有：${d.kinds || '无'}；照片算作图片），这次活动不会算作${d.kind}。如果${d.kind}已在里面，请在它的文件名里写上“${d.kind}”（如 ${d.kind}.pdf）；还没有就请补上。`,
    en: (d) =>
      `The event folder is named as ${d.kind}, but no file in it counts as ${d.kind} (it has: ${d.kinds || 'none'}; photos count as 图片), so the event does not count as ${d.kind}. If the ${d.kind} is there, put "${d.kind}" in its file name (e.g. ${d.kind}.pdf); if not, add it.`,
  },
  'event/unknown-indicator': {
    zh: (d) => `同时计入 里的 ${d.number} 不是指标体系里的指标（指标序号为 1 到 ${d.max}），请改正。`,
    en: (d) => `${d.number} in 同时计入 is not an indicator of the catalog (1 to ${d.max}); fix it.`,
  },
  'event/not-owed': {
    zh: (d) =>
      `同时计入 里的第 ${d.number} 项指标不归本单位负责，不会为本单位计分。请删去，或修改 dangjian.yaml 的责任分工。`,
    en: (d) =>
      `Indicator ${d.number} in 同时计入 is not owed by this unit and does not score. Remove it or update responsibilities.`,
  },
  'event/bad-range': {
    zh: (d) => `同时计入 里的 “${d.value}” 写法不对，请写指标序号，如 同时计入: [9, 30]。`,
    en: (d) => `"${d.value}" in 同时计入 is not valid; write indicator numbers, e.g. 同时计入: [9, 30].`,
  },

  // ------------------------------------------------------------ git
  'git/uncommitted': {
    zh: (d) =>
      `${Number(d.count) > 1 ? `有 ${d.count} 个文件` : '这份材料'}还没有提交到 git，别人看不到，也可能丢失。请提交：git add 后 git commit。`,
    en: (d) =>
      `${Number(d.count) > 1 ? `${d.count} files are` : 'This evidence is'} not committed to git yet; others cannot see it. Commit it (git add, git commit).`,
  },

  // ------------------------------------------------------------ lint output
  'meta/na-with-evidence': {
    zh: (d) =>
      `这一项在 _meta.yaml 里写了“不适用”，文件夹里却有 ${d.count} 次活动的材料，这些材料不计分。如果这一项其实适用，请删去 _meta.yaml 里的“不适用”。`,
    en: (d) =>
      `This indicator is marked 不适用 in _meta.yaml, yet ${d.count} event(s) are filed here, and they score nothing. If it does apply, remove 不适用 from _meta.yaml.`,
  },
  'lint/quiet-hidden': {
    zh: (d) => `（因为加了 --quiet，其余 ${d.count} 条警告和提示没有列出）`,
    en: (d) => ` (--quiet: ${d.count} warning(s) and note(s) not listed)`,
  },
  'lint/summary': {
    zh: (d) =>
      `共 ${d.errors} 个错误，${d.warnings} 个警告${Number(d.infos) > 0 ? `，${d.infos} 条提示` : ''}`,
    en: (d) =>
      `${d.errors} error(s), ${d.warnings} warning(s)${Number(d.infos) > 0 ? `, ${d.infos} note(s)` : ''}`,
  },
  'lint/clean': {
    zh: (d) => `检查了 ${d.files} 个文件，没有发现问题。`,
    en: (d) => `Checked ${d.files} files; no problems found.`,
  },
  'lint/repo-level': { zh: () => '仓库', en: () => 'repository' },
  'lint/indicator-heading': {
    zh: (d) => `第 ${d.indicator} 项指标`,
    en: (d) => `indicator ${d.indicator}`,
  },
};
