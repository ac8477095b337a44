import { DangjianError } from '../errors.js';
import { type Register, setHandler } from './command.js';

export const register: Register = (program, lang) =>
  setHandler(
    program.command('init [dir]').description(lang === 'zh' ? '新建台账仓库' : 'create a new evidence repo'),
    async () => {
      throw new DangjianError('cli/not-implemented', { command: 'init' });
    },
  );
