// Reads an IMDb TSV file (plain or .gz) as arrays of fields, one per data
// row, in batches: the way a Node developer loads these files into an
// engine that has no TSV reader of its own (better-sqlite3, Kuzu's input
// preparation). Quoting is off, as IMDb's format needs: a '"' is literal.
// Lines are split by hand rather than with readline, which is ~2x slower.

import fs from 'node:fs';
import zlib from 'node:zlib';

// Yields arrays of rows (each an array of strings; '\N' kept as is). Rows
// whose column count differs from the header's are skipped and counted in
// `skipped.count`, as Marquee skips them.
export async function* tsvBatches(path, skipped = { count: 0 }) {
  let input = fs.createReadStream(path, { highWaterMark: 1 << 20 });
  if (path.endsWith('.gz')) input = input.pipe(zlib.createGunzip({ chunkSize: 1 << 20 }));
  input.setEncoding('utf8');  // decodes characters split across chunks correctly
  let rest = '';
  let width = 0;
  for await (const chunk of input) {
    const text = rest + chunk;
    const lines = text.split('\n');
    rest = lines.pop();
    const batch = [];
    for (const line of lines) {
      const f = (line.endsWith('\r') ? line.slice(0, -1) : line).split('\t');
      if (!width) {
        width = f.length;
        continue;
      }
      if (f.length !== width) skipped.count++;
      else batch.push(f);
    }
    if (batch.length) yield batch;
  }
  if (rest) {
    const f = rest.split('\t');
    if (width && f.length === width) yield [f];
  }
}

export const nul = (v) => (v === '\\N' ? null : v);
export const int = (v) => (v === '\\N' ? null : Number(v));
