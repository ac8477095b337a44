// Known errors carry their exit code and a message code; the CLI renders them in one or two lines.

export type ErrorData = Record<string, string | number | boolean | undefined>;

/** Unusable input (config, catalog, flags): exit code 2, one clear message, no stack trace. */
export class DangjianError extends Error {
  readonly code: string;
  readonly data: ErrorData;
  readonly exitCode: number;

  constructor(code: string, data: ErrorData = {}, exitCode = 2) {
    super(code);
    this.name = 'DangjianError';
    this.code = code;
    this.data = data;
    this.exitCode = exitCode;
  }
}

/** Several problems found at once (e.g. every schema error of a file); each is a located message. */
export interface Problem {
  file: string;
  line?: number;
  column?: number;
  code: string;
  data: ErrorData;
}

export class ProblemsError extends DangjianError {
  readonly problems: Problem[];

  constructor(problems: Problem[], exitCode = 2) {
    super('error/problems', { count: problems.length }, exitCode);
    this.name = 'ProblemsError';
    this.problems = problems;
  }
}

export function isDangjianError(error: unknown): error is DangjianError {
  return error instanceof DangjianError;
}
