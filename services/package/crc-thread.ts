import { Worker } from 'node:worker_threads';

/**
 * The worker's code, evaluated (no file to find, under the sources, the built CLI or the desktop app
 * alike): it adds each block it is sent to a running CRC-32 and answers when done, or with the CRC
 * when sent nothing.
 */
const CODE = `
const { parentPort } = require('node:worker_threads');
const { crc32 } = require('node:zlib');
let crc = 0;
parentPort.on('message', (m) => {
  if (m === null) { parentPort.postMessage(crc); crc = 0; return; }
  crc = crc32(new Uint8Array(m.buffer, m.offset, m.length), crc);
  parentPort.postMessage(null);
});`;

/**
 * CRC-32 computed on another core while this thread computes the SHA-256 of the same blocks: the
 * two hashes of a large attachment then take the time of the slower, not of both. Blocks must live in
 * a SharedArrayBuffer (see sharedBlock) and stay untouched until `add` resolves.
 */
export class CrcThread {
  private readonly worker: Worker;
  private waiting: { resolve(v: number | null): void; reject(e: unknown): void } | null = null;
  private failure: unknown = null;

  constructor() {
    this.worker = new Worker(CODE, { eval: true });
    this.worker.on('message', (v: number | null) => {
      const w = this.waiting;
      this.waiting = null;
      w?.resolve(v);
    });
    this.worker.on('error', (e) => this.fail(e));
    this.worker.on('exit', (code) => this.fail(new Error(`il calcolo del CRC-32 si è interrotto (codice ${code})`)));
  }

  private fail(e: unknown): void {
    this.failure ??= e;
    const w = this.waiting;
    this.waiting = null;
    w?.reject(e);
  }

  private ask(message: { buffer: SharedArrayBuffer; offset: number; length: number } | null): Promise<number | null> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.worker.postMessage(message);
    });
  }

  /** Adds a block (a view of a SharedArrayBuffer) to the running CRC; resolves when it may be reused. */
  async add(block: Uint8Array): Promise<void> {
    await this.ask({ buffer: block.buffer as SharedArrayBuffer, offset: block.byteOffset, length: block.byteLength });
  }

  /** The CRC-32 of the blocks added so far; the running CRC starts again from zero. */
  async result(): Promise<number> {
    return (await this.ask(null)) ?? 0;
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}

/** A buffer another thread can read without a copy. */
export const sharedBlock = (size: number): Buffer => Buffer.from(new SharedArrayBuffer(size));
