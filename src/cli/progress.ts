// The progress bar `scan` and `collect` draw on stderr while targets are collected: targets
// done of all, how many were lost (unreachable) or partly collected, and an estimate of the time
// left. Only on a terminal, never with -q: into a pipe or a CI log it would be noise. One line,
// redrawn in place (carriage return, erase line) at most every REDRAW_MS; a warning clears it
// first and it is drawn again after, so lines never interleave.

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): boolean;
}

const REDRAW_MS = 100;
const BAR = 24;
const ERASE = '\r\u001b[2K';

export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

export interface ProgressState {
  done: number;
  total: number;
  unreachable: number;
  partial: number;
  elapsedMs: number;
  /** the target that just finished */
  last?: string;
}

/** The bar's one line, at most `width` characters: [#####.....] 12/40 targets, 1 unreachable, ETA 0:35 web-7 */
export function progressLine(s: ProgressState, width: number): string {
  const frac = s.total ? Math.min(1, s.done / s.total) : 0;
  const filled = Math.round(frac * BAR);
  const lost = [s.unreachable ? `${s.unreachable} unreachable` : '', s.partial ? `${s.partial} partial` : ''].filter(Boolean).join(', ');
  const eta = s.done > 0 && s.done < s.total ? `ETA ${formatDuration((s.elapsedMs / s.done) * (s.total - s.done))}` : `${formatDuration(s.elapsedMs)} elapsed`;
  const text = `[${'#'.repeat(filled)}${'.'.repeat(BAR - filled)}] ${s.done}/${s.total} targets${lost ? `, ${lost}` : ''}, ${eta}${s.last ? ` ${s.last}` : ''}`;
  // control characters in a target name must not move the cursor
  const clean = text.replace(/[\u0000-\u001F\u007F-\u009F]/g, '\uFFFD');
  return clean.length <= width ? clean : `${clean.slice(0, Math.max(0, width - 1))}…`;
}

export class ProgressBar {
  private state: ProgressState = { done: 0, total: 0, unreachable: 0, partial: 0, elapsedMs: 0 };
  private shown = false;
  private lastDraw = 0;
  private readonly started: number;

  constructor(
    private readonly stream: ProgressStream,
    private readonly enabled: boolean,
    private readonly now: () => number = Date.now,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {
    this.started = now();
  }

  /** Whether anything will ever be drawn: a terminal on the stream, and not --quiet. */
  get active(): boolean {
    return this.enabled && this.stream.isTTY === true;
  }

  private width(): number {
    const cols = this.stream.columns && this.stream.columns > 0 ? this.stream.columns : Number(this.env['COLUMNS']) || 80;
    // one column short of the edge, so the cursor never wraps to a new line
    return Math.max(20, cols - 1);
  }

  /** A target finished (`status` as the collector reports it). */
  update(done: number, total: number, status: string, id: string): void {
    if (!this.active) return;
    const s = this.state;
    s.done = done;
    s.total = total;
    if (status === 'unreachable') s.unreachable++;
    if (status === 'partial') s.partial++;
    s.last = id;
    s.elapsedMs = this.now() - this.started;
    if (done < total && this.now() - this.lastDraw < REDRAW_MS) return;
    this.draw();
  }

  private draw(): void {
    this.lastDraw = this.now();
    this.stream.write(`${ERASE}${progressLine(this.state, this.width())}`);
    this.shown = true;
  }

  /** Write a whole line (a warning) without mixing it into the bar. */
  interrupt(line: string): void {
    if (this.shown) this.stream.write(ERASE);
    this.stream.write(line);
    if (this.shown) this.draw();
  }

  /** Collection is over: the bar goes away, leaving the terminal as it was. */
  finish(): void {
    if (this.shown) this.stream.write(ERASE);
    this.shown = false;
  }
}
