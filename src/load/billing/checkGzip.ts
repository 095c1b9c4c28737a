import { createReadStream } from "node:fs";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";

/**
 * Why a gzip file is broken (truncated, corrupt), or undefined when it is whole. DuckDB reads a
 * truncated .csv.gz without complaint, as if the file ended there; only the gzip trailer (length
 * and checksum) tells, so the file is decompressed once here, beside DuckDB's own read.
 */
export async function gzipProblem(file: string): Promise<string | undefined> {
  try {
    await pipeline(
      createReadStream(file, { highWaterMark: 1 << 20 }),
      createGunzip({ chunkSize: 1 << 20 }),
      new Writable({
        write: (_chunk, _encoding, done) => {
          done();
        },
      }),
    );
    return undefined;
  } catch (error) {
    const message = (error as Error).message;
    return /unexpected end/i.test(message)
      ? "the file is truncated (its gzip data end early)"
      : `not readable as gzip: ${message}`;
  }
}
