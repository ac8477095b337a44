import type { MessageTable } from '../types.js';

export const repoMessages: MessageTable = {};
