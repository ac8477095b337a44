import type { MessageTable } from '../types.js';

export const compileMessages: MessageTable = {};
