// The SQLite schema and queries shared by sqlite.mjs (better-sqlite3) and
// its path worker, the same as bench/compare/sqlite_peer.cc uses through
// the C API, so both SQLite rows measure the same SQL.

export const schema = `
  CREATE TABLE titles(tid INTEGER PRIMARY KEY, tconst TEXT, title_type TEXT, primary_title TEXT,
    original_title TEXT, is_adult INTEGER, start_year INTEGER, end_year INTEGER, runtime_minutes INTEGER,
    genres TEXT);
  CREATE TABLE people(nid INTEGER PRIMARY KEY, nconst TEXT, primary_name TEXT, birth_year INTEGER,
    death_year INTEGER, primary_profession TEXT, known_for_titles TEXT);
  CREATE TABLE principals(tid INTEGER, ordering INTEGER, nid INTEGER, category TEXT, job TEXT, characters TEXT);
  CREATE TABLE episodes(tid INTEGER PRIMARY KEY, parent_tid INTEGER, season INTEGER, episode INTEGER);`;

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
