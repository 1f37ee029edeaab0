/** A plain-text progress bar on stderr: redrawn in place on a terminal, a line per 10% otherwise. */
export class ProgressBar {
  private done = 0;
  private lastDecile = -1;
  private lastDraw = 0;
  private readonly started = Date.now();

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly enabled: boolean,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  tick(count: number): void {
    this.done += count;
    if (!this.enabled || this.total <= 0) return;
    const ratio = Math.min(1, this.done / this.total);
    if (this.stream.isTTY) {
      const now = Date.now();
      if (now - this.lastDraw < 100 && ratio < 1) return;
      this.lastDraw = now;
      this.stream.write(`\r${this.render(ratio)}`);
    } else {
      const decile = Math.floor(ratio * 10);
      if (decile === this.lastDecile) return;
      this.lastDecile = decile;
      this.stream.write(`${this.render(ratio)}\n`);
    }
  }

  render(ratio: number): string {
    const width = 30;
    const filled = Math.round(ratio * width);
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
    return `${this.label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(ratio * 100).toFixed(0).padStart(3)}% ${this.done.toLocaleString('en-US')}/${this.total.toLocaleString('en-US')} ${seconds}s`;
  }

  finish(): void {
    if (this.enabled && this.stream.isTTY) this.stream.write('\n');
  }
}
