// SQLite through better-sqlite3, the usual way Node programs use SQLite:
// the IMDb TSV files read in JavaScript (tsv.mjs) and inserted in one
// transaction, then the same schema, indexes and SQL as the C API peer
// (sqlite_sql.mjs). Paths, co-stars and searches run in a child process
// (sqlite_worker.mjs) so a query past its time budget can be stopped.
//
//   node sqlite.mjs --queries q.json --imdb DIR --db /tmp/x.sqlite --out sqlite-node.json

import fs from 'node:fs';
import { fork } from 'node:child_process';
import Database from 'better-sqlite3';
import * as common from './common.mjs';
import { runQuestions } from './questions.mjs';
import * as sql from './sqlite_sql.mjs';
import { tsvBatches, nul, int } from './tsv.mjs';

const opt = common.options();
const q = common.loadQueries(opt.queries);
fs.rmSync(opt.db, { force: true });
const db = new Database(opt.db);
// Bulk load: no journal or fsync; a large cache and mmap for the queries.
db.pragma('journal_mode = OFF');
db.pragma('synchronous = OFF');
db.pragma('cache_size = -262144');
db.pragma('mmap_size = 68719476736');
db.pragma('temp_store = MEMORY');
db.exec(sql.schema);

const id = (v) => Number(v.slice(2));
const inputs = [
  ['title.basics', 'INSERT OR IGNORE INTO titles VALUES (?,?,?,?,?,?,?,?,?,?)',
    (f) => [id(f[0]), f[0], nul(f[1]), nul(f[2]), nul(f[3]), int(f[4]), int(f[5]), int(f[6]), int(f[7]), nul(f[8])]],
  ['name.basics', 'INSERT OR IGNORE INTO people VALUES (?,?,?,?,?,?,?)',
    (f) => [id(f[0]), f[0], nul(f[1]), int(f[2]), int(f[3]), nul(f[4]), nul(f[5])]],
  ['title.principals', 'INSERT INTO principals VALUES (?,?,?,?,?,?)',
    (f) => [id(f[0]), int(f[1]), id(f[2]), nul(f[3]), nul(f[4]), nul(f[5])]],
  ['title.episode', 'INSERT OR IGNORE INTO episodes VALUES (?,?,?,?)',
    (f) => [id(f[0]), id(f[1]), int(f[2]), int(f[3])]],
  ['title.ratings', 'INSERT OR IGNORE INTO ratings VALUES (?,?,?)', (f) => [id(f[0]), Number(f[1]), int(f[2])]],
];
let t0 = common.nowUs();
db.exec('BEGIN');
for (const [name, insertSql, row] of inputs) {
  const path = common.tsvPath(opt.imdb, name);
  if (!path) continue;
  const insert = db.prepare(insertSql);
  for await (const batch of tsvBatches(path)) for (const f of batch) insert.run(row(f));
}
db.exec('COMMIT');
const rowsSeconds = (common.nowUs() - t0) / 1e6;
t0 = common.nowUs();
db.exec(sql.indexes);
const indexSeconds = (common.nowUs() - t0) / 1e6;
t0 = common.nowUs();
db.exec(sql.link);
const linkSeconds = (common.nowUs() - t0) / 1e6;
t0 = common.nowUs();
db.exec(sql.search);
const searchSeconds = (common.nowUs() - t0) / 1e6;

const castStmt = db.prepare(sql.cast).raw();
const filmStmt = db.prepare(sql.filmography).raw();

// One child at a time; replaced when it is killed at the budget.
let worker = null;
function startWorker() {
  return new Promise((resolve) => {
    worker = fork(new URL('./sqlite_worker.mjs', import.meta.url), [opt.db]);
    worker.once('message', () => resolve());
  });
}

// Runs one query in the worker: its answer with the worker's own time, or
// { timedOut } at the budget.
async function inWorker(kind, args, budgetSeconds) {
  if (!worker) await startWorker();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      worker.removeAllListeners('message');
      worker.kill('SIGKILL');
      worker = null;
      resolve({ timedOut: true, us: budgetSeconds * 1e6 });
    }, budgetSeconds * 1000);
    worker.once('message', (answer) => {
      clearTimeout(timer);
      resolve(answer);
    });
    worker.send({ kind, args });
  });
}

const engine = {
  cast: (tconst) => castStmt.all(id(tconst)).map((r) => common.castRow(...r)),
  filmography: (nconst) => filmStmt.all(id(nconst)).map((r) => common.filmRow(...r)),
  async path(from, to, maxDepth, budgetSeconds) {
    const r = await inWorker('path', { from: id(from), to: id(to), maxDepth }, budgetSeconds);
    return { d: r.timedOut ? -3 : r.d, us: r.us };
  },
  costars: (nconst, limit, budgetSeconds) => inWorker('costars', { nid: id(nconst), limit }, budgetSeconds),
  search: (text, limit, budgetSeconds) => inWorker('search', { text, limit }, budgetSeconds),
};

const stats = await runQuestions(engine, q, opt.reps);
if (worker) worker.kill();
const version = db.prepare('SELECT sqlite_version()').pluck().get();
db.close();
const bad = common.writeResult(opt.out, {
  engine: `SQLite ${version} (Node, better-sqlite3)`,
  load_seconds: rowsSeconds + indexSeconds + linkSeconds + searchSeconds,
  load_detail: { rows: rowsSeconds, indexes: indexSeconds, link_table: linkSeconds, search: searchSeconds },
  search_means: 'as the C API peer (FTS5 words, then FTS5 trigrams)',
  db_bytes: common.dirBytes(opt.db),
}, stats, q);
process.exit(bad ? 1 : 0);
