// The SQLite peer's search (see sqlite_peer.h): one row per name (a
// title's primary and, when different, original title; a person's name)
// with the popularity Marquee ranks by (votes for a title; for a person the
// summed votes of the distinct titles they are credited on), indexed twice
// by FTS5: words (unicode61, accents removed, prefix indexes for 2 and 3
// letters) and trigrams (for typos). A query asks the word index for names
// with every typed word, the last as a prefix; when no name has them all,
// it asks the trigram index for the names sharing the most of the words'
// trigrams. Either way hits rank by bm25, then popularity.

#include <set>

#include "search/tokenizer.h"
#include "sqlite_peer.h"

namespace compare {

using marquee::Status;

namespace {

std::vector<std::string> Pieces(const std::string& query) {
  std::vector<std::string> out;
  for (size_t i = 0; i < query.size();) {
    size_t end = query.find(' ', i);
    if (end == std::string::npos) end = query.size();
    std::string piece = query.substr(i, end - i);
    bool word = false;  // has a letter or digit (any non-ASCII byte may start one)
    for (unsigned char c : piece) word = word || std::isalnum(c) || c >= 0x80;
    if (word) out.push_back(piece);
    i = end + 1;
  }
  return out;
}

std::string Quoted(const std::string& s) {
  std::string q = "\"";
  for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

}  // namespace

std::string Fts5WordsQuery(const std::string& query) {
  std::string q;
  for (const std::string& p : Pieces(query)) q += (q.empty() ? "" : " ") + Quoted(p);
  return q.empty() ? q : q + "*";
}

std::string Fts5TrigramQuery(const std::string& query) {
  std::set<std::string> seen;
  std::string q;
  for (const std::string& p : Pieces(query)) {
    std::vector<size_t> starts;  // code point boundaries
    for (size_t i = 0; i < p.size(); i += marquee::search::Utf8Length(static_cast<unsigned char>(p[i])))
      starts.push_back(i);
    starts.push_back(p.size());
    for (size_t k = 0; k + 3 < starts.size(); ++k) {
      std::string gram = p.substr(starts[k], starts[k + 3] - starts[k]);
      if (seen.insert(gram).second) q += (q.empty() ? "" : " OR ") + Quoted(gram);
    }
  }
  return q;
}

Status SqlitePeer::BuildSearch() {
  MARQUEE_RETURN_IF_ERROR(Exec(
      "CREATE TABLE popularity(nid INTEGER PRIMARY KEY, pop INTEGER);"
      "INSERT INTO popularity SELECT p.nid, sum(r.votes) FROM (SELECT DISTINCT nid, tid FROM principals) p"
      " JOIN ratings r ON r.tid = p.tid JOIN titles t ON t.tid = p.tid GROUP BY p.nid;"
      "CREATE TABLE names(doc INTEGER PRIMARY KEY, text TEXT, id TEXT, name TEXT, pop INTEGER);"
      "INSERT INTO names(text, id, name, pop) SELECT t.primary_title, t.tconst, t.primary_title,"
      " coalesce(r.votes, 0) FROM titles t LEFT JOIN ratings r ON r.tid = t.tid WHERE t.primary_title IS NOT NULL;"
      "INSERT INTO names(text, id, name, pop) SELECT t.original_title, t.tconst, t.primary_title,"
      " coalesce(r.votes, 0) FROM titles t LEFT JOIN ratings r ON r.tid = t.tid"
      " WHERE t.original_title <> t.primary_title;"
      "INSERT INTO names(text, id, name, pop) SELECT n.primary_name, n.nconst, n.primary_name, coalesce(p.pop, 0)"
      " FROM people n LEFT JOIN popularity p ON p.nid = n.nid WHERE n.primary_name IS NOT NULL;"
      "CREATE VIRTUAL TABLE name_words USING fts5(text, content='names', content_rowid='doc',"
      " tokenize='unicode61 remove_diacritics 2', prefix='2 3');"
      "INSERT INTO name_words(name_words) VALUES('rebuild');"
      "CREATE VIRTUAL TABLE name_grams USING fts5(text, content='names', content_rowid='doc', tokenize='trigram');"
      "INSERT INTO name_grams(name_grams) VALUES('rebuild');"));
  return Status::OK();
}

Status SqlitePeer::PrepareSearchQueries() {
  MARQUEE_RETURN_IF_ERROR(Prepare(
      "SELECT d.id, d.name, d.text FROM name_words f JOIN names d ON d.doc = f.rowid WHERE name_words MATCH ?1"
      " ORDER BY f.rank, d.pop DESC LIMIT 10", &search_words_));
  return Prepare(
      "SELECT d.id, d.name, d.text FROM name_grams f JOIN names d ON d.doc = f.rowid WHERE name_grams MATCH ?1"
      " ORDER BY f.rank, d.pop DESC LIMIT 10", &search_grams_);
}

bool SqlitePeer::Search(const std::string& query, double budget_seconds, std::vector<SearchHitRow>* hits,
                        std::string* means) {
  hits->clear();
  Arm(budget_seconds);
  int rc = SQLITE_DONE;
  for (auto [stmt, how, text] : {std::tuple{search_words_, "fts5 words", Fts5WordsQuery(query)},
                                 std::tuple{search_grams_, "fts5 trigrams", Fts5TrigramQuery(query)}}) {
    *means = how;
    if (text.empty()) continue;
    sqlite3_bind_text(stmt, 1, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
      hits->push_back({ColumnText(stmt, 0), ColumnText(stmt, 1), ColumnText(stmt, 2)});
    sqlite3_reset(stmt);
    if (rc != SQLITE_DONE || !hits->empty()) break;
  }
  Disarm();
  if (rc != SQLITE_DONE && !TimedOut()) *means += " (error: " + std::string(sqlite3_errmsg(db_)) + ")";
  return rc == SQLITE_DONE || !TimedOut();
}

}  // namespace compare
