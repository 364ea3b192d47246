import fs from 'node:fs';

/** Flush to disk past this many buffered characters: memory stays flat whatever the graph size. */
const FLUSH_AT = 1 << 20;

/**
 * A fixture file written item by item: `{"<key>": [` then one JSON object per line, then `]}`.
 * Items are buffered and written in ~1 MB chunks, so a million relations never sit in memory.
 */
export class JsonArrayFile {
  private readonly fd: number;
  private buffer: string[] = [];
  private buffered = 0;
  count = 0;
  bytes = 0;

  constructor(
    readonly file: string,
    key: string,
  ) {
    this.fd = fs.openSync(file, 'w');
    this.push(`{\n  "${key}": [\n`);
  }

  add(item: object): void {
    this.push(`${this.count === 0 ? '' : ',\n'}    ${JSON.stringify(item)}`);
    this.count += 1;
  }

  close(): void {
    this.push('\n  ]\n}\n');
    this.flush();
    fs.closeSync(this.fd);
  }

  private push(text: string): void {
    this.buffer.push(text);
    this.buffered += text.length;
    if (this.buffered >= FLUSH_AT) this.flush();
  }

  private flush(): void {
    const chunk = this.buffer.join('');
    this.bytes += fs.writeSync(this.fd, chunk);
    this.buffer = [];
    this.buffered = 0;
  }
}
