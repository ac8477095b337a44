// The one place compile touches `process`: on Ctrl-C, remove half-written workbooks, then stop as usual.
export type Cleanup = () => void;

/** Run `work` with `cleanup` armed for SIGINT; the signal is re-raised so the exit code stays 130. */
export async function withInterruptCleanup<T>(cleanup: Cleanup, work: () => Promise<T>): Promise<T> {
  const onSignal = () => {
    cleanup();
    process.removeListener('SIGINT', onSignal);
    process.kill(process.pid, 'SIGINT');
  };
  process.on('SIGINT', onSignal);
  try {
    return await work();
  } finally {
    process.removeListener('SIGINT', onSignal);
  }
}
