/** Timers ordered by due time (then by insertion), as a binary min-heap. */
export class TimerQueue {
  private readonly heap: { dueAt: number; seq: number; fire: () => void }[] = [];
  private seq = 0;

  get size(): number {
    return this.heap.length;
  }

  peekDueAt(): number | undefined {
    return this.heap[0]?.dueAt;
  }

  add(dueAt: number, fire: () => void): void {
    const heap = this.heap;
    heap.push({ dueAt, seq: this.seq++, fire });
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  }

  /** Removes and returns the earliest timer's callback. */
  pop(): (() => void) | undefined {
    const heap = this.heap;
    if (heap.length === 0) return undefined;
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && this.less(l, m)) m = l;
        if (r < heap.length && this.less(r, m)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m], heap[i]];
        i = m;
      }
    }
    return top.fire;
  }

  private less(a: number, b: number): boolean {
    const x = this.heap[a];
    const y = this.heap[b];
    return x.dueAt < y.dueAt || (x.dueAt === y.dueAt && x.seq < y.seq);
  }
}
