/** Wall and CPU time of the timed sections of a benchmark, minus excluded stretches inside them. */
export class Timer {
  wallMs = 0;
  cpuMs = 0;
  private w0 = 0;
  private c0: NodeJS.CpuUsage = { user: 0, system: 0 };

  start(): void {
    this.w0 = performance.now();
    this.c0 = process.cpuUsage();
  }

  stop(): void {
    this.wallMs += performance.now() - this.w0;
    const c = process.cpuUsage(this.c0);
    this.cpuMs += (c.user + c.system) / 1000;
  }

  /** Remove stretches measured inside the timed sections (see `measure`). */
  exclude(t: { wallMs: number; cpuMs: number }): void {
    this.wallMs -= t.wallMs;
    this.cpuMs -= t.cpuMs;
  }

  /** Run f, adding its wall and CPU time to this timer. */
  measure<T>(f: () => T): T {
    this.start();
    try {
      return f();
    } finally {
      this.stop();
    }
  }

  rate(n: number): string {
    return `${Math.round((n / this.wallMs) * 1000)} docs/s wall, ${Math.round((n / this.cpuMs) * 1000)} docs/s CPU`;
  }
}

/** Texts [from, to) of a corpus, generated before timing. */
export function chunk(text: (i: number) => string, from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) out.push(text(i));
  return out;
}
