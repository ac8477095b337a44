// Every command, in the order --help lists them. Each module defines its options eagerly (for --help)
// and imports its heavy parts only when it runs.
import { register as add } from './add.js';
import { register as check } from './check.js';
import type { Register } from './command.js';
import { register as compile } from './compile.js';
import { register as indicators } from './indicators.js';
import { register as init } from './init.js';
import { register as lint } from './lint.js';

export const commands: Register[] = [init, add, lint, check, compile, indicators];
