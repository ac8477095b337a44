import { type Register, setHandler } from './command.js';

const EXAMPLES_ZH = `
示例：
  dangjian compile --quarter 2020Q3                 在台账仓库里生成第三季度汇编，保存在 汇编/2020Q3/
  dangjian compile 我的台账 --quarter 2020Q2        指定台账文件夹
  dangjian compile --quarter 2020Q3 --unit zb1      只生成第一党支部那一本
  dangjian compile --quarter 2020Q3 --out D:/汇编   保存到别的文件夹
  dangjian compile --quarter 2020Q3 --force         重新生成，覆盖上次生成的同名工作簿

得分按季度最后一天计算；材料目录只列本季度内的材料。已有同名工作簿时不会覆盖，除非加 --force。
`;

const EXAMPLES_EN = `
Examples:
  dangjian compile --quarter 2020Q3                 third quarter, into 汇编/2020Q3/
  dangjian compile my-ledger --quarter 2020Q2       a given evidence repo
  dangjian compile --quarter 2020Q3 --unit zb1      one unit's workbook only
  dangjian compile --quarter 2020Q3 --out D:/books  another output folder
  dangjian compile --quarter 2020Q3 --force         replace workbooks written before

Scores are as of the quarter's last day; the material list holds the quarter's evidence only.
Existing workbooks are never replaced without --force.
`;

export const register: Register = (program, lang) => {
  const zh = lang === 'zh';
  return setHandler(
    program
      .command('compile [dir]')
      .description(
        zh
          ? '生成季度汇编工作簿（每个单位一本，另有全局汇总一本）'
          : 'write the quarterly compilation workbooks',
      )
      .option('--quarter <quarter>', zh ? '要汇编的季度，例如 2020Q3' : 'the quarter to compile, e.g. 2020Q3')
      .option('--unit <id>', zh ? '只生成这个单位的工作簿' : "only this unit's workbook")
      .option(
        '--out <dir>',
        zh
          ? '工作簿保存到的文件夹（默认 汇编/<季度>/）'
          : 'folder for the workbooks (default 汇编/<quarter>/)',
      )
      .option('--force', zh ? '覆盖已存在的同名工作簿' : 'replace existing workbooks')
      .addHelpText('after', zh ? EXAMPLES_ZH : EXAMPLES_EN),
    async (ctx, args, opts) => {
      // The workbook writer and the scanner load only when compile actually runs.
      const { runCompile } = await import('../workbook/run-compile.js');
      return runCompile(ctx, args[0], opts);
    },
  );
};
