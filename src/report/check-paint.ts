// Colour is decided by the CLI; formatters only ask for a role. Without colour every role is plain text.

export interface Paint {
  error(s: string): string;
  warning(s: string): string;
  good(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

const same = (s: string) => s;

export const plain: Paint = { error: same, warning: same, good: same, dim: same, bold: same };
