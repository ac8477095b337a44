import { type Register, setHandler } from './command.js';

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
      .option('--force', zh ? '覆盖已存在的同名工作簿' : 'replace existing workbooks'),
    async (ctx, args, opts) => {
      // exceljs and the scanner load only when compile actually runs.
      const { runCompile } = await import('../workbook/run-compile.js');
      return runCompile(ctx, args[0], opts);
    },
  );
};
