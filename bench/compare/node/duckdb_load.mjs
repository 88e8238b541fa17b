// Loading the DuckDB peer (duckdb.mjs): the IMDb TSV files through DuckDB's
// own CSV reader (quoting off: IMDb's '"' is literal; '\N' is NULL), with
// the numeric part of each id as an integer key, ART indexes on principals
// by title and by person and on titles/people by id, the on-screen
// person–title link table (paths, co-stars) and the search names
// (duckdb_search.mjs). Returns the seconds each step took.

import { tsvPath, nowUs } from './common.mjs';
import { buildSearch } from './duckdb_search.mjs';

function readCsv(imdb, name, columns) {
  const path = tsvPath(imdb, name);
  if (!path) return null;
  const cols = Object.entries(columns).map(([k, v]) => `'${k}': '${v}'`).join(', ');
  return `read_csv('${path}', delim='\\t', quote='', escape='', header=true, nullstr='\\N', columns={${cols}})`;
}

export async function load(conn, imdb) {
  let t0 = nowUs();
  const basics = readCsv(imdb, 'title.basics', {
    tconst: 'VARCHAR', titleType: 'VARCHAR', primaryTitle: 'VARCHAR', originalTitle: 'VARCHAR', isAdult: 'INTEGER',
    startYear: 'INTEGER', endYear: 'INTEGER', runtimeMinutes: 'INTEGER', genres: 'VARCHAR' });
  await conn.run(`CREATE TABLE titles AS SELECT CAST(substr(tconst, 3) AS BIGINT) AS tid, * FROM ${basics}`);
  const names = readCsv(imdb, 'name.basics', {
    nconst: 'VARCHAR', primaryName: 'VARCHAR', birthYear: 'INTEGER', deathYear: 'INTEGER',
    primaryProfession: 'VARCHAR', knownForTitles: 'VARCHAR' });
  await conn.run(`CREATE TABLE people AS SELECT CAST(substr(nconst, 3) AS BIGINT) AS nid, * FROM ${names}`);
  await conn.run(`CREATE TABLE principals AS SELECT CAST(substr(tconst, 3) AS BIGINT) AS tid, ordering,
    CAST(substr(nconst, 3) AS BIGINT) AS nid, category, job, characters FROM ${readCsv(imdb, 'title.principals', {
    tconst: 'VARCHAR', ordering: 'INTEGER', nconst: 'VARCHAR', category: 'VARCHAR', job: 'VARCHAR',
    characters: 'VARCHAR' })}`);
  const episodes = readCsv(imdb, 'title.episode', {
    tconst: 'VARCHAR', parentTconst: 'VARCHAR', seasonNumber: 'INTEGER', episodeNumber: 'INTEGER' });
  await conn.run(episodes
    ? `CREATE TABLE episodes AS SELECT CAST(substr(tconst, 3) AS BIGINT) AS tid,
       CAST(substr(parentTconst, 3) AS BIGINT) AS parent_tid, seasonNumber, episodeNumber FROM ${episodes}`
    : 'CREATE TABLE episodes(tid BIGINT, parent_tid BIGINT, seasonNumber INTEGER, episodeNumber INTEGER)');
  const ratings = readCsv(imdb, 'title.ratings', { tconst: 'VARCHAR', averageRating: 'DOUBLE', numVotes: 'BIGINT' });
  await conn.run(ratings
    ? `CREATE TABLE ratings AS SELECT CAST(substr(tconst, 3) AS BIGINT) AS tid, averageRating, numVotes AS votes
       FROM ${ratings}`
    : 'CREATE TABLE ratings(tid BIGINT, averageRating DOUBLE, votes BIGINT)');
  const rowsSeconds = (nowUs() - t0) / 1e6;

  t0 = nowUs();
  await conn.run('CREATE UNIQUE INDEX titles_by_id ON titles(tid)');
  await conn.run('CREATE UNIQUE INDEX people_by_id ON people(nid)');
  await conn.run('CREATE INDEX principals_by_title ON principals(tid)');
  await conn.run('CREATE INDEX principals_by_person ON principals(nid)');
  const indexSeconds = (nowUs() - t0) / 1e6;

  // The graph Marquee's `path` uses: on-screen credits, an episode counting
  // for its series, linking movies, TV movies, series and mini-series.
  t0 = nowUs();
  await conn.run(`CREATE TABLE link AS SELECT DISTINCT p.nid, t.tid AS node FROM principals p
    LEFT JOIN episodes e ON e.tid = p.tid
    JOIN titles t ON t.tid = coalesce(e.parent_tid, p.tid)
    WHERE p.category IN ('actor', 'actress', 'self')
      AND t.titleType IN ('movie', 'tvMovie', 'tvSeries', 'tvMiniSeries') AND t.isAdult = 0
      AND p.nid IN (SELECT nid FROM people) AND p.tid IN (SELECT tid FROM titles)`);
  await conn.run('CREATE INDEX link_by_person ON link(nid)');
  await conn.run('CREATE INDEX link_by_node ON link(node)');
  const linkSeconds = (nowUs() - t0) / 1e6;
  t0 = nowUs();
  await buildSearch(conn);
  await conn.run('CHECKPOINT');
  const searchSeconds = (nowUs() - t0) / 1e6;
  return { rows: rowsSeconds, indexes: indexSeconds, link_table: linkSeconds, search: searchSeconds };
}
