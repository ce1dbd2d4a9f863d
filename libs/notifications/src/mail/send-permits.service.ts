import { Injectable } from '@nestjs/common';

/** E-mail hand-overs at once per process; each holds a database connection while it runs. */
export const MAX_PARALLEL_SENDS = 4;

/**
 * Bounds the sends that run inside a transaction (the delivery row stays locked while the
 * SMTP server takes the message). The permit is taken before the transaction opens, so a
 * burst of e-mail jobs waits here, in memory, instead of holding every pooled connection.
 */
@Injectable()
export class SendPermitsService {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active < MAX_PARALLEL_SENDS) this.active++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}
