import { didYouMean } from '../did-you-mean.js';
import { DangjianError } from '../errors.js';

/** The `--format` value, checked against what the command can print (text by default). */
export function parseFormat<F extends string>(value: unknown, allowed: readonly F[]): F {
  const format = String(value ?? 'text');
  if ((allowed as readonly string[]).includes(format)) return format as F;
  throw new DangjianError('cli/bad-format', {
    value: format,
    allowed: allowed.join(' | '),
    suggestion: didYouMean(format, allowed),
  });
}
