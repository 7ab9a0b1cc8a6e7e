// Ctrl-C and SIGTERM during a scan: the first one stops collecting and lets the report of what
// finished be written (targets not reached are `skipped`, the scan exits 3); a second Ctrl-C
// exits at once. A cron job's or a Kubernetes Job's SIGTERM gets the same partial report.
export interface InterruptTrap {
  signal: AbortSignal;
  release(): void;
}

export function trapInterrupts(say: (line: string) => void): InterruptTrap {
  const controller = new AbortController();
  const onSignal = (sig: NodeJS.Signals): void => {
    if (controller.signal.aborted) {
      // The user insists: die by the signal itself, as a shell expects (status 128 + n). Not
      // process.exit(): it waits for busy I/O threads, and a report stuck on a FIFO nobody reads
      // would hold it forever.
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      process.kill(process.pid, sig);
      return;
    }
    say(`${sig === 'SIGINT' ? 'interrupted' : 'terminated'}: writing the report of the targets that finished (Ctrl-C again to quit now)`);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    release() {
      // once interrupted, the handlers stay: a second Ctrl-C while the report is written still quits at once
      if (!controller.signal.aborted) {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
      // an abandoned target's connection may still be closing: once the report is out, it is not
      // waited for (an unref'd timer fires only while something else keeps the process alive)
      if (controller.signal.aborted) setTimeout(() => process.exit(), 500).unref();
    },
  };
}
