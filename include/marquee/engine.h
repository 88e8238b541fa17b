// Engine: Marquee's front door. It opens one index (with its search and
// graph sections) and answers Requests (marquee/request.h) with Answers:
// the names resolved and how (marquee/query.h's contract), the result, or
// why there is none with what to do. Every interface (the CLI, the HTTP
// server, the Python module) asks through an Engine and renders the Answer
// with src/render, so they all resolve, check, answer and fail alike.
//
// An Engine is immutable after Open and safe to share between threads; Ask
// allocates its own scratch space.

#pragma once

#include <memory>
#include <string>
#include <vector>

#include "marquee/graph.h"
#include "marquee/index.h"
#include "marquee/query.h"
#include "marquee/request.h"
#include "marquee/search.h"
#include "marquee/status.h"

namespace marquee {

// What Ask found. `status` is OK when the question was answered (perhaps
// with nothing: `empty`); otherwise it says why not, `candidates` what the
// text could have meant and `hint` what to do. Only the result fields of
// the request's command are filled.
struct Answer {
  Command command = Command::kSearch;
  Status status;
  bool empty = false;                     // answered, and the answer is "none"
  std::vector<Resolution> resolved;       // one per subject, in order
  std::vector<Candidate> candidates;      // NotFound / Ambiguous: choices
  std::string hint;                       // what to do next, for a person

  std::vector<SearchHit> hits;            // search
  SearchStats search_stats;
  std::string query;                      // search: as asked
  TitleInfo title;                        // title, cast
  CastResult cast;                        // cast; title: directors and writers
  PersonInfo person;                      // person, filmography
  FilmographyResult filmography;
  ConnectionFilter filter;                // connections
  CostarResult costars;
  SharedResult shared;
  PathResult path;
  DistanceResult distances;
  CenterResult center;
  IndexStats stats;                       // info
};

class Engine {
 public:
  // IOError (missing or unreadable file), Corruption or NotSupported (an
  // index of another format) when the index cannot be used.
  static Status Open(const std::string& index_path, std::unique_ptr<Engine>* out);
  ~Engine();

  Answer Ask(const Request& request) const;

  const Index& index() const { return *index_; }
  // nullptr when the index was built without those sections.
  const Graph* graph() const { return graph_.get(); }
  const Searcher* searcher() const { return searcher_.get(); }

 private:
  Engine() = default;
  std::unique_ptr<Index> index_;
  std::unique_ptr<Graph> graph_;
  std::unique_ptr<Searcher> searcher_;
};

// What to do when an index cannot be opened (build one, or point to it).
std::string OpenIndexHint();

}  // namespace marquee
