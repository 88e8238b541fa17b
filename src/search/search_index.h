// SearchIndex: the search sections of an open Index, read in place (no copy,
// no parse; opening checks only that the sections are present and their
// sizes agree). It answers the dictionary questions a query needs: a word's
// term id, the terms starting with a prefix (a binary search over the
// sorted terms), the terms within a few edits of a word (a walk of the term
// trie), and a term's posting list of doc ids in rank order.
//
// Whatever bytes the sections hold, no read leaves them: every stored
// offset, range and trie link is checked where it is followed (a compare or
// two; checking them all at Open would read the whole file), and one out of
// range throws DamagedIndex, which Searcher turns into Corruption. Values
// that stay in range but are wrong (doc ids, term ids in forward lists) give
// wrong answers; `marquee verify` finds both.

#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>

#include "marquee/index.h"
#include "marquee/status.h"
#include "search/search_format.h"

namespace marquee::search {

// A run of consecutive term ids [lo, hi) with how far its terms are from the
// word asked for (for prefix runs, how far the word is from their start).
struct TermRun {
  uint32_t lo = 0, hi = 0;
  int edits = 0;
  bool prefix = false;  // the terms start with (a near spelling of) the word
};

// A stored offset, range or link found out of range while reading.
class DamagedIndex : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};
// Throws DamagedIndex naming the section and the entry.
[[noreturn]] void ThrowDamaged(uint32_t section, uint64_t entry);

class SearchIndex {
 public:
  // NotFound when the index has no search sections (built before search
  // existed), NotSupported for another search version, Corruption when the
  // sections disagree.
  static Status Open(const Index& index, SearchIndex* out);
  // Reads every search section and checks what queries rely on without
  // checking: offsets in range and in order, terms and grams sorted,
  // posting lists ascending over existing docs, docs naming existing rows,
  // the trie's subtrees nested (search_verify.cc). Corruption says where.
  Status Verify(const Index& index) const;

  uint32_t doc_count() const { return header_->n_docs; }
  uint32_t term_count() const { return header_->n_terms; }
  const search_format::Header& header() const { return *header_; }

  // The accessors below throw DamagedIndex for an id or stored range out of
  // range, except doc(), whose callers take ids below doc_count() only.
  uint32_t doc(uint32_t id) const { return docs_[id]; }  // PackDoc(kind, row)
  std::string_view term(uint32_t id) const { return Cut(search_format::kTermOffsets, term_bytes_, term_offsets_, id); }
  std::span<const uint32_t> postings(uint32_t term) const {
    return Cut(search_format::kPostingOffsets, postings_, posting_offsets_, term);
  }
  // A document's words as term ids, in reading order (repeats kept).
  std::span<const uint32_t> doc_terms(uint32_t doc) const {
    return Cut(search_format::kDocTermOffsets, doc_terms_, doc_term_offsets_, doc);
  }
  // Start reading what checking a document needs: its entries in the doc
  // table and the forward-list offsets, then (once those have arrived) its
  // forward list. Candidates are checked in batches so these reads overlap.
  void PrefetchDoc(uint32_t doc) const {
    __builtin_prefetch(&docs_[doc]);
    __builtin_prefetch(&doc_term_offsets_[doc + 1]);
  }
  void PrefetchDocTerms(uint32_t doc) const {
    __builtin_prefetch(doc_terms_.data() + std::min<size_t>(doc_term_offsets_[doc], doc_terms_.size()));
  }
  // Postings in the terms [lo, hi) together.
  uint64_t posting_count(uint32_t lo, uint32_t hi) const {
    if (lo > hi || hi >= posting_offsets_.size() || posting_offsets_[lo] > posting_offsets_[hi])
      ThrowDamaged(search_format::kPostingOffsets, hi);
    return posting_offsets_[hi] - posting_offsets_[lo];
  }

  // The documents with a word that starts with `prefix`, for a prefix of at
  // most kMaxGramChars characters; nullopt when the prefix is longer.
  std::optional<std::span<const uint32_t>> GramPostings(std::string_view prefix) const;

  // The id of `word`, or format::kNone.
  uint32_t FindTerm(std::string_view word) const;
  // The terms that start with `prefix` (an empty run when none).
  TermRun PrefixRange(std::string_view prefix) const;

  // Terms within `max_edits` (optimal string alignment distance over code
  // points) of `word`, excluding `word` itself. With `prefix_edits` >= 0,
  // also runs of terms that start with a spelling within that many edits of
  // the word (at least as long as it), excluding those that start with the
  // word itself. Each term comes once, in term order, with its true
  // distance: a typo run when the whole term is no farther than its nearest
  // start, else a prefix run with the distance of that start. Stops after
  // `max_runs` runs; returns false when it stopped early.
  bool FuzzyTerms(std::u32string_view word, int max_edits, int prefix_edits, size_t max_runs,
                  const std::function<void(const TermRun&)>& emit) const;
  // Terms equal to `word` once runs of a repeated character are squeezed
  // to one in both ("colete": "collete", "collette"), excluding `word`;
  // at most `max_terms`.
  void SqueezedTerms(std::u32string_view word, size_t max_terms, const std::function<void(uint32_t)>& emit) const;

 private:
  // Entry i of `items` as cut by `offsets`: [offsets[i], offsets[i + 1]).
  template <typename Items, typename Offset>
  static Items Cut(uint32_t section, Items items, std::span<const Offset> offsets, uint64_t i) {
    if (i + 1 >= offsets.size() || offsets[i] > offsets[i + 1] || offsets[i + 1] > items.size())
      ThrowDamaged(section, i);
    if constexpr (std::is_same_v<Items, std::string_view>) return items.substr(offsets[i], offsets[i + 1] - offsets[i]);
    else return items.subspan(offsets[i], offsets[i + 1] - offsets[i]);
  }

  const search_format::Header* header_ = nullptr;
  std::span<const uint32_t> docs_;
  std::span<const uint32_t> term_offsets_;
  std::string_view term_bytes_;
  std::span<const uint64_t> posting_offsets_;
  std::span<const uint32_t> postings_;
  std::span<const search_format::TrieNode> trie_;
  std::span<const uint32_t> doc_term_offsets_, doc_terms_;
  std::span<const uint32_t> gram_offsets_;
  std::string_view gram_bytes_;
  std::span<const uint64_t> gram_posting_offsets_;
  std::span<const uint32_t> gram_postings_;
  friend class TrieWalk;
};

}  // namespace marquee::search
