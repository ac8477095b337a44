import { DangjianError } from '../errors.js';
import { type Register, setHandler } from './command.js';

export const register: Register = (program, lang) =>
  setHandler(
    program
      .command('compile [dir]')
      .description(lang === 'zh' ? '生成季度汇编工作簿' : 'write the quarterly compilation workbooks'),
    async () => {
      throw new DangjianError('cli/not-implemented', { command: 'compile' });
    },
  );
