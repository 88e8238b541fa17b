// BuildSearchSections: the SectionProducer of the search module (registered
// in src/build/build_index.cc). From the finalized catalog it makes the
// documents (primary, original and alternate titles, people's names), ranks
// them by popularity, tokenizes them and writes the term dictionary, posting
// lists and term trie described in search_format.h. Work is split over the
// machine's cores; memory is a few bytes per posting.

#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "index/index_builder.h"
#include "search/search_format.h"

namespace marquee::search {

Status BuildSearchSections(const CoreView& core, ProgressSink* progress, std::vector<ExtraSection>* out);

// The prefix-gram sections (search_format kGram*) from the sorted terms
// and every document's term ids (doc_terms, split by doc_term_offsets).
struct GramSections {
  std::vector<uint32_t> offsets;
  std::string bytes;
  std::vector<uint64_t> posting_offsets;
  std::string postings;
};
GramSections BuildGrams(const std::vector<std::string_view>& terms, const std::vector<uint32_t>& doc_term_offsets,
                        const uint32_t* doc_terms);

// The trie over `terms` (sorted bytewise, unique) in search_format's layout.
std::vector<search_format::TrieNode> BuildTrie(const std::vector<std::string_view>& terms);

}  // namespace marquee::search
