// The SQLite peer's graph questions (see sqlite_peer.h): the on-screen
// person–title link table, degrees of separation as a recursive CTE, and
// co-stars as a self-join of the link table.

#include "sqlite_peer.h"

namespace compare {

using marquee::Status;

Status SqlitePeer::BuildLinks() {
  // The on-screen graph Marquee's `path` and `costars` use: actor/actress/
  // self credits, an episode's credit counting for its series, linking
  // titles that are movies, TV movies, series or mini-series and not adult.
  MARQUEE_RETURN_IF_ERROR(Exec(
      "CREATE TABLE link(nid INTEGER, node INTEGER, PRIMARY KEY(nid, node)) WITHOUT ROWID;"
      "INSERT OR IGNORE INTO link SELECT p.nid, t.tid FROM principals p"
      " LEFT JOIN episodes e ON e.tid = p.tid"
      " JOIN titles t ON t.tid = coalesce(e.parent_tid, p.tid)"
      " WHERE p.category IN ('actor', 'actress', 'self')"
      "  AND t.title_type IN ('movie', 'tvMovie', 'tvSeries', 'tvMiniSeries') AND t.is_adult = 0"
      "  AND p.nid IN (SELECT nid FROM people) AND p.tid IN (SELECT tid FROM titles);"
      "CREATE INDEX link_by_node ON link(node, nid);"
      "ANALYZE;"));
  return Status::OK();
}

Status SqlitePeer::PrepareLinkQueries() {
  // Breadth first over the bipartite graph: a row is a person (kind 0) or
  // a title (kind 1) reached after `hops` steps, so each step goes through
  // distinct titles rather than every (person, title) pair. UNION only
  // drops repeated (kind, id, hops) rows: a CTE cannot keep a visited set.
  MARQUEE_RETURN_IF_ERROR(Prepare(
      "WITH RECURSIVE bfs(kind, id, hops) AS (SELECT 0, ?1, 0"
      " UNION SELECT 1, l.node, b.hops + 1 FROM bfs b JOIN link l ON l.nid = b.id WHERE b.kind = 0 AND b.hops < ?3"
      " UNION SELECT 0, l.nid, b.hops + 1 FROM bfs b JOIN link l ON l.node = b.id WHERE b.kind = 1 AND b.hops < ?3)"
      " SELECT hops / 2 FROM bfs WHERE kind = 0 AND id = ?2 LIMIT 1", &path_));
  return Prepare(
      "SELECT n.nconst, count(*) AS shared FROM link a JOIN link b ON b.node = a.node"
      " JOIN people n ON n.nid = b.nid WHERE a.nid = ?1 AND b.nid <> ?1"
      " GROUP BY b.nid ORDER BY shared DESC, b.nid LIMIT ?2", &costars_);
}

int SqlitePeer::Path(const std::string& from, const std::string& to, int max_depth, double budget_seconds) {
  int64_t a, b;
  if (!IdNumber(from, &a) || !IdNumber(to, &b)) return -1;
  Arm(budget_seconds);
  // Iterative deepening: the CTE expands every level up to its limit, so
  // asking for chains of 1, 2, ... titles finds near pairs far sooner.
  int d = -1;
  for (int depth = 1; depth <= max_depth && d == -1; ++depth) {
    sqlite3_bind_int64(path_, 1, a);
    sqlite3_bind_int64(path_, 2, b);
    sqlite3_bind_int(path_, 3, 2 * depth);  // person-title-person: 2 hops a title
    int rc = sqlite3_step(path_);
    d = rc == SQLITE_ROW ? sqlite3_column_int(path_, 0) : rc == SQLITE_DONE ? -1 : -3;
    sqlite3_reset(path_);
  }
  Disarm();
  return d;
}

bool SqlitePeer::Costars(const std::string& person, uint32_t limit, double budget_seconds, CostarRows* rows) {
  rows->clear();
  int64_t nid;
  if (!IdNumber(person, &nid)) return true;
  Arm(budget_seconds);
  sqlite3_bind_int64(costars_, 1, nid);
  sqlite3_bind_int(costars_, 2, static_cast<int>(limit));
  int rc;
  while ((rc = sqlite3_step(costars_)) == SQLITE_ROW)
    rows->emplace_back(ColumnText(costars_, 0), static_cast<uint32_t>(sqlite3_column_int(costars_, 1)));
  sqlite3_reset(costars_);
  Disarm();
  return rc == SQLITE_DONE;
}

}  // namespace compare
