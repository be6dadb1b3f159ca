import type { Readable } from 'node:stream';
import { createInterface } from 'node:readline';

/** How many lines a LineLog keeps by default: enough to explain a failure, bounded in memory. */
export const DEFAULT_LINE_LOG_CAPACITY = 500;

/** The last lines a child process wrote, each with a prefix naming the process, kept in memory. */
export class LineLog {
  private readonly lines: string[] = [];

  constructor(private readonly capacity = DEFAULT_LINE_LOG_CAPACITY) {}

  /** Records every line of `stream` as `<prefix> <line>`, and passes it to `onLine` if given. */
  follow(stream: Readable, prefix: string, onLine?: (line: string) => void): void {
    createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
      const prefixed = `${prefix} ${line}`;
      this.lines.push(prefixed);
      if (this.lines.length > this.capacity) this.lines.shift();
      onLine?.(prefixed);
    });
  }

  /** True when some kept line matches `pattern`. */
  includes(pattern: RegExp): boolean {
    return this.lines.some((line) => pattern.test(line));
  }

  /** The kept lines, oldest first, one per line. */
  toString(): string {
    return this.lines.join('\n');
  }
}
