// The SQLite peer (see sqlite_peer.h). Loading follows SQLite's bulk-load
// advice (one transaction, no journal, indexes after the rows); queries run
// with a large page cache and mmap so reads come from memory, as Marquee's
// do. Files are read with Marquee's own gzip-aware line reader: it is fast
// and it is not what is being compared.

#include "sqlite_peer.h"

#include <sys/stat.h>

#include <charconv>
#include <nlohmann/json.hpp>

#include "measure.h"
#include "util/input_stream.h"
#include "util/line_reader.h"

namespace compare {

namespace {

using marquee::Status;

// How each TSV column is stored. K: an id, stored as its number (the
// primary key) and as text; R: a reference to an id, stored as its number;
// I: an integer (\N as NULL); S: text (\N as NULL).
constexpr char kKey = 'K', kRef = 'R', kInt = 'I', kText = 'S';

std::string FindInput(const std::string& dir, const std::string& name) {
  struct stat st;
  for (const char* ext : {".tsv.gz", ".tsv"}) {
    std::string p = dir + "/" + name + ext;
    if (stat(p.c_str(), &st) == 0) return p;
  }
  return "";
}

// The input files' names, sizes and modification times: what a reused
// database must have been loaded from.
std::string SourceStamp(const std::string& dir) {
  std::string stamp;
  for (const char* name : {"title.basics", "name.basics", "title.principals", "title.episode", "title.ratings"}) {
    std::string path = FindInput(dir, name);
    struct stat st;
    if (path.empty() || stat(path.c_str(), &st) != 0) continue;
    stamp.append(name).append(" ").append(std::to_string(st.st_size));
    stamp.append(" ").append(std::to_string(st.st_mtime)).append("\n");
  }
  return stamp;
}

// How every connection reads: a large page cache and the whole file mapped,
// so queries read from memory as Marquee's do; sorts in memory.
constexpr char kReadPragmas[] =
    "PRAGMA cache_size=-262144; PRAGMA mmap_size=68719476736; PRAGMA temp_store=MEMORY;";

// The progress handler: a statement past the deadline is interrupted.
int PastDeadline(void* deadline) {
  const auto* d = static_cast<const std::chrono::steady_clock::time_point*>(deadline);
  return std::chrono::steady_clock::now() > *d ? 1 : 0;
}

}  // namespace

bool IdNumber(std::string_view id, int64_t* n) {
  if (id.size() < 3) return false;
  auto [p, ec] = std::from_chars(id.data() + 2, id.data() + id.size(), *n);
  return ec == std::errc() && p == id.data() + id.size();
}

std::string_view ColumnView(sqlite3_stmt* s, int col) {
  const unsigned char* t = sqlite3_column_text(s, col);
  return t ? std::string_view(reinterpret_cast<const char*>(t), sqlite3_column_bytes(s, col)) : std::string_view();
}

std::string ColumnText(sqlite3_stmt* s, int col) { return std::string(ColumnView(s, col)); }

SqlitePeer::~SqlitePeer() {
  for (sqlite3_stmt* s : {cast_, filmography_, path_, costars_, search_words_, search_grams_}) sqlite3_finalize(s);
  if (db_) sqlite3_close(db_);
}

Status SqlitePeer::Exec(const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = std::string("sqlite: ") + (err ? err : "error") + " in: " + sql;
    sqlite3_free(err);
    return Status::IOError(msg);
  }
  return Status::OK();
}

void SqlitePeer::Arm(double budget_seconds) {
  deadline_ = std::chrono::steady_clock::now() + std::chrono::microseconds(static_cast<int64_t>(budget_seconds * 1e6));
  sqlite3_progress_handler(db_, 10000, PastDeadline, &deadline_);
}

void SqlitePeer::Disarm() { sqlite3_progress_handler(db_, 0, nullptr, nullptr); }

Status SqlitePeer::Prepare(const char* sql, sqlite3_stmt** stmt) {
  if (sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, stmt, nullptr) != SQLITE_OK)
    return Status::IOError(std::string("sqlite: ") + sqlite3_errmsg(db_) + " in: " + sql);
  return Status::OK();
}

Status SqlitePeer::LoadFile(const std::string& path, const char* insert_sql, const std::vector<char>& kinds,
                            uint64_t* rows) {
  std::unique_ptr<marquee::InputStream> in;
  MARQUEE_RETURN_IF_ERROR(marquee::InputStream::Open(path, &in));
  marquee::LineReader reader(std::move(in));
  sqlite3_stmt* insert;
  MARQUEE_RETURN_IF_ERROR(Prepare(insert_sql, &insert));
  std::string_view line;
  std::vector<std::string_view> f;
  reader.Next(&line);  // header
  while (reader.Next(&line)) {
    f.clear();
    for (size_t start = 0;;) {
      size_t tab = line.find('\t', start);
      f.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (f.size() != kinds.size()) continue;  // a broken row; Marquee skips it too
    int param = 1;
    bool ok = true;
    for (size_t i = 0; i < f.size(); ++i) {
      std::string_view v = f[i];
      int64_t n = 0;
      switch (kinds[i]) {
        case kKey:
        case kRef:
          ok = ok && IdNumber(v, &n);
          sqlite3_bind_int64(insert, param++, n);
          if (kinds[i] == kKey) sqlite3_bind_text(insert, param++, v.data(), int(v.size()), SQLITE_STATIC);
          break;
        case kInt:
          if (v == "\\N") sqlite3_bind_null(insert, param++);
          else if (std::from_chars(v.data(), v.data() + v.size(), n).ec == std::errc()) sqlite3_bind_int64(insert, param++, n);
          else sqlite3_bind_text(insert, param++, v.data(), int(v.size()), SQLITE_STATIC);
          break;
        default:
          if (v == "\\N") sqlite3_bind_null(insert, param++);
          else sqlite3_bind_text(insert, param++, v.data(), int(v.size()), SQLITE_STATIC);
      }
    }
    if (ok && sqlite3_step(insert) != SQLITE_DONE) {
      Status s = Status::IOError("sqlite insert: " + std::string(sqlite3_errmsg(db_)));
      sqlite3_finalize(insert);
      return s;
    }
    sqlite3_reset(insert);
    if (ok) ++*rows;
  }
  sqlite3_finalize(insert);
  return reader.status();
}

Status SqlitePeer::Load(const std::string& imdb_dir, const std::string& db_path, LoadTimes* times) {
  std::remove(db_path.c_str());
  db_path_ = db_path;
  if (sqlite3_open(db_path.c_str(), &db_) != SQLITE_OK) return Status::IOError("cannot open " + db_path);
  // Bulk load: no rollback journal or fsync (a failed load is simply redone).
  MARQUEE_RETURN_IF_ERROR(Exec(kReadPragmas));
  MARQUEE_RETURN_IF_ERROR(Exec(
      "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
      "CREATE TABLE titles(tid INTEGER PRIMARY KEY, tconst TEXT, title_type TEXT, primary_title TEXT,"
      " original_title TEXT, is_adult INTEGER, start_year INTEGER, end_year INTEGER, runtime_minutes INTEGER,"
      " genres TEXT);"
      "CREATE TABLE people(nid INTEGER PRIMARY KEY, nconst TEXT, primary_name TEXT, birth_year INTEGER,"
      " death_year INTEGER, primary_profession TEXT, known_for_titles TEXT);"
      "CREATE TABLE principals(tid INTEGER, ordering INTEGER, nid INTEGER, category TEXT, job TEXT,"
      " characters TEXT);"
      "CREATE TABLE episodes(tid INTEGER PRIMARY KEY, parent_tid INTEGER, season INTEGER, episode INTEGER);"
      "CREATE TABLE ratings(tid INTEGER PRIMARY KEY, rating REAL, votes INTEGER);"
      "BEGIN;"));
  Stopwatch rows_clock;
  struct Input {
    const char* name;
    const char* sql;
    std::vector<char> kinds;
    bool required;
  };
  const Input inputs[] = {
      {"title.basics", "INSERT OR IGNORE INTO titles VALUES(?,?,?,?,?,?,?,?,?,?)",
       {kKey, kText, kText, kText, kInt, kInt, kInt, kInt, kText}, true},
      {"name.basics", "INSERT OR IGNORE INTO people VALUES(?,?,?,?,?,?,?)",
       {kKey, kText, kInt, kInt, kText, kText}, true},
      {"title.principals", "INSERT INTO principals VALUES(?,?,?,?,?,?)",
       {kRef, kInt, kRef, kText, kText, kText}, true},
      {"title.episode", "INSERT OR IGNORE INTO episodes VALUES(?,?,?,?)", {kRef, kRef, kInt, kInt}, false},
      {"title.ratings", "INSERT OR IGNORE INTO ratings VALUES(?,?,?)", {kRef, kText, kInt}, false},
  };
  for (const Input& in : inputs) {
    std::string path = FindInput(imdb_dir, in.name);
    if (path.empty()) {
      if (in.required) return Status::InvalidArgument(std::string("no ") + in.name + ".tsv(.gz) in " + imdb_dir);
      continue;
    }
    MARQUEE_RETURN_IF_ERROR(LoadFile(path, in.sql, in.kinds, &times->rows));
  }
  MARQUEE_RETURN_IF_ERROR(Exec("COMMIT;"));
  times->rows_seconds = rows_clock.seconds();

  Stopwatch index_clock;
  MARQUEE_RETURN_IF_ERROR(Exec(
      "CREATE INDEX principals_by_title ON principals(tid, ordering);"
      "CREATE INDEX principals_by_person ON principals(nid);"));
  times->index_seconds = index_clock.seconds();

  Stopwatch link_clock;
  MARQUEE_RETURN_IF_ERROR(BuildLinks());
  times->link_seconds = link_clock.seconds();
  Stopwatch search_clock;
  MARQUEE_RETURN_IF_ERROR(BuildSearch());
  times->search_seconds = search_clock.seconds();

  MARQUEE_RETURN_IF_ERROR(Exec("CREATE TABLE load_info(source TEXT, rows_seconds REAL, index_seconds REAL,"
                               " link_seconds REAL, search_seconds REAL, rows INTEGER, heap_highwater INTEGER);"));
  sqlite3_stmt* info;
  MARQUEE_RETURN_IF_ERROR(Prepare("INSERT INTO load_info VALUES(?,?,?,?,?,?,?)", &info));
  std::string source = SourceStamp(imdb_dir);
  sqlite3_bind_text(info, 1, source.data(), int(source.size()), SQLITE_STATIC);
  int col = 2;
  for (double t : {times->rows_seconds, times->index_seconds, times->link_seconds, times->search_seconds})
    sqlite3_bind_double(info, col++, t);
  times->heap_highwater = memory_highwater();
  sqlite3_bind_int64(info, col++, static_cast<int64_t>(times->rows));
  sqlite3_bind_int64(info, col, static_cast<int64_t>(times->heap_highwater));
  int rc = sqlite3_step(info);
  sqlite3_finalize(info);
  if (rc != SQLITE_DONE) return Status::IOError("sqlite: cannot record the load: " + std::string(sqlite3_errmsg(db_)));
  return PrepareQueries();
}

Status SqlitePeer::Reopen(const std::string& imdb_dir, const std::string& db_path, LoadTimes* times) {
  struct stat st;
  if (stat(db_path.c_str(), &st) != 0) return Status::NotFound(db_path + ": no database to reuse; run without --reuse-db");
  db_path_ = db_path;
  if (sqlite3_open_v2(db_path.c_str(), &db_, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
    return Status::IOError("cannot open " + db_path);
  MARQUEE_RETURN_IF_ERROR(Exec(kReadPragmas));
  // load_info is written last by Load, so its row says the load finished.
  sqlite3_stmt* info;
  if (!Prepare("SELECT source, rows_seconds, index_seconds, link_seconds, search_seconds, rows, heap_highwater"
               " FROM load_info",
               &info).ok())
    return Status::Corruption(db_path + ": not a completed load (no load_info); run without --reuse-db");
  bool found = sqlite3_step(info) == SQLITE_ROW;
  std::string source = found ? ColumnText(info, 0) : "";
  if (found) {
    times->rows_seconds = sqlite3_column_double(info, 1);
    times->index_seconds = sqlite3_column_double(info, 2);
    times->link_seconds = sqlite3_column_double(info, 3);
    times->search_seconds = sqlite3_column_double(info, 4);
    times->rows = static_cast<uint64_t>(sqlite3_column_int64(info, 5));
    times->heap_highwater = static_cast<uint64_t>(sqlite3_column_int64(info, 6));
  }
  sqlite3_finalize(info);
  if (!found) return Status::Corruption(db_path + ": not a completed load; run without --reuse-db");
  if (source != SourceStamp(imdb_dir))
    return Status::InvalidArgument(db_path + " was loaded from other files than " + imdb_dir +
                                   " (sizes or times differ); run without --reuse-db");
  return PrepareQueries();
}

Status SqlitePeer::PrepareQueries() {
  MARQUEE_RETURN_IF_ERROR(Prepare(
      "SELECT n.nconst, n.primary_name, p.category, p.job, p.characters"
      " FROM principals p JOIN people n ON n.nid = p.nid WHERE p.tid = ?1 ORDER BY p.ordering", &cast_));
  MARQUEE_RETURN_IF_ERROR(Prepare(
      "SELECT t.tconst, t.primary_title, t.start_year, p.category, p.job, p.characters"
      " FROM principals p JOIN titles t ON t.tid = p.tid WHERE p.nid = ?1"
      " ORDER BY t.start_year IS NULL, t.start_year, p.tid, p.ordering", &filmography_));
  MARQUEE_RETURN_IF_ERROR(PrepareLinkQueries());
  return PrepareSearchQueries();
}

bool SqlitePeer::Cast(const std::string& tconst, std::vector<Row>* rows) {
  RowWriter out(rows);
  int64_t tid;
  if (!IdNumber(tconst, &tid)) return false;
  sqlite3_bind_int64(cast_, 1, tid);
  while (sqlite3_step(cast_) == SQLITE_ROW) {
    Row& r = out.Next();
    r.id = ColumnView(cast_, 0);
    r.name = ColumnView(cast_, 1);
    r.year = 0;
    r.category = ColumnView(cast_, 2);
    r.job = ColumnView(cast_, 3);
    r.raw_characters = ColumnView(cast_, 4);
  }
  sqlite3_reset(cast_);
  return true;
}

bool SqlitePeer::Filmography(const std::string& nconst, std::vector<Row>* rows) {
  RowWriter out(rows);
  int64_t nid;
  if (!IdNumber(nconst, &nid)) return false;
  sqlite3_bind_int64(filmography_, 1, nid);
  while (sqlite3_step(filmography_) == SQLITE_ROW) {
    Row& r = out.Next();
    r.id = ColumnView(filmography_, 0);
    r.name = ColumnView(filmography_, 1);
    r.year = sqlite3_column_int(filmography_, 2);
    r.category = ColumnView(filmography_, 3);
    r.job = ColumnView(filmography_, 4);
    r.raw_characters = ColumnView(filmography_, 5);
  }
  sqlite3_reset(filmography_);
  return true;
}

uint64_t SqlitePeer::memory_highwater() const { return static_cast<uint64_t>(sqlite3_memory_highwater(0)); }

uint64_t SqlitePeer::db_bytes() const {
  struct stat st;
  return stat(db_path_.c_str(), &st) == 0 ? static_cast<uint64_t>(st.st_size) : 0;
}

void DecodeJsonCharacters(std::vector<Row>* rows) {
  for (Row& r : *rows) {
    r.characters.clear();
    if (r.raw_characters.empty()) continue;
    auto j = nlohmann::json::parse(r.raw_characters, nullptr, /*allow_exceptions=*/false);
    if (!j.is_array()) {
      r.characters.push_back("<bad JSON: " + r.raw_characters + ">");
      continue;
    }
    for (const auto& c : j) r.characters.push_back(c.is_string() ? c.get<std::string>() : c.dump());
  }
}

}  // namespace compare
