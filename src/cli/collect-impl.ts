// `ztaudit collect`: collection only; writes a (masked) facts snapshot to -o or stdout.
import { collectStage } from '../scan/pipeline.js';
import type { ExitCode } from './run-action.js';
import { collectOptions, makeConsole, writeOutput } from './scan-common.js';
import type { TargetCliOptions } from './target-options.js';

export interface CollectCliOptions extends TargetCliOptions {
  output?: string;
}

export async function collect(opts: CollectCliOptions): Promise<ExitCode> {
  const con = makeConsole(opts);
  const { trapInterrupts } = await import('./interrupt.js');
  const trap = trapInterrupts((line) => con.say(line));
  let snapshot;
  try {
    snapshot = await collectStage({ ...collectOptions(opts, con, undefined), interrupt: trap.signal });
  } finally {
    con.finish();
    trap.release();
  }
  const text = `${JSON.stringify(snapshot, null, 2)}\n`;
  if (opts.output) {
    await writeOutput(opts.output, text);
  } else {
    process.stdout.write(text);
  }
  // the same rule as scan: a lost target is exit 3; a partly collected one is a warning, since
  // the snapshot still holds every fact it could gather and says why the others are missing
  const lost = snapshot.targets.filter((t) => t.status !== 'ok');
  for (const t of lost) con.warn(`target ${t.target.id} ${t.status}${t.error ? `: ${t.error}` : ''}`);
  return lost.some((t) => t.status === 'unreachable' || t.status === 'skipped') ? 3 : 0;
}
