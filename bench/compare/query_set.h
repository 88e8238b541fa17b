// The shared question list of the peer comparison: a seeded sample of title
// ids (cast), person ids (filmography and co-stars), person pairs (degrees
// of separation) and typed names (search, search_questions.h), with
// Marquee's answers in a neutral row form that every peer engine (SQLite
// here, DuckDB/SQLite/Kuzu under node/) can reproduce with a plain query,
// so answers are compared row by row. Written to one JSON file (format in
// README.md) so all engines ask exactly the same.

#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "marquee/graph.h"
#include "marquee/index.h"
#include "search_questions.h"

namespace compare {

// One answer row. Cast: a credit of the title (id/name = the person's,
// year = 0). Filmography: a credit of the person (id/name = the title's
// id and primary title, year = start year or 0).
struct Row {
  std::string id, name;
  int year = 0;
  std::string category, job;            // job "" when none
  // Characters as the engine stores them (Marquee's list text, IMDb's JSON
  // array); copied while timing, decoded into `characters` afterwards so
  // neither side is timed on the other's format.
  std::string raw_characters;
  std::vector<std::string> characters;  // decoded; empty when none
  bool operator==(const Row& o) const {
    return id == o.id && name == o.name && year == o.year && category == o.category && job == o.job &&
           characters == o.characters;
  }
};

// Writes an answer's rows into `rows` over the rows the previous answer left
// there: assigning into a std::string keeps its buffer, so the engines are
// timed on finding and copying their answers, not on the allocator. Both
// sides of every timed lookup write through one of these.
class RowWriter {
 public:
  explicit RowWriter(std::vector<Row>* rows) : rows_(rows) {}
  ~RowWriter() { rows_->resize(used_); }
  RowWriter(const RowWriter&) = delete;
  RowWriter& operator=(const RowWriter&) = delete;

  // The next row, its fields still holding an earlier answer's values:
  // the caller assigns every field but `characters` (decoded later).
  Row& Next() {
    if (used_ == rows_->size()) rows_->emplace_back();
    return (*rows_)[used_++];
  }

 private:
  std::vector<Row>* rows_;
  size_t used_ = 0;
};

struct PathQuery {
  std::string from, to;
  int distance = -1;  // titles on a shortest chain; -1: none (or pending); -2: Marquee gave up
};

// A person's most frequent co-stars on the default graph: (person id,
// titles shared), most shared first; ties are in no agreed order.
using CostarRows = std::vector<std::pair<std::string, uint32_t>>;

struct CostarQuery {
  std::string person;
  CostarRows rows;        // Marquee's answer
  bool gave_up = false;   // Marquee ran out of budget
};

// How many questions of each kind Sample() draws.
struct SampleSizes {
  size_t titles = 1000, people = 1000, paths = 20, costars = 100, searches_per_form = 100;
};

struct QuerySet {
  uint64_t seed = 0;
  int max_depth = 6;          // peers search chains of at most this many titles
  double budget_seconds = 10; // per path query
  bool path_pending = false;  // this build has no graph: paths not compared
  std::vector<std::string> titles, people;
  std::vector<std::vector<Row>> cast, filmography;  // Marquee's answers
  std::vector<PathQuery> paths;
  uint32_t costar_limit = 20;
  std::vector<CostarQuery> costars;
  bool search_pending = false;  // this build has no search sections
  std::vector<SearchQuestion> searches;
};

// Marquee's side of each question, as the peers' SQL returns it: the
// title's credits in billing order / the person's credits by year, title,
// billing, with ids and names materialized. False when the id is unknown.
bool MarqueeCast(const marquee::Index& index, const std::string& tconst, std::vector<Row>* rows);
bool MarqueeFilmography(const marquee::Index& index, const std::string& nconst, std::vector<Row>* rows);
// Decodes raw_characters of rows from MarqueeCast/MarqueeFilmography.
void DecodeMarqueeCharacters(std::vector<Row>* rows);

// Distance in titles between two person ids on the default (on-screen)
// graph; -1 when unconnected; -2 when Marquee gave up (budget).
int MarqueePath(const marquee::Index& index, marquee::Connections& conn, const std::string& from,
                const std::string& to, double budget_seconds);

// Marquee's co-stars of a person id (Connections::Costars, default
// filter, `limit` people); false when it ran out of budget.
bool MarqueeCostars(const marquee::Index& index, marquee::Connections& conn, const std::string& person,
                    uint32_t limit, double budget_seconds, CostarRows* rows);

// Samples title ids and person ids uniformly over rows; path pairs and
// co-star people half in proportion to how linked people are (popular
// people) and half uniformly among linked people; search questions as
// SampleSearches does; all from `seed`. `graph` may be null (no graph in
// this index): paths and co-stars are then marked pending; `searcher` may
// be null too: search is then marked pending.
QuerySet Sample(const marquee::Index& index, const marquee::Graph* graph, const marquee::Searcher* searcher,
                uint64_t seed, const SampleSizes& sizes);

// Fills cast, filmography, paths[i].distance and costars with Marquee's
// answers.
void Answer(const marquee::Index& index, const marquee::Graph* graph, QuerySet* set);

std::string ToJson(const QuerySet& set);

// First difference between two answers, "" when they agree.
std::string Diff(const std::vector<Row>& want, const std::vector<Row>& got);

// First difference between two co-star lists of at most `limit` people, ""
// when they agree: the same number of people, the same count at every
// rank, and the same people wherever the count is above the last one's
// (all of them when the list is shorter than `limit`), since people tied
// at the cut may be cut differently.
std::string CostarDiff(const CostarRows& want, const CostarRows& got, size_t limit);

}  // namespace compare
