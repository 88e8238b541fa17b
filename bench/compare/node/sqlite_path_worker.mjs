// Runs better-sqlite3's degrees-of-separation queries in a child process
// for sqlite.mjs. better-sqlite3 is synchronous and cannot interrupt a
// running statement, so the parent enforces the time budget by killing
// this process and starting a fresh one.

import Database from 'better-sqlite3';
import * as sql from './sqlite_sql.mjs';

const db = new Database(process.argv[2], { readonly: true });
db.pragma('cache_size = -262144');
db.pragma('mmap_size = 68719476736');
const stmt = db.prepare(sql.path).pluck();

process.on('message', ({ from, to, maxDepth }) => {
  const start = process.hrtime.bigint();
  let d = -1;
  for (let depth = 1; depth <= maxDepth && d === -1; depth++) {
    const r = stmt.get({ from, to, hops: 2 * depth });
    if (r !== undefined) d = r;
  }
  process.send({ d, us: Number(process.hrtime.bigint() - start) / 1000 });
});
process.send({ ready: true });
