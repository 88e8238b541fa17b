// Marquee and SQLite (C API) answering the same questions in one process,
// in turns: each function checks SQLite's answers against Marquee's and
// times both, query by query, so machine noise hits both engines alike.
// Used by marquee-compare-sqlite (sqlite_compare.cc).

#pragma once

#include "marquee/graph.h"
#include "marquee/search.h"
#include "measure.h"
#include "query_set.h"
#include "sqlite_peer.h"

namespace compare {

// One kind of question: Marquee's numbers and SQLite's.
struct Both {
  KindStats marquee, sqlite;
};

// Cast and filmography: every answer checked once (untimed, warming both
// engines), then `reps` timed passes, alternating which engine goes first.
void CompareLookups(const marquee::Index& index, SqlitePeer& sqlite, const QuerySet& set, int reps, Both* cast,
                    Both* filmography);

// Paths and co-stars: one timed pass each (a Marquee pass before it warms
// its pages), checked as it goes; past the budget counts as a timeout.
void ComparePaths(const marquee::Index& index, const marquee::Graph& graph, SqlitePeer& sqlite, const QuerySet& set,
                  Both* path);
void CompareCostars(const marquee::Index& index, const marquee::Graph& graph, SqlitePeer& sqlite,
                    const QuerySet& set, Both* costars);

// Search: one untimed pass that scores top-1 (and warms), then one timed
// pass, alternating which engine goes first; SQLite is not asked again a
// question that ran past the budget: its time is the budget.
void CompareSearch(const marquee::Searcher& searcher, SqlitePeer& sqlite, const QuerySet& set, Both* search);

}  // namespace compare
