// The whole CLI as a function: argv in, exit code out. Only bin/ touches `process`.
import { Command, CommanderError } from 'commander';
import { didYouMean } from '../did-you-mean.js';
import { DangjianError } from '../errors.js';
import { detectLang, t } from '../i18n/index.js';
import type { Lang } from '../types.js';
import { visibleText } from '../visible-text.js';
import type { CommandHandler } from './command.js';
import { commands } from './commands.js';
import type { CliContext, GlobalFlags, RunOptions } from './context.js';
import { reportError } from './errors-out.js';
import { helpConfiguration, helpTexts } from './help-text.js';
import { version } from './version.js';

export type { RunOptions } from './context.js';

export async function run(options: RunOptions): Promise<number> {
  const env = options.env ?? {};
  const lang = detectLang(peekFlag(options.argv, '--lang'), env);
  const debug = options.argv.includes('--debug');
  let exitCode = 0;
  const program = buildProgram(lang, options, (code) => {
    exitCode = code;
  });
  try {
    // `dangjian help nosuch`: commander would show the general help and succeed.
    const [first, second] = positionals(options.argv);
    if (first === 'help' && second !== undefined && second !== 'help') {
      if (!program.commands.some((c) => c.name() === second)) {
        throw new CommanderError(2, 'commander.unknownCommand', `unknown command '${second}'`);
      }
    }
    await program.parseAsync(options.argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return commanderExit(error, lang, options, program);
    return reportError(error, lang, options.stderr, debug);
  }
}

function buildProgram(lang: Lang, options: RunOptions, setExit: (code: number) => void): Command {
  const h = helpTexts[lang];
  const program = new Command('dangjian');
  program
    .description(h.program)
    .version(version(), '-V, --version', h.version)
    .helpOption('-h, --help', h.help)
    .helpCommand('help [command]', h.helpCommand)
    .option('--lang <lang>', h.lang)
    .option('--no-color', h.noColor)
    .option('--quiet', h.quiet)
    .option('--debug', h.debug)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => options.stdout.write(s),
      writeErr: (s) => options.stderr.write(s),
      // Errors are rendered by commanderExit in the user's language.
      outputError: () => {},
    })
    .configureHelp(helpConfiguration(lang))
    .addHelpText('after', h.programExamples);

  const context = (command: Command): CliContext => {
    const flags = command.optsWithGlobals() as GlobalFlags;
    const env = options.env ?? {};
    if (flags.lang !== undefined && flags.lang !== 'zh' && flags.lang !== 'en') {
      throw new DangjianError('cli/bad-lang', { value: flags.lang });
    }
    const noColor = flags.color === false || (env.NO_COLOR !== undefined && env.NO_COLOR !== '');
    const quiet = flags.quiet === true;
    return {
      cwd: options.cwd,
      stdout: options.stdout,
      stderr: options.stderr,
      env,
      lang,
      color: !noColor && options.stdout.isTTY === true,
      quiet,
      debug: flags.debug === true,
      progress: !quiet && options.stderr.isTTY === true,
    };
  };

  for (const register of commands) {
    // Subcommands made with program.command() inherit help, output and exitOverride settings.
    const command = register(program, lang);
    command.action(async (...args: unknown[]) => {
      const self = args[args.length - 1] as Command;
      const handler = (self as unknown as { handler?: CommandHandler }).handler;
      if (!handler) throw new Error(`command ${self.name()} has no handler`);
      refuseRepeatedOptions(self, options.argv);
      setExit(await handler(context(self), self.args, self.opts()));
    });
  }
  return program;
}

function commanderExit(error: CommanderError, lang: Lang, options: RunOptions, program: Command): number {
  switch (error.code) {
    case 'commander.helpDisplayed':
    case 'commander.help':
    case 'commander.version':
      return 0;
    case 'commander.unknownOption': {
      const option = /'([^']+)'/.exec(error.message)?.[1] ?? error.message;
      const command = invokedCommand(program, options.argv);
      // Suggest only what this command takes; an option of other commands is named as theirs.
      const known = command ? optionFlags([program, command]) : optionFlags([program, ...program.commands]);
      const elsewhere = command
        ? program.commands.filter((c) => c !== command && optionFlags([c]).includes(option))
        : [];
      const suggestion = elsewhere.length > 0 ? undefined : didYouMean(option, known);
      options.stderr.write(
        `${t(lang, 'cli/unknown-option', {
          option: visibleText(option),
          suggestion,
          command: command?.name(),
          elsewhere:
            elsewhere.length > 0
              ? elsewhere.map((c) => c.name()).join(lang === 'zh' ? '、' : ', ')
              : undefined,
        })}\n`,
      );
      return 2;
    }
    case 'commander.unknownCommand': {
      const command = /'([^']+)'/.exec(error.message)?.[1] ?? error.message;
      const suggestion = didYouMean(
        command,
        program.commands.map((c) => c.name()),
      );
      options.stderr.write(
        `${t(lang, 'cli/unknown-command', { command: visibleText(command), suggestion })}\n`,
      );
      return 2;
    }
    case 'commander.missingArgument': {
      const name = /'([^']+)'/.exec(error.message)?.[1] ?? '';
      const command = invokedCommand(program, options.argv);
      const argument = command?.registeredArguments.find((a) => a.name() === name);
      const usage = command?.usage() ?? '';
      options.stderr.write(
        `${t(lang, 'cli/missing-argument', {
          command: command?.name() ?? '',
          argument: name,
          description: argument?.description || undefined,
          usage,
        })}\n`,
      );
      return 2;
    }
    case 'commander.optionMissingArgument': {
      const flags = /'([^']+)'/.exec(error.message)?.[1] ?? error.message;
      options.stderr.write(
        `${t(lang, 'cli/option-missing-value', { option: flags.split(' ')[0], flags })}\n`,
      );
      return 2;
    }
    case 'commander.excessArguments': {
      const [, expected, got] = /Expected (\d+) arguments? but got (\d+)/.exec(error.message) ?? [];
      const command = invokedCommand(program, options.argv);
      options.stderr.write(
        `${t(lang, 'cli/excess-arguments', { command: command?.name() ?? '', expected, got })}\n`,
      );
      return 2;
    }
    default: {
      const detail = visibleText(error.message.replace(/^error:\s*/, '').split('\n')[0]!);
      options.stderr.write(`${t(lang, 'cli/usage', { detail })}\n`);
      return 2;
    }
  }
}

function optionFlags(commands: Command[]): string[] {
  const flags = new Set<string>();
  for (const cmd of commands) {
    for (const option of cmd.options) if (option.long) flags.add(option.long);
  }
  return [...flags];
}

/** The subcommand the user typed (the first word that names one). */
function invokedCommand(program: Command, argv: string[]): Command | undefined {
  const names = new Map(program.commands.map((c) => [c.name(), c]));
  for (const arg of argv) if (names.has(arg)) return names.get(arg);
  return undefined;
}

/**
 * `--as-of 2020-06-30 --as-of 2020-07-31`: commander keeps the last silently; a person meant one of
 * them, so say so. Options that collect (`init --unit`) and plain switches may repeat.
 */
function refuseRepeatedOptions(command: Command, argv: string[]): void {
  for (const option of command.options) {
    if (!option.long || !(option.required || option.optional) || option.variadic || option.parseArg) continue;
    const values: string[] = [];
    for (let i = 0; i < argv.length; i++) {
      const arg = argv[i]!;
      if (arg === '--') break;
      if (arg === option.long && i + 1 < argv.length) values.push(argv[++i]!);
      else if (arg.startsWith(`${option.long}=`)) values.push(arg.slice(option.long.length + 1));
    }
    const second = values.find((v) => v !== values[0]);
    if (second !== undefined) {
      throw new DangjianError('cli/repeated-option', { option: option.long, first: values[0], second });
    }
  }
}

/** The words that are not options, skipping the value of `--lang` (the one global option that takes one). */
function positionals(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--lang') i++;
    else if (!arg.startsWith('-')) out.push(arg);
  }
  return out;
}

/** Read a flag's value before commander runs, so that even its errors speak the chosen language. */
function peekFlag(argv: string[], flag: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === flag) return argv[i + 1];
    if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1);
  }
  return undefined;
}
