import type { MessageTable } from '../types.js';

export const checkMessages: MessageTable = {};
