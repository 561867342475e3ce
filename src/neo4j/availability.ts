/**
 * Whether Neo4j answers, shared by every Graph over one driver. After a query finds Neo4j unreachable, the graph counts
 * as down: one probe at a time asks Neo4j (every `intervalMs`, and at once when a request comes), and requests wait
 * for that probe at most `maxWaitMs` before they are answered 503. A restart of Neo4j thus costs a client one quick
 * 503 instead of stalled connection attempts, and the first request after Neo4j is back is served.
 */
export class Availability {
  private down = false;
  private timer: NodeJS.Timeout | null = null;
  private probing: Promise<boolean> | null = null;
  private stopped = false;

  constructor(
    private readonly probe: () => Promise<void>,
    private readonly options: { intervalMs?: number; maxWaitMs?: number; onChange?: (up: boolean) => void } = {},
  ) {}

  get isDown(): boolean {
    return this.down;
  }

  /** A query found Neo4j unreachable. */
  reportUnreachable(): void {
    if (this.down || this.stopped) return;
    this.down = true;
    this.options.onChange?.(false);
    this.schedule();
  }

  /** True when Neo4j is up, or comes back within the wait; false means answer 503. */
  async whenUp(): Promise<boolean> {
    if (!this.down) return true;
    if (this.stopped) return false;
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), this.options.maxWaitMs ?? 1_000);
    });
    try {
      return await Promise.race([this.check(), gaveUp]);
    } finally {
      clearTimeout(timer);
    }
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.check(), this.options.intervalMs ?? 500);
    this.timer.unref();
  }

  /** One probe at a time; every caller shares the one in flight. */
  private check(): Promise<boolean> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.probing ??= this.probe().then(
      () => {
        this.probing = null;
        if (this.stopped) return false;
        if (this.down) {
          this.down = false;
          this.options.onChange?.(true);
        }
        return true;
      },
      () => {
        this.probing = null;
        if (this.down) this.schedule();
        return false;
      },
    );
    return this.probing;
  }
}
