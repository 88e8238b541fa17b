// Runs better-sqlite3's graph and search queries (path, costars, search)
// in a child process for sqlite.mjs. better-sqlite3 is synchronous and
// cannot interrupt a running statement, so the parent enforces the time
// budget by killing this process and starting a fresh one. Each answer
// carries the worker's own time for the query (no messaging cost).

import Database from 'better-sqlite3';
import * as sql from './sqlite_sql.mjs';
import { fts5WordsQuery, fts5TrigramQuery } from './search_text.mjs';

const db = new Database(process.argv[2], { readonly: true });
db.pragma('cache_size = -262144');
db.pragma('mmap_size = 68719476736');
const pathStmt = db.prepare(sql.path).pluck();
const costarStmt = db.prepare(sql.costars).raw();
const searchStmts = [
  ['fts5 words', db.prepare(sql.searchWords).raw(), fts5WordsQuery],
  ['fts5 trigrams', db.prepare(sql.searchGrams).raw(), fts5TrigramQuery],
];

const kinds = {
  path({ from, to, maxDepth }) {
    let d = -1;
    for (let depth = 1; depth <= maxDepth && d === -1; depth++) {
      const r = pathStmt.get({ from, to, hops: 2 * depth });
      if (r !== undefined) d = r;
    }
    return { d };
  },
  costars({ nid, limit }) {
    return { rows: costarStmt.all({ nid, limit }) };
  },
  search({ text, limit }) {
    let hits = [];
    let means = '';
    try {
      for (const [how, stmt, toQuery] of searchStmts) {
        means = how;
        const match = toQuery(text);
        if (match) hits = stmt.all(match, limit);
        if (hits.length) break;
      }
    } catch (e) {
      means += ` (error: ${e.message})`;
    }
    return { hits, means };
  },
};

process.on('message', ({ kind, args }) => {
  const start = process.hrtime.bigint();
  const r = kinds[kind](args);
  process.send({ ...r, us: Number(process.hrtime.bigint() - start) / 1000 });
});
process.send({ ready: true });
