/**
 * Progress of a long seed on standard error: a bar redrawn in place when the stream is a terminal,
 * otherwise a few plain lines (each phase, and every quarter of the work), so that logs stay short.
 */

export type Progress = {
  /** The whole work, in rows. */
  start: (totalRows: number) => void;
  /** A new phase (a table, or a group of them) begins. */
  phase: (name: string, rows: number) => void;
  /** `n` more rows are written. */
  advance: (n: number) => void;
  /** Clears the bar (the caller prints the closing line). */
  finish: () => void;
};

export const silentProgress: Progress = { start: () => {}, phase: () => {}, advance: () => {}, finish: () => {} };

type Stream = { write: (text: string) => unknown; isTTY?: boolean; columns?: number };

const number = (n: number) => n.toLocaleString('en-US');
export const seconds = (ms: number) => (ms < 60_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`);

export function streamProgress(stream: Stream, now: () => number = () => performance.now()): Progress {
  const tty = stream.isTTY === true;
  let total = 1;
  let done = 0;
  let began = now();
  let phase = { name: '', rows: 0, done: 0 };
  let lastDraw = 0;
  let nextQuarter = 0.25;

  const draw = (force = false) => {
    const t = now();
    if (!force && t - lastDraw < 100) return;
    lastDraw = t;
    const share = Math.min(1, done / total);
    const width = Math.max(10, Math.min(30, (stream.columns ?? 80) - 60));
    const filled = Math.round(share * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    const line = `[${bar}] ${String(Math.floor(share * 100)).padStart(3)}%  ${phase.name} ${number(phase.done)}/${number(phase.rows)}  ${seconds(t - began)}`;
    stream.write(`\r\x1b[K${line}`);
  };
  const plain = (text: string) => stream.write(`national: ${text} (${seconds(now() - began)})\n`);

  return {
    start: (rows) => {
      total = Math.max(1, rows);
      done = 0;
      began = now();
      if (!tty) plain(`writing ${number(rows)} rows`);
    },
    phase: (name, rows) => {
      phase = { name, rows, done: 0 };
      if (tty) draw(true);
      else if (rows >= total / 10) plain(`${name}: ${number(rows)} rows`);
    },
    advance: (n) => {
      done += n;
      phase.done += n;
      if (tty) return draw();
      while (done / total >= nextQuarter && nextQuarter < 1) {
        plain(`${Math.round(nextQuarter * 100)}% done`);
        nextQuarter += 0.25;
      }
    },
    finish: () => {
      if (tty) stream.write('\r\x1b[K');
    },
  };
}
