// The SQLite schema and queries shared by sqlite.mjs (better-sqlite3) and
// its worker, the same as bench/compare/sqlite_peer.cc, sqlite_graph.cc and
// sqlite_search.cc use through the C API, so both SQLite rows measure the
// same SQL.

export const schema = `
  CREATE TABLE titles(tid INTEGER PRIMARY KEY, tconst TEXT, title_type TEXT, primary_title TEXT,
    original_title TEXT, is_adult INTEGER, start_year INTEGER, end_year INTEGER, runtime_minutes INTEGER,
    genres TEXT);
  CREATE TABLE people(nid INTEGER PRIMARY KEY, nconst TEXT, primary_name TEXT, birth_year INTEGER,
    death_year INTEGER, primary_profession TEXT, known_for_titles TEXT);
  CREATE TABLE principals(tid INTEGER, ordering INTEGER, nid INTEGER, category TEXT, job TEXT, characters TEXT);
  CREATE TABLE episodes(tid INTEGER PRIMARY KEY, parent_tid INTEGER, season INTEGER, episode INTEGER);
  CREATE TABLE ratings(tid INTEGER PRIMARY KEY, rating REAL, votes INTEGER);`;

export const indexes = `
  CREATE INDEX principals_by_title ON principals(tid, ordering);
  CREATE INDEX principals_by_person ON principals(nid);`;

// The on-screen graph Marquee's path uses (see sqlite_peer.cc).
export const link = `
  CREATE TABLE link(nid INTEGER, node INTEGER, PRIMARY KEY(nid, node)) WITHOUT ROWID;
  INSERT OR IGNORE INTO link SELECT p.nid, t.tid FROM principals p
    LEFT JOIN episodes e ON e.tid = p.tid
    JOIN titles t ON t.tid = coalesce(e.parent_tid, p.tid)
    WHERE p.category IN ('actor', 'actress', 'self')
      AND t.title_type IN ('movie', 'tvMovie', 'tvSeries', 'tvMiniSeries') AND t.is_adult = 0
      AND p.nid IN (SELECT nid FROM people) AND p.tid IN (SELECT tid FROM titles);
  CREATE INDEX link_by_node ON link(node, nid);
  ANALYZE;`;

// Search (see sqlite_search.cc): one row per name with the popularity
// Marquee ranks by, indexed by FTS5 as words and as trigrams.
export const search = `
  CREATE TABLE popularity(nid INTEGER PRIMARY KEY, pop INTEGER);
  INSERT INTO popularity SELECT p.nid, sum(r.votes) FROM (SELECT DISTINCT nid, tid FROM principals) p
    JOIN ratings r ON r.tid = p.tid JOIN titles t ON t.tid = p.tid GROUP BY p.nid;
  CREATE TABLE names(doc INTEGER PRIMARY KEY, text TEXT, id TEXT, name TEXT, pop INTEGER);
  INSERT INTO names(text, id, name, pop) SELECT t.primary_title, t.tconst, t.primary_title,
    coalesce(r.votes, 0) FROM titles t LEFT JOIN ratings r ON r.tid = t.tid WHERE t.primary_title IS NOT NULL;
  INSERT INTO names(text, id, name, pop) SELECT t.original_title, t.tconst, t.primary_title,
    coalesce(r.votes, 0) FROM titles t LEFT JOIN ratings r ON r.tid = t.tid
    WHERE t.original_title <> t.primary_title;
  INSERT INTO names(text, id, name, pop) SELECT n.primary_name, n.nconst, n.primary_name, coalesce(p.pop, 0)
    FROM people n LEFT JOIN popularity p ON p.nid = n.nid WHERE n.primary_name IS NOT NULL;
  CREATE VIRTUAL TABLE name_words USING fts5(text, content='names', content_rowid='doc',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3');
  INSERT INTO name_words(name_words) VALUES('rebuild');
  CREATE VIRTUAL TABLE name_grams USING fts5(text, content='names', content_rowid='doc', tokenize='trigram');
  INSERT INTO name_grams(name_grams) VALUES('rebuild');`;

export const searchWords = `SELECT d.id, d.name, d.text FROM name_words f JOIN names d ON d.doc = f.rowid
  WHERE name_words MATCH ? ORDER BY f.rank, d.pop DESC LIMIT ?`;
export const searchGrams = `SELECT d.id, d.name, d.text FROM name_grams f JOIN names d ON d.doc = f.rowid
  WHERE name_grams MATCH ? ORDER BY f.rank, d.pop DESC LIMIT ?`;

export const costars = `SELECT n.nconst, count(*) AS shared FROM link a JOIN link b ON b.node = a.node
  JOIN people n ON n.nid = b.nid WHERE a.nid = :nid AND b.nid <> :nid
  GROUP BY b.nid ORDER BY shared DESC, b.nid LIMIT :limit`;

export const cast = `SELECT n.nconst, n.primary_name, p.category, p.job, p.characters
  FROM principals p JOIN people n ON n.nid = p.nid WHERE p.tid = ? ORDER BY p.ordering`;

export const filmography = `SELECT t.tconst, t.primary_title, t.start_year, p.category, p.job, p.characters
  FROM principals p JOIN titles t ON t.tid = p.tid WHERE p.nid = ?
  ORDER BY t.start_year IS NULL, t.start_year, p.tid, p.ordering`;

// Breadth first over the bipartite graph (see sqlite_peer.cc); run with
// :hops = 2, 4, ... (iterative deepening, two hops a title).
export const path = `WITH RECURSIVE bfs(kind, id, hops) AS (SELECT 0, :from, 0
    UNION SELECT 1, l.node, b.hops + 1 FROM bfs b JOIN link l ON l.nid = b.id WHERE b.kind = 0 AND b.hops < :hops
    UNION SELECT 0, l.nid, b.hops + 1 FROM bfs b JOIN link l ON l.node = b.id WHERE b.kind = 1 AND b.hops < :hops)
  SELECT hops / 2 FROM bfs WHERE kind = 0 AND id = :to LIMIT 1`;
