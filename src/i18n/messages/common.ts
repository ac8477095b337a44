import type { MessageTable } from '../types.js';

export const common: MessageTable = {
  'error/problems': {
    zh: (d) => `发现 ${d.count} 处问题，请逐条修改后再运行。`,
    en: (d) => `${d.count} problem(s) found; fix each and run again.`,
  },
  'error/internal': {
    zh: (d) => `程序内部错误：${d.message}。加 --debug 可看详细信息，请把它报告给维护者。`,
    en: (d) => `Internal error: ${d.message}. Run with --debug for details and report it to the maintainers.`,
  },
  'cli/unknown-option': {
    zh: (d) =>
      d.elsewhere
        ? `dangjian ${d.command} 没有 ${d.option} 选项（${d.elsewhere} 才有）。用 dangjian ${d.command} --help 查看可用选项。`
        : `不认识的选项 ${d.option}${d.suggestion ? `，是不是想写 ${d.suggestion}？` : '。'}用 --help 查看可用选项。`,
    en: (d) =>
      d.elsewhere
        ? `dangjian ${d.command} has no ${d.option} option (only ${d.elsewhere}). See dangjian ${d.command} --help.`
        : `Unknown option ${d.option}${d.suggestion ? `; did you mean ${d.suggestion}?` : '.'} See --help.`,
  },
  'cli/unknown-command': {
    zh: (d) =>
      `没有 ${d.command} 这个命令${d.suggestion ? `，是不是想用 ${d.suggestion}？` : '。'}用 dangjian --help 查看全部命令。`,
    en: (d) =>
      `Unknown command ${d.command}${d.suggestion ? `; did you mean ${d.suggestion}?` : '.'} See dangjian --help.`,
  },
  'cli/usage': {
    zh: (d) => `命令用法有误：${d.detail}。用 --help 查看用法。`,
    en: (d) => `Usage error: ${d.detail}. See --help.`,
  },
  'cli/missing-argument': {
    zh: (d) =>
      `dangjian ${d.command} 缺少${d.description ? `“${d.description}”` : ''}（${d.argument}）。用法：dangjian ${d.command} ${d.usage}；详见 dangjian ${d.command} --help。`,
    en: (d) =>
      `dangjian ${d.command} is missing ${d.argument}${d.description ? ` (${d.description})` : ''}. Usage: dangjian ${d.command} ${d.usage}; see --help.`,
  },
  'cli/option-missing-value': {
    zh: (d) => `选项 ${d.option} 后面要写一个值，如 ${d.flags}。用 --help 查看用法。`,
    en: (d) => `Option ${d.option} needs a value: ${d.flags}. See --help.`,
  },
  'cli/excess-arguments': {
    zh: (d) =>
      `dangjian ${d.command} 最多接受 ${d.expected} 个参数，收到了 ${d.got} 个。文件夹名里有空格时请加引号，如 "我的 台账"。`,
    en: (d) =>
      `dangjian ${d.command} takes at most ${d.expected} argument(s) but got ${d.got}. Quote folder names with spaces, e.g. "my ledger".`,
  },
  'cli/repeated-option': {
    zh: (d) => `选项 ${d.option} 写了两次（${d.first} 和 ${d.second}），不知道该用哪一个，请只保留一个。`,
    en: (d) => `Option ${d.option} is given twice (${d.first} and ${d.second}); keep only one.`,
  },
  'cli/bad-lang': {
    zh: (d) => `--lang 只能是 zh 或 en，收到的是 ${d.value}。`,
    en: (d) => `--lang must be zh or en, got ${d.value}.`,
  },
  'cli/not-implemented': {
    zh: (d) => `命令 ${d.command} 尚未实现。`,
    en: (d) => `The ${d.command} command is not implemented yet.`,
  },
  'cli/bad-format': {
    zh: (d) =>
      `--format 只能是 ${d.allowed}，收到的是 ${d.value}${d.suggestion ? `，是不是想写 ${d.suggestion}？` : '。'}`,
    en: (d) =>
      `--format must be one of ${d.allowed}, got ${d.value}${d.suggestion ? `; did you mean ${d.suggestion}?` : '.'}`,
  },
  'severity/error': { zh: () => '错误', en: () => 'error' },
  'severity/warning': { zh: () => '警告', en: () => 'warning' },
  'severity/info': { zh: () => '提示', en: () => 'info' },
};

export const writeMessages: MessageTable = {
  'write/exists': {
    zh: (d) => `${d.path} 已经存在，为保护已有文件，没有覆盖它。`,
    en: (d) => `${d.path} already exists; it was not overwritten.`,
  },
  'write/no-space': {
    zh: (d) => `磁盘空间不足，无法写入 ${d.path}。请清理磁盘后重试，已有文件未受影响。`,
    en: (d) => `No space left to write ${d.path}. Free some space and retry; existing files are untouched.`,
  },
  'write/denied': {
    zh: (d) => `没有权限写入 ${d.path}（文件夹只读或被占用）。请换一个输出位置，或检查文件夹权限。`,
    en: (d) =>
      `Permission denied writing ${d.path} (read-only or locked). Choose another location or fix permissions.`,
  },
  'write/no-folder': {
    zh: (d) => `无法写入 ${d.path}：所在文件夹不存在。`,
    en: (d) => `Cannot write ${d.path}: its folder does not exist.`,
  },
  'write/not-a-folder': {
    zh: (d) => `无法写入 ${d.path}：路径中有一段是文件而不是文件夹。请换一个文件夹。`,
    en: (d) => `Cannot write ${d.path}: part of the path is a file, not a folder. Choose another folder.`,
  },
  'write/failed': {
    zh: (d) => `写入 ${d.path} 失败（${d.detail}），已有文件未受影响。`,
    en: (d) => `Writing ${d.path} failed (${d.detail}); existing files are untouched.`,
  },
};
