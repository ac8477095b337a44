import type { MessageTable } from '../types.js';

export const catalogMessages: MessageTable = {};
