import { Worker } from 'node:worker_threads';
import type { FileResult } from '../store/write-file.js';
import { extractForImport } from './extract-for-import.js';

interface Job {
  id: number;
  path: string;
  sha256: string;
  size: number;
  resolve: (file: FileResult) => void;
}

/**
 * Parses files on worker threads (parsing is CPU-bound), or in this thread when `threads` is 0 or when running
 * from the TypeScript sources (threads load the built JavaScript). A thread that crashes fails only the file it
 * held; the pool goes on with the threads left, and in this thread when none is left.
 */
export class ParserPool {
  private readonly idle: Worker[] = [];
  private readonly waiting: ((worker: Worker | null) => void)[] = [];
  private readonly running = new Map<Worker, Job>();
  private alive = 0;
  private nextId = 0;

  constructor(threads: number) {
    if (import.meta.url.endsWith('.ts')) return;
    for (let i = 0; i < threads; i++) this.start();
  }

  /** Parses one file. */
  async parse(path: string, bytes: Uint8Array, sha256: string): Promise<FileResult> {
    const worker = await this.acquire();
    if (!worker) return extractForImport(path, bytes, sha256);
    return new Promise((resolve) => {
      const job: Job = { id: this.nextId++, path, sha256, size: bytes.length, resolve };
      this.running.set(worker, job);
      worker.postMessage({ id: job.id, path, bytes, sha256 });
    });
  }

  /** Stops the threads. */
  async close(): Promise<void> {
    const workers = [...this.idle, ...this.running.keys()];
    this.alive = 0;
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private start(): void {
    const worker = new Worker(new URL('./import-worker.js', import.meta.url));
    this.alive++;
    this.idle.push(worker);
    worker.on('message', (m: { file: FileResult }) => {
      this.running.get(worker)?.resolve(m.file);
      this.running.delete(worker);
      this.release(worker);
    });
    worker.on('error', (e) => {
      const job = this.running.get(worker);
      this.running.delete(worker);
      if (this.idle.includes(worker)) this.idle.splice(this.idle.indexOf(worker), 1);
      this.alive--;
      job?.resolve({ path: job.path, sha256: job.sha256, size: job.size, result: null, figures: [], error: { code: 'internal-error', message: `解析线程出错：${e.message}` } });
      if (this.alive === 0) for (const wake of this.waiting.splice(0)) wake(null);
    });
  }

  private acquire(): Promise<Worker | null> {
    if (this.alive === 0) return Promise.resolve(null);
    const worker = this.idle.pop();
    if (worker) return Promise.resolve(worker);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(worker: Worker): void {
    const wake = this.waiting.shift();
    if (wake) wake(worker);
    else this.idle.push(worker);
  }
}
