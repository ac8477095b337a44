import { DangjianError } from '../errors.js';
import { type Register, setHandler } from './command.js';

export const register: Register = (program, lang) =>
  setHandler(
    program
      .command('check [dir]')
      .description(
        lang === 'zh'
          ? '自查自评：完成情况、进度、自评分和本月待办'
          : 'completeness, pace, self-score and to-do for this month',
      ),
    async () => {
      throw new DangjianError('cli/not-implemented', { command: 'check' });
    },
  );
