import { DangjianError } from '../errors.js';
import { type Register, setHandler } from './command.js';

export const register: Register = (program, lang) =>
  setHandler(
    program
      .command('lint [dir]')
      .description(
        lang === 'zh' ? '检查台账仓库的结构和文件命名' : 'check the evidence repo structure and names',
      ),
    async () => {
      throw new DangjianError('cli/not-implemented', { command: 'lint' });
    },
  );
