// How a command module plugs into the CLI.
import type { Command } from 'commander';
import type { Lang } from '../types.js';
import type { CliContext } from './context.js';

export type CommandHandler = (
  ctx: CliContext,
  args: string[],
  opts: Record<string, unknown>,
) => Promise<number>;

/** A command module's `register`: defines the command (name, options, help) and attaches a handler. */
export type Register = (program: Command, lang: Lang) => Command;

/** Attach the function that runs a command; modules import their heavy parts inside it, lazily. */
export function setHandler(command: Command, handler: CommandHandler): Command {
  (command as unknown as { handler: CommandHandler }).handler = handler;
  return command;
}
