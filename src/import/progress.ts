/** Import progress on stderr: one redrawn line on a terminal, a plain line every few seconds otherwise. */
export class Progress {
  private readonly started = Date.now();
  private lastPlain = 0;

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  /** Reports files done so far and failures so far. */
  update(done: number, failed: number): void {
    const seconds = (Date.now() - this.started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const eta = rate > 0 ? Math.round((this.total - done) / rate) : 0;
    const line = `${done}/${this.total} 个文件  ${rate.toFixed(1)} 个/秒  预计剩余 ${eta} 秒  失败 ${failed}`;
    if (this.stream.isTTY) {
      const width = 30;
      const filled = this.total > 0 ? Math.round((done / this.total) * width) : width;
      this.stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${line}\x1b[K`);
      if (done === this.total) this.stream.write('\n');
    } else if (done === this.total || Date.now() - this.lastPlain > 2000) {
      this.lastPlain = Date.now();
      this.stream.write(`jixiao import: ${line}\n`);
    }
  }
}
