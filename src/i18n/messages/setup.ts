import type { MessageTable } from '../types.js';

/** Messages of `init` and `add`. */
export const setupMessages: MessageTable = {};
