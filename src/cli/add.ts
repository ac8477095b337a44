import { DangjianError } from '../errors.js';
import { type Register, setHandler } from './command.js';

export const register: Register = (program, lang) =>
  setHandler(
    program
      .command('add <indicator> <files...>')
      .description(
        lang === 'zh' ? '把材料文件按规范命名放进对应指标文件夹' : 'file evidence under its canonical name',
      ),
    async () => {
      throw new DangjianError('cli/not-implemented', { command: 'add' });
    },
  );
