import type { Lang } from '../types.js';

export interface TextSink {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface RunOptions {
  argv: string[];
  cwd: string;
  stdout: TextSink;
  stderr: TextSink;
  env?: Record<string, string | undefined>;
}

/** What every command needs from its surroundings; commands never reach for `process` themselves. */
export interface CliContext {
  cwd: string;
  stdout: TextSink;
  stderr: TextSink;
  env: Record<string, string | undefined>;
  lang: Lang;
  /** Colour only on a TTY, and never with --no-color or NO_COLOR. */
  color: boolean;
  quiet: boolean;
  debug: boolean;
  /** Progress may be shown (stderr is a TTY and not --quiet). */
  progress: boolean;
}

export interface GlobalFlags {
  lang?: string;
  color?: boolean;
  quiet?: boolean;
  debug?: boolean;
}
