import type { Lang } from '../types.js';

export type MessageData = Record<string, string | number | boolean | undefined>;
export type Render = (data: MessageData) => string;

/** Every message exists in both languages; the type makes a missing one a compile error. */
export type MessageTable = Record<string, Record<Lang, Render>>;
