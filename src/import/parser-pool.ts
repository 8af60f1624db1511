import { Worker } from 'node:worker_threads';
import type { FileResult } from '../store/write-file.js';
import { extractForImport } from './extract-for-import.js';

/** Parses files on worker threads (parsing is CPU-bound), or in this thread when `threads` is 0. */
export class ParserPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly waiting: (() => void)[] = [];
  private readonly pending = new Map<number, (file: FileResult) => void>();
  private nextId = 0;

  constructor(threads: number) {
    const file = import.meta.url.endsWith('.ts') ? './import-worker.ts' : './import-worker.js';
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(new URL(file, import.meta.url));
      worker.on('message', (m: { id: number; file: FileResult }) => {
        this.pending.get(m.id)!(m.file);
        this.pending.delete(m.id);
        this.release(worker);
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  /** Parses one file. */
  async parse(path: string, bytes: Uint8Array, sha256: string): Promise<FileResult> {
    if (this.workers.length === 0) return extractForImport(path, bytes, sha256);
    const worker = await this.acquire();
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      worker.postMessage({ id, path, bytes, sha256 });
    });
  }

  /** Stops the threads. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private acquire(): Promise<Worker> {
    const worker = this.idle.pop();
    if (worker) return Promise.resolve(worker);
    return new Promise((resolve) => this.waiting.push(() => resolve(this.idle.pop()!)));
  }

  private release(worker: Worker): void {
    this.idle.push(worker);
    this.waiting.shift()?.();
  }
}
