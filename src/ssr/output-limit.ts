import type { RenderResult } from '@lit-labs/ssr';

/**
 * The default `maxOutputBytes`: 16 MiB. The whole article renders to about
 * 32 kB, so a page could hold it some 500 times over; a real page is far
 * below. It stops a page of user-influenced HTML from growing without end
 * (100 kB of `<ms-article>` tags would be 126 MB).
 */
export const DEFAULT_MAX_OUTPUT_BYTES = 16 * 1024 * 1024;

/** Thrown when a page's output would pass its `maxOutputBytes`; nothing is returned then. */
export class OutputLimitError extends RangeError {
  override name = 'OutputLimitError';

  constructor(
    /** The cap in bytes that was reached. */
    readonly limit: number,
  ) {
    super(
      `renderPage: the rendered page would be larger than ${limit.toLocaleString('en')} bytes (maxOutputBytes); rendering stopped. Pass a larger maxOutputBytes (or Infinity) to render larger pages.`,
    );
  }
}

/** The output of one page, counted in UTF-8 bytes as it is written, so rendering stops at the cap and not after. */
export class CappedOutput {
  text = '';
  #bytes = 0;

  constructor(readonly limit: number) {}

  /** Throws a TypeError naming the option unless `limit` is a positive integer or Infinity. */
  static check(limit: unknown): number {
    if (limit === undefined) return DEFAULT_MAX_OUTPUT_BYTES;
    if (limit === Infinity || (typeof limit === 'number' && Number.isInteger(limit) && limit > 0)) return limit;
    throw new TypeError(`renderPage: maxOutputBytes must be a positive integer (bytes) or Infinity, not ${String(limit)}`);
  }

  /** Appends to the page, or throws an OutputLimitError when that would pass the cap. */
  write(chunk: string): void {
    this.#bytes += this.#fits(Buffer.byteLength(chunk));
    this.text += chunk;
  }

  /**
   * Collects a render result chunk by chunk into a string (like
   * collectResultSync), checking each chunk against what is left of the cap:
   * Lit renders lazily, so stopping here stops the work too. Nothing is
   * written: the caller writes what it keeps of the string.
   */
  collect(result: RenderResult): string {
    let collected = '';
    let bytes = 0;
    for (const chunk of result) {
      if (typeof chunk !== 'string') throw new Error('an element rendered asynchronously, which the server renderer does not support');
      bytes += Buffer.byteLength(chunk);
      this.#fits(bytes);
      collected += chunk;
    }
    return collected;
  }

  /** `bytes`, when that many more still fit. */
  #fits(bytes: number): number {
    if (this.#bytes + bytes > this.limit) throw new OutputLimitError(this.limit);
    return bytes;
  }
}
