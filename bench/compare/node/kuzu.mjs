// Kuzu peer, the embedded graph database: people and titles as nodes,
// principals as Credit relationships (ordering, category, job,
// characters), episodes linked to their series, and the on-screen graph
// Marquee's path uses built inside Kuzu as a Link relationship (COPY from
// a Cypher query), searched with Kuzu's shortest-path pattern and, for
// co-stars, a two-hop match counted per person. Search is not asked: Kuzu
// has text search only through its fts extension, downloaded at run time,
// so it skips title.ratings too. Kuzu reads
// neither gzip nor IMDb's quote-less '\N' format, so the TSV files are
// first rewritten as CSV (counted in the load time, as a user would pay it).
//
//   node kuzu.mjs --queries q.json --imdb DIR --db /tmp/x.kuzu --out kuzu.json [--memory-gb 8]

import fs from 'node:fs';
import kuzu from 'kuzu';
import * as common from './common.mjs';
import { runQuestions } from './questions.mjs';
import { tsvBatches } from './tsv.mjs';

const opt = common.options();
const q = common.loadQueries(opt.queries);
const csvDir = `${opt.db}.csv`;
for (const p of [opt.db, `${opt.db}.wal`, csvDir]) fs.rmSync(p, { recursive: true, force: true });
fs.mkdirSync(csvDir);

// A byte per id number: which titles and people exist (credits naming
// others are dropped, as Marquee drops them; Kuzu would reject them).
class Flags {
  constructor() { this.a = new Uint8Array(1 << 20); }
  set(i) {
    if (i >= this.a.length) {
      const b = new Uint8Array(Math.max(i + 1, this.a.length * 2));
      b.set(this.a);
      this.a = b;
    }
    this.a[i] = 1;
  }
  has(i) { return i < this.a.length && this.a[i] === 1; }
}

const csv = (v) => (v === '\\N' ? '' : /[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
const id = (v) => Number(v.slice(2));

async function rewrite(name, out, row) {
  const path = common.tsvPath(opt.imdb, name);
  if (!path) return false;
  const fd = fs.openSync(`${csvDir}/${out}`, 'w');
  for await (const batch of tsvBatches(path)) {
    let text = '';
    for (const f of batch) {
      const r = row(f);
      if (r !== null) text += r + '\n';
    }
    fs.writeSync(fd, text);
  }
  fs.closeSync(fd);
  return true;
}

let t0 = common.nowUs();
const titles = new Flags();
const people = new Flags();
await rewrite('title.basics', 'title.csv', (f) => {
  titles.set(id(f[0]));
  return [id(f[0]), f[0], csv(f[2]), csv(f[5]), csv(f[1]), f[4] === '1' ? 'true' : 'false'].join(',');
});
await rewrite('name.basics', 'person.csv', (f) => {
  people.set(id(f[0]));
  return [id(f[0]), f[0], csv(f[1])].join(',');
});
await rewrite('title.principals', 'credit.csv', (f) =>
  (people.has(id(f[2])) && titles.has(id(f[0]))
    ? [id(f[2]), id(f[0]), f[1], csv(f[3]), csv(f[4]), csv(f[5])].join(',') : null));
const haveEpisodes = await rewrite('title.episode', 'episode.csv', (f) =>
  (titles.has(id(f[0])) && titles.has(id(f[1])) ? `${id(f[0])},${id(f[1])}` : null));
const csvSeconds = (common.nowUs() - t0) / 1e6;

t0 = common.nowUs();
const db = new kuzu.Database(opt.db, opt.memoryGb * 2 ** 30);
const conn = new kuzu.Connection(db);
const run = (cypher) => conn.querySync(cypher);
const copy = (table, file) => run(`COPY ${table} FROM '${csvDir}/${file}' (HEADER=false, DELIM=',', QUOTE='"', ESCAPE='"')`);
run('CREATE NODE TABLE Person(nid INT64, nconst STRING, name STRING, PRIMARY KEY(nid))');
run('CREATE NODE TABLE Title(tid INT64, tconst STRING, title STRING, year INT64, type STRING, adult BOOLEAN, PRIMARY KEY(tid))');
run('CREATE REL TABLE Credit(FROM Person TO Title, ordering INT64, category STRING, job STRING, characters STRING)');
run('CREATE REL TABLE EpisodeOf(FROM Title TO Title)');
run('CREATE REL TABLE Link(FROM Person TO Title)');
copy('Title', 'title.csv');
copy('Person', 'person.csv');
copy('Credit', 'credit.csv');
if (haveEpisodes) copy('EpisodeOf', 'episode.csv');
const rowsSeconds = (common.nowUs() - t0) / 1e6;

// The on-screen graph: cast credits, an episode counting for its series,
// linking movies, TV movies, series and mini-series that are not adult.
t0 = common.nowUs();
run(`COPY Link FROM (
  MATCH (p:Person)-[c:Credit]->(t:Title)
  WHERE c.category IN ['actor', 'actress', 'self']
  OPTIONAL MATCH (t)-[:EpisodeOf]->(s:Title)
  WITH p, coalesce(s.tid, t.tid) AS node, coalesce(s.type, t.type) AS type, coalesce(s.adult, t.adult) AS adult
  WHERE type IN ['movie', 'tvMovie', 'tvSeries', 'tvMiniSeries'] AND NOT adult
  RETURN DISTINCT p.nid, node)`);
run('CHECKPOINT');
const linkSeconds = (common.nowUs() - t0) / 1e6;
fs.rmSync(csvDir, { recursive: true, force: true });

const castStmt = conn.prepareSync(`MATCH (p:Person)-[c:Credit]->(t:Title {tid: $tid})
  RETURN p.nconst, p.name, c.category, c.job, c.characters ORDER BY c.ordering`);
const filmStmt = conn.prepareSync(`MATCH (p:Person {nid: $nid})-[c:Credit]->(t:Title)
  RETURN t.tconst, t.title, t.year, c.category, c.job, c.characters
  ORDER BY CASE WHEN t.year IS NULL THEN 1 ELSE 0 END, t.year, t.tid, c.ordering`);
// Person-Title-Person: a chain of d titles is 2d hops.
const pathStmt = conn.prepareSync(`MATCH p = (a:Person {nid: $a})-[:Link* SHORTEST 1..${2 * q.max_depth}]-(b:Person {nid: $b})
  RETURN length(p)`);

const costarStmt = conn.prepareSync(`MATCH (a:Person {nid: $nid})-[:Link]->(:Title)<-[:Link]-(b:Person)
  WHERE b.nid <> $nid RETURN b.nconst, count(*) AS shared, b.nid AS nid
  ORDER BY shared DESC, nid LIMIT ${q.costar_limit ?? 20}`);

const rows = (stmt, params) => conn.executeSync(stmt, params).getAllSync().map(Object.values);
const engine = {
  cast: (tconst) => rows(castStmt, { tid: id(tconst) }).map((r) => common.castRow(...r)),
  filmography: (nconst) => rows(filmStmt, { nid: id(nconst) }).map((r) => common.filmRow(...r)),
  path(from, to) {
    const r = budgeted(() => rows(pathStmt, { a: id(from), b: id(to) }));
    return r.timedOut ? -3 : r.length ? Number(r[0][0]) / 2 : -1;
  },
  costars(nconst) {
    const r = budgeted(() => rows(costarStmt, { nid: id(nconst) }));
    return r.timedOut ? r : { rows: r.map(([nc, shared]) => [nc, Number(shared)]) };
  },
};

// The query timeout (set below) stops a query at the budget.
function budgeted(query) {
  try {
    return query();
  } catch (e) {
    if (/timeout|interrupt/i.test(e.message)) return { timedOut: true };
    throw e;
  }
}
conn.setQueryTimeout(q.budget_seconds * 1000);

const stats = await runQuestions(engine, q, opt.reps);
const version = conn.querySync('CALL db_version() RETURN *').getAllSync()[0];
const bad = common.writeResult(opt.out, {
  engine: `Kuzu ${Object.values(version)[0]} (Node)`,
  load_seconds: csvSeconds + rowsSeconds + linkSeconds,
  load_detail: { csv_rewrite: csvSeconds, rows: rowsSeconds, link_table: linkSeconds },
  db_bytes: common.dirBytes(opt.db),
}, stats, q);
process.exit(bad ? 1 : 0);
