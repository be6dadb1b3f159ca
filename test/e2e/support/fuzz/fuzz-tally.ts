/** Counts of requests per kind and answers per `__type`, and the failures, for the report. */
export class FuzzTally {
  readonly byKind = new Map<string, number>();
  readonly byType = new Map<string, number>();
  readonly byKindAndType = new Map<string, Map<string, number>>();
  readonly failures: string[] = [];
  /** Every failure by its signature (kind, problems): one example and a count. */
  private readonly failureKinds = new Map<string, { example: string; count: number }>();

  /** A wrong answer. */
  fail(signature: string, failure: string): void {
    this.failures.push(failure);
    const entry = this.failureKinds.get(signature) ?? { example: failure, count: 0 };
    entry.count++;
    this.failureKinds.set(signature, entry);
  }

  record(kind: string, type: string): void {
    increment(this.byKind, kind);
    increment(this.byType, type);
    const types = this.byKindAndType.get(kind) ?? new Map<string, number>();
    increment(types, type);
    this.byKindAndType.set(kind, types);
  }

  total(): number {
    return [...this.byKind.values()].reduce((sum, n) => sum + n, 0);
  }

  report(): string {
    const lines = ['requests per kind (answer __type counts):'];
    for (const [kind, n] of sorted(this.byKind)) lines.push(`  ${kind.padEnd(18)} ${String(n).padStart(5)}  ${sorted(this.byKindAndType.get(kind)!).map(([t, c]) => `${t}=${c}`).join(' ')}`);
    lines.push('answers per __type:');
    for (const [type, n] of sorted(this.byType)) lines.push(`  ${type.padEnd(34)} ${String(n).padStart(5)}`);
    lines.push(`wrong answers: ${this.failures.length}; by signature:`);
    for (const [signature, { example, count }] of this.failureKinds) lines.push(`  ${count} × ${signature}\n      e.g. ${example.slice(0, 400)}`);
    return lines.join('\n');
  }
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function sorted(counts: ReadonlyMap<string, number>): [string, number][] {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
