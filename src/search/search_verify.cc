// SearchIndex::Verify: the structure of the search sections (search_format.h,
// docs/search_format.md), read once from end to end. Open() checks only that
// the sections agree on their sizes; queries then follow offsets, term ids
// and doc ids without checking each, so this is what tells a sound index
// from one a buggy builder wrote (the checksums, Index::Verify's, cover
// damage after writing).

#include <string>

#include "search/search_index.h"

namespace marquee::search {

using namespace search_format;

namespace {

Status Bad(uint32_t section, const std::string& what) {
  return Status::Corruption("search section " + std::to_string(section) + ": " + what);
}

// Offsets into a section of `size` entries: from 0, never decreasing, ending
// at `size`.
template <typename T>
Status CheckOffsets(uint32_t section, std::span<const T> offsets, uint64_t size) {
  if (offsets.empty() || offsets.front() != 0 || offsets.back() != size)
    return Bad(section, "offsets do not run from 0 to " + std::to_string(size));
  for (size_t i = 1; i < offsets.size(); ++i)
    if (offsets[i] < offsets[i - 1]) return Bad(section, "offset " + std::to_string(i) + " goes backwards");
  return Status::OK();
}

// Posting lists: each strictly ascending, every doc id below `n_docs`.
template <typename T>
Status CheckPostings(uint32_t section, std::span<const T> offsets, std::span<const uint32_t> postings,
                     uint32_t n_docs) {
  for (size_t list = 0; list + 1 < offsets.size(); ++list) {
    for (uint64_t i = offsets[list]; i < offsets[list + 1]; ++i) {
      if (postings[i] >= n_docs || (i > offsets[list] && postings[i] <= postings[i - 1]))
        return Bad(section, "list " + std::to_string(list) + " is out of order or names doc " +
                                std::to_string(postings[i]) + " of " + std::to_string(n_docs));
    }
  }
  return Status::OK();
}

// Distinct byte strings in ascending order.
Status CheckSorted(uint32_t section, std::span<const uint32_t> offsets, std::string_view bytes, const char* what) {
  for (size_t i = 1; i + 1 < offsets.size(); ++i) {
    std::string_view prev = bytes.substr(offsets[i - 1], offsets[i] - offsets[i - 1]);
    std::string_view cur = bytes.substr(offsets[i], offsets[i + 1] - offsets[i]);
    if (!(prev < cur)) return Bad(section, std::string(what) + " " + std::to_string(i) + " is not after the one before");
  }
  return Status::OK();
}

}  // namespace

Status SearchIndex::Verify(const Index& index) const {
  const Header& h = *header_;
  if (h.n_title_docs + uint64_t{h.n_original_docs} + h.n_aka_docs + h.n_person_docs != h.n_docs)
    return Bad(kHeader, "the documents of each kind do not add up to " + std::to_string(h.n_docs));
  const uint64_t n_akas = index.aka_records().size();
  uint32_t per_kind[4] = {};
  for (uint32_t d = 0; d < h.n_docs; ++d) {
    uint32_t kind = DocKindOf(docs_[d]), row = DocRowOf(docs_[d]);
    uint64_t rows = kind == kPersonDoc ? index.person_count() : kind == kAkaDoc ? n_akas : index.title_count();
    if (row >= rows) return Bad(kDocs, "doc " + std::to_string(d) + " names row " + std::to_string(row) + " of " +
                                          std::to_string(rows));
    ++per_kind[kind];
  }
  if (per_kind[kTitleDoc] != h.n_title_docs || per_kind[kOriginalDoc] != h.n_original_docs ||
      per_kind[kAkaDoc] != h.n_aka_docs || per_kind[kPersonDoc] != h.n_person_docs)
    return Bad(kDocs, "documents of each kind differ from the header's counts");

  MARQUEE_RETURN_IF_ERROR(CheckOffsets(kTermOffsets, term_offsets_, term_bytes_.size()));
  MARQUEE_RETURN_IF_ERROR(CheckSorted(kTermBytes, term_offsets_, term_bytes_, "term"));
  MARQUEE_RETURN_IF_ERROR(CheckOffsets(kPostingOffsets, posting_offsets_, h.n_postings));
  MARQUEE_RETURN_IF_ERROR(CheckPostings(kPostings, posting_offsets_, postings_, h.n_docs));

  MARQUEE_RETURN_IF_ERROR(CheckOffsets(kDocTermOffsets, doc_term_offsets_, h.n_doc_terms));
  for (uint64_t i = 0; i < h.n_doc_terms; ++i)
    if (doc_terms_[i] >= h.n_terms) return Bad(kDocTerms, "entry " + std::to_string(i) + " is not a term id");

  MARQUEE_RETURN_IF_ERROR(CheckOffsets(kGramOffsets, gram_offsets_, gram_bytes_.size()));
  MARQUEE_RETURN_IF_ERROR(CheckSorted(kGramBytes, gram_offsets_, gram_bytes_, "gram"));
  MARQUEE_RETURN_IF_ERROR(CheckOffsets(kGramPostingOffsets, gram_posting_offsets_, h.n_gram_postings));
  MARQUEE_RETURN_IF_ERROR(CheckPostings(kGramPostings, gram_posting_offsets_, gram_postings_, h.n_docs));

  // The trie: every subtree inside its parent's, its children tiling it, and
  // term ids never going backwards in depth-first order.
  std::vector<uint32_t> open_ends = {h.n_nodes};  // ends of the subtrees holding the current node
  for (uint32_t i = 0; i < h.n_nodes; ++i) {
    while (i >= open_ends.back()) open_ends.pop_back();
    const TrieNode& n = trie_[i];
    auto bad_node = [&](const char* what) { return Bad(kTrie, "node " + std::to_string(i) + ": " + what); };
    if (n.end <= i || n.end > open_ends.back()) return bad_node("subtree outside its parent's");
    if (n.term_lo > h.n_terms || (i > 0 && n.term_lo < trie_[i - 1].term_lo)) return bad_node("term id out of order");
    if ((n.cp_flags & kTail) && n.end != i + 1) return bad_node("a tail node with children");
    open_ends.push_back(n.end);
  }
  return Status::OK();
}

}  // namespace marquee::search
