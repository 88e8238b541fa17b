// SQLite as people would set it up for IMDb's files, through its C API:
// title.basics, name.basics, title.principals, title.episode and
// title.ratings loaded into one database file (all columns, \N as NULL,
// the numeric part of each id as an INTEGER PRIMARY KEY), principals
// indexed by title and by person, a derived person–title link table (the
// on-screen graph, episodes folded into their series) indexed both ways for
// degrees of separation and co-stars (sqlite_graph.cc), and FTS5 indexes
// over every title and person name for search (sqlite_search.cc). Queries
// are the plain SQL a developer would write.

#pragma once

#include <sqlite3.h>

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "marquee/status.h"
#include "query_set.h"

namespace compare {

struct LoadTimes {
  double rows_seconds = 0;     // reading the TSV files and inserting rows
  double index_seconds = 0;    // CREATE INDEX on principals
  double link_seconds = 0;     // the link table and its indexes (paths, co-stars)
  double search_seconds = 0;   // popularity, the name table and its FTS5 indexes
  uint64_t rows = 0;
  uint64_t heap_highwater = 0; // SQLite's heap high-water mark at the end of the load
  double total() const { return rows_seconds + index_seconds + link_seconds + search_seconds; }
};

class SqlitePeer {
 public:
  ~SqlitePeer();
  // Creates (replacing) the database at `db_path` and loads `imdb_dir`.
  marquee::Status Load(const std::string& imdb_dir, const std::string& db_path, LoadTimes* times);
  // Opens, read-only, a database an earlier Load completed from the same
  // files (names, sizes and times must match), with that load's times.
  marquee::Status Reopen(const std::string& imdb_dir, const std::string& db_path, LoadTimes* times);

  // Same row form as Marquee's answers; raw_characters is the JSON text.
  bool Cast(const std::string& tconst, std::vector<Row>* rows);
  bool Filmography(const std::string& nconst, std::vector<Row>* rows);
  // Titles on a shortest chain of at most `max_depth` titles; -1 none
  // within that depth; -3 when it ran past `budget_seconds` (interrupted).
  int Path(const std::string& from, const std::string& to, int max_depth, double budget_seconds);
  // The `limit` people sharing the most linking titles with `person` (ties
  // by id); false when it ran past `budget_seconds`.
  bool Costars(const std::string& person, uint32_t limit, double budget_seconds, CostarRows* rows);
  // The first kSearchLimit names matching `query`; `means` says which index
  // answered ("fts5 words", or "fts5 trigrams" when no name has every
  // word). False when it ran past `budget_seconds`.
  bool Search(const std::string& query, double budget_seconds, std::vector<SearchHitRow>* hits, std::string* means);

  // SQLite's own heap high-water mark (page cache included).
  uint64_t memory_highwater() const;
  uint64_t db_bytes() const;

 private:
  marquee::Status Exec(const char* sql);
  marquee::Status Prepare(const char* sql, sqlite3_stmt** stmt);
  marquee::Status LoadFile(const std::string& path, const char* insert_sql, const std::vector<char>& kinds,
                           uint64_t* rows);
  marquee::Status BuildLinks();   // sqlite_graph.cc
  marquee::Status BuildSearch();  // sqlite_search.cc
  marquee::Status PrepareQueries();
  marquee::Status PrepareLinkQueries();    // sqlite_graph.cc
  marquee::Status PrepareSearchQueries();  // sqlite_search.cc
  // Interrupts statements that run past `budget_seconds` from now, until
  // Disarm(); TimedOut() says whether it did.
  void Arm(double budget_seconds);
  void Disarm();
  bool TimedOut() const { return std::chrono::steady_clock::now() > deadline_; }

  sqlite3* db_ = nullptr;
  std::string db_path_;
  std::chrono::steady_clock::time_point deadline_;
  sqlite3_stmt* cast_ = nullptr;
  sqlite3_stmt* filmography_ = nullptr;
  sqlite3_stmt* path_ = nullptr;
  sqlite3_stmt* costars_ = nullptr;
  sqlite3_stmt* search_words_ = nullptr;
  sqlite3_stmt* search_grams_ = nullptr;
};

// FTS5 query texts for a typed query, shared with node/sqlite_sql.mjs's
// rules: every piece with a letter or digit as a quoted term, the last one
// also as a prefix ("the" "dark" "sec"*); and the OR of the distinct
// three-letter pieces of its words, for the trigram index. "" when none.
std::string Fts5WordsQuery(const std::string& query);
std::string Fts5TrigramQuery(const std::string& query);

// The number in an IMDb id ("tt0000123" -> 123); false when malformed.
bool IdNumber(std::string_view id, int64_t* n);
// A text column of the current row ("" for NULL), valid until the next step.
std::string_view ColumnView(sqlite3_stmt* stmt, int col);
std::string ColumnText(sqlite3_stmt* stmt, int col);  // the same, copied

// Decodes raw_characters (IMDb's JSON array text, "" for NULL).
void DecodeJsonCharacters(std::vector<Row>* rows);

}  // namespace compare
