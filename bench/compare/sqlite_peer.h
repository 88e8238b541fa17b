// SQLite as people would set it up for IMDb's files, through its C API:
// title.basics, name.basics, title.principals and title.episode loaded into
// one database file (all columns, \N as NULL, the numeric part of each id
// as an INTEGER PRIMARY KEY), principals indexed by title and by person,
// and a derived person–title link table (the on-screen graph, episodes
// folded into their series) indexed both ways for degrees of separation.
// Queries are the plain SQL a developer would write; see sqlite_peer.cc.

#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <vector>

#include "marquee/status.h"
#include "query_set.h"

namespace compare {

struct LoadTimes {
  double rows_seconds = 0;     // reading the TSV files and inserting rows
  double index_seconds = 0;    // CREATE INDEX on principals
  double link_seconds = 0;     // the link table and its indexes (paths)
  uint64_t rows = 0;
  double total() const { return rows_seconds + index_seconds + link_seconds; }
};

class SqlitePeer {
 public:
  ~SqlitePeer();
  // Creates (replacing) the database at `db_path` and loads `imdb_dir`.
  marquee::Status Load(const std::string& imdb_dir, const std::string& db_path, LoadTimes* times);

  // Same row form as Marquee's answers; raw_characters is the JSON text.
  bool Cast(const std::string& tconst, std::vector<Row>* rows);
  bool Filmography(const std::string& nconst, std::vector<Row>* rows);
  // Titles on a shortest chain of at most `max_depth` titles; -1 none
  // within that depth; -3 when it ran past `budget_seconds` (interrupted).
  int Path(const std::string& from, const std::string& to, int max_depth, double budget_seconds);

  // SQLite's own heap high-water mark (page cache included).
  uint64_t memory_highwater() const;
  uint64_t db_bytes() const;

 private:
  marquee::Status Exec(const char* sql);
  marquee::Status Prepare(const char* sql, sqlite3_stmt** stmt);
  marquee::Status LoadFile(const std::string& path, const char* insert_sql, const std::vector<char>& kinds,
                           uint64_t* rows);
  sqlite3* db_ = nullptr;
  std::string db_path_;
  sqlite3_stmt* cast_ = nullptr;
  sqlite3_stmt* filmography_ = nullptr;
  sqlite3_stmt* path_ = nullptr;
};

// Decodes raw_characters (IMDb's JSON array text, "" for NULL).
void DecodeJsonCharacters(std::vector<Row>* rows);

}  // namespace compare
