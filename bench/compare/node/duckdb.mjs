// DuckDB peer: loads the IMDb TSV files into a database file (duckdb_load.mjs),
// then checks and times the shared questions (questions.mjs) with plain
// SQL: joins on the id keys, recursive CTEs over the link table, a
// self-join of it for co-stars, and scans of folded names for search
// (duckdb_search.mjs).
//
//   node duckdb.mjs --queries q.json --imdb DIR --db /tmp/x.duckdb --out duckdb.json

import fs from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import * as common from './common.mjs';
import { runQuestions } from './questions.mjs';
import { load } from './duckdb_load.mjs';
import { makeSearch } from './duckdb_search.mjs';

const opt = common.options();
const q = common.loadQueries(opt.queries);
for (const f of [opt.db, `${opt.db}.wal`]) fs.rmSync(f, { force: true });

const instance = await DuckDBInstance.create(opt.db, { memory_limit: `${opt.memoryGb}GB` });
const conn = await instance.connect();

const loadDetail = await load(conn, opt.imdb);

const castSql = await conn.prepare(`SELECT n.nconst, n.primaryName, p.category, p.job, p.characters
  FROM principals p JOIN people n ON n.nid = p.nid WHERE p.tid = $1 ORDER BY p.ordering`);
const filmSql = await conn.prepare(`SELECT t.tconst, t.primaryTitle, t.startYear, p.category, p.job, p.characters
  FROM principals p JOIN titles t ON t.tid = p.tid WHERE p.nid = $1
  ORDER BY t.startYear IS NULL, t.startYear, p.tid, p.ordering`);

// Breadth first over the bipartite graph, as for SQLite (sqlite_sql.mjs):
// a row is a person (kind 0) or a title (kind 1), so each step goes through
// distinct titles; deepened two hops (one title) at a time. A visited set
// through USING KEY / recurring (DuckDB 1.3+) measured 20x slower at scale
// 0.1 (3.3 s against 0.15 s for a 2-title chain), so the plain form it is.
const pathSql = await conn.prepare(`WITH RECURSIVE bfs(kind, id, hops) AS (
    SELECT 0, $1::BIGINT, 0
    UNION
    (SELECT 1, l.node, b.hops + 1 FROM bfs b JOIN link l ON l.nid = b.id WHERE b.kind = 0 AND b.hops < $3
     UNION
     SELECT 0, l.nid, b.hops + 1 FROM bfs b JOIN link l ON l.node = b.id WHERE b.kind = 1 AND b.hops < $3))
  SELECT min(hops) // 2 FROM bfs WHERE kind = 0 AND id = $2`);
const costarSql = await conn.prepare(`SELECT n.nconst, count(*) AS shared FROM link a
  JOIN link b ON b.node = a.node JOIN people n ON n.nid = b.nid WHERE a.nid = $1 AND b.nid <> $1
  GROUP BY b.nid, n.nconst ORDER BY shared DESC, b.nid LIMIT $2`);
const search = await makeSearch(conn, q.search_limit ?? 10);

async function rows(stmt, id) {
  stmt.bind([common.idNumber(id)]);
  return (await stmt.runAndReadAll()).getRowsJS();
}

const engine = {
  async cast(id) {
    return (await rows(castSql, id)).map((r) => common.castRow(...r));
  },
  async filmography(id) {
    return (await rows(filmSql, id)).map((r) => common.filmRow(...r));
  },
  async path(from, to, maxDepth, budgetSeconds) {
    const r = await budgeted(budgetSeconds, async (timedOut) => {
      for (let depth = 1; depth <= maxDepth && !timedOut(); depth++) {
        pathSql.bind([common.idNumber(from), common.idNumber(to), 2 * depth]);
        const found = (await pathSql.runAndReadAll()).getRowsJS();
        if (found.length && found[0][0] !== null) return { d: Number(found[0][0]) };
      }
      return timedOut() ? { timedOut: true } : { d: -1 };
    });
    return r.timedOut ? -3 : r.d;
  },
  costars: (nconst, limit, budgetSeconds) => budgeted(budgetSeconds, async () => {
    costarSql.bind([common.idNumber(nconst), limit]);
    const rows = (await costarSql.runAndReadAll()).getRowsJS();
    return { rows: rows.map(([id, shared]) => [id, Number(shared)]) };
  }),
  search: (text, limit, budgetSeconds) => budgeted(budgetSeconds, (timedOut) => search(text, timedOut)),
};

// Runs fn(timedOut) with a timer that interrupts the running query at the
// budget; { timedOut: true } when it did.
async function budgeted(budgetSeconds, fn) {
  let timedOut = false;
  const timer = setTimeout(() => { timedOut = true; conn.interrupt(); }, budgetSeconds * 1000);
  try {
    const r = await fn(() => timedOut);
    return timedOut ? { timedOut: true } : r;
  } catch (e) {
    if (timedOut) return { timedOut: true };
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

const stats = await runQuestions(engine, q, opt.reps);
const version = (await conn.runAndReadAll('SELECT version()')).getRowsJS()[0][0];
conn.closeSync?.();
const bad = common.writeResult(opt.out, {
  engine: `DuckDB ${version} (Node)`,
  load_seconds: Object.values(loadDetail).reduce((a, b) => a + b),
  load_detail: loadDetail,
  search_means: 'contains() on folded names for every word (last as prefix), exact name first; '
    + 'jaro_winkler_similarity over every name when none matches; then popularity',
  db_bytes: common.dirBytes(opt.db),
}, stats, q);
process.exit(bad ? 1 : 0);
