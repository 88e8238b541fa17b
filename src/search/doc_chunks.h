// The first stage of building the search sections: the documents (a
// title's primary, original and alternate titles, each distinct after
// folding; a person's name) and their words, made in parallel on every core
// over chunks of titles and people. Each chunk interns its words in its own
// TermTable; BuildSearchSections merges them into one dictionary.

#pragma once

#include <cstdint>
#include <vector>

#include "catalog/catalog.h"
#include "search/search_format.h"
#include "search/term_table.h"

namespace marquee::search {

// A share of the work: titles [begin, end) (with their alternate titles) or
// people [begin, end), and what came out of them.
struct Chunk {
  bool people = false;
  uint32_t begin = 0, end = 0;
  std::vector<uint32_t> docs;        // PackDoc per document made
  std::vector<uint32_t> term_begin;  // per document, into terms; one extra at the end
  std::vector<uint32_t> terms;       // local term ids (TermTable), in reading order
  TermTable table;
};

// Every document of the finalized catalog, chunk by chunk (titles first).
std::vector<Chunk> TokenizeDocuments(const Catalog& cat, uint32_t n_titles, uint32_t n_people);

}  // namespace marquee::search
