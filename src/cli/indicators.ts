import { DangjianError } from '../errors.js';
import { type Register, setHandler } from './command.js';

export const register: Register = (program, lang) =>
  setHandler(
    program
      .command('indicators [id]')
      .description(lang === 'zh' ? '查看考核指标' : 'show the indicator catalog'),
    async () => {
      throw new DangjianError('cli/not-implemented', { command: 'indicators' });
    },
  );
