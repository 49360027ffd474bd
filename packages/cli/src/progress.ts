/**
 * The progress of a batch on a terminal: one line on stderr, redrawn in place as documents finish,
 * and cleared before anything else is printed there (so messages never land inside the bar).
 * Off a terminal it draws nothing: the per-document lines on stdout are the progress there, and
 * a log file gets no carriage returns.
 */
import type { Io } from './run.js';

declare module './run.js' {
  interface Io {
    /** stderr is a terminal: a batch draws its progress bar there. */
    stderrIsTTY?: boolean;
    /** Its width in columns, when known. */
    stderrColumns?: number;
  }
}

export interface Progress {
  /** One more document done; `path` is shown beside the bar. */
  tick(path: string): void;
  /** Prints to stderr above the bar. */
  stderr(text: string): void;
  /** Prints to stdout, the bar cleared first when both go to one terminal. */
  stdout(text: string): void;
  /** Clears the bar for good. */
  done(): void;
}

/** Redraws at most this often: a thousand small documents would otherwise redraw a thousand times. */
const REDRAW_MS = 80;
const BAR_WIDTH = 24;

export function progress(io: Io, total: number, enabled: boolean): Progress {
  if (!enabled || io.stderrIsTTY !== true) return { tick: () => undefined, stderr: (text) => io.stderr(text), stdout: (text) => io.stdout(text), done: () => undefined };
  let count = 0;
  let shown = false;
  let last = 0;
  let current = '';
  const columns = io.stderrColumns ?? 80;
  const clear = () => {
    if (shown) io.stderr('\r\u001b[K');
    shown = false;
  };
  const draw = () => {
    const filled = Math.round((count / total) * BAR_WIDTH);
    const head = `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ${count}/${total} `;
    // The path's tail, so the line never wraps (a wrapped line cannot be redrawn in place).
    const room = Math.max(0, columns - head.length - 1);
    const tail = current.length > room ? `…${current.slice(current.length - room + 1)}` : current;
    io.stderr(`\r${head}${tail}\u001b[K`);
    shown = true;
    last = Date.now();
  };
  const above = (write: (text: string) => void, text: string) => {
    const redraw = shown;
    clear();
    write(text);
    if (redraw) draw();
  };
  return {
    tick(path) {
      count++;
      current = path;
      if (count === total || Date.now() - last >= REDRAW_MS) draw();
    },
    stderr: (text) => above(io.stderr, text),
    stdout: (text) => above(io.stdout, text),
    done: clear,
  };
}
