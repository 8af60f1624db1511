import { parentPort } from 'node:worker_threads';
import { extractForImport } from './extract-for-import.js';

/** A parser thread: receives {id, path, bytes, sha256}, answers {file}. The main thread is the only writer. */
parentPort!.on('message', async (job: { id: number; path: string; bytes: Uint8Array; sha256: string }) => {
  parentPort!.postMessage({ file: await extractForImport(job.path, job.bytes, job.sha256) });
});
