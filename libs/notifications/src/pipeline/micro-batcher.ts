interface Waiting<I, O> {
  item: I;
  resolve: (value: O) => void;
  reject: (reason: unknown) => void;
}

export interface MicroBatcherOptions {
  /** Flush as soon as this many items wait. */
  maxSize: number;
  /** Otherwise flush this long after the first item arrived. */
  maxWaitMs: number;
  /**
   * Batches running at once; more items wait (and grow the next batch) until one finishes,
   * so a burst cannot take every pooled database connection.
   */
  maxInFlight?: number;
}

/**
 * Collects items submitted by concurrently running jobs and hands them to `run` together,
 * so a burst of jobs costs one database round trip instead of one each. `run` returns one
 * result (or Error) per item, in order; each caller gets its own.
 */
export class MicroBatcher<I, O> {
  private waiting: Waiting<I, O>[] = [];
  private timer: NodeJS.Timeout | null = null;
  private inFlight = new Set<Promise<void>>();

  constructor(
    private readonly run: (items: I[]) => Promise<(O | Error)[]>,
    private readonly options: MicroBatcherOptions,
  ) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (this.waiting.length >= this.options.maxSize) {
        this.flush();
      } else if (!this.timer) {
        this.timer = setTimeout(() => this.flush(), this.options.maxWaitMs);
      }
    });
  }

  /** Waits for everything submitted so far to be handled. */
  async drain(): Promise<void> {
    this.flush();
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }

  private flush(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    while (this.waiting.length && this.inFlight.size < (this.options.maxInFlight ?? Infinity)) {
      const batch = this.waiting.slice(0, this.options.maxSize);
      this.waiting = this.waiting.slice(batch.length);
      const done: Promise<void> = this.execute(batch).finally(() => {
        this.inFlight.delete(done);
        // What queued up meanwhile goes next, without waiting for a timer.
        if (this.waiting.length) this.flush();
      });
      this.inFlight.add(done);
    }
  }

  private async execute(batch: Waiting<I, O>[]): Promise<void> {
    try {
      const results = await this.run(batch.map((w) => w.item));
      batch.forEach((w, i) => {
        const r = results[i];
        if (r instanceof Error) w.reject(r);
        else if (r === undefined) w.reject(new Error('The batch returned no result for this item'));
        else w.resolve(r);
      });
    } catch (err) {
      for (const w of batch) w.reject(err);
    }
  }
}
