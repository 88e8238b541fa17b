#include "search/search_index.h"

#include <algorithm>

#include "index/format.h"
#include "search/tokenizer.h"

namespace marquee::search {

using namespace search_format;

void ThrowDamaged(uint32_t section, uint64_t entry) {
  throw DamagedIndex("section " + std::to_string(section) + ", entry " + std::to_string(entry) + ": out of range");
}

namespace {

template <typename T>
Status View(const Index& index, uint32_t id, size_t count, std::span<const T>* out) {
  std::string_view bytes = index.section(id);
  if (bytes.size() != count * sizeof(T))
    return Status::Corruption("search section " + std::to_string(id) + " has " + std::to_string(bytes.size()) +
                              " bytes, expected " + std::to_string(count * sizeof(T)));
  *out = std::span<const T>(reinterpret_cast<const T*>(bytes.data()), count);
  return Status::OK();
}

}  // namespace

Status SearchIndex::Open(const Index& index, SearchIndex* out) {
  std::string_view h = index.section(kHeader);
  if (h.empty()) return Status::NotFound("the index has no search sections; rebuild it with this version of marquee");
  if (h.size() != sizeof(Header)) return Status::Corruption("search header has the wrong size");
  SearchIndex s;
  s.header_ = reinterpret_cast<const Header*>(h.data());
  if (s.header_->version != kSearchVersion)
    return Status::NotSupported("search sections of version " + std::to_string(s.header_->version) +
                                "; this marquee reads version " + std::to_string(kSearchVersion) + ": rebuild the index");
  const Header& hd = *s.header_;
  MARQUEE_RETURN_IF_ERROR(View(index, kDocs, hd.n_docs, &s.docs_));
  MARQUEE_RETURN_IF_ERROR(View(index, kTermOffsets, hd.n_terms + size_t{1}, &s.term_offsets_));
  MARQUEE_RETURN_IF_ERROR(View(index, kPostingOffsets, hd.n_terms + size_t{1}, &s.posting_offsets_));
  MARQUEE_RETURN_IF_ERROR(View(index, kPostings, hd.n_postings, &s.postings_));
  MARQUEE_RETURN_IF_ERROR(View(index, kTrie, hd.n_nodes, &s.trie_));
  MARQUEE_RETURN_IF_ERROR(View(index, kDocTermOffsets, hd.n_docs + size_t{1}, &s.doc_term_offsets_));
  MARQUEE_RETURN_IF_ERROR(View(index, kDocTerms, hd.n_doc_terms, &s.doc_terms_));
  MARQUEE_RETURN_IF_ERROR(View(index, kGramOffsets, hd.n_grams + size_t{1}, &s.gram_offsets_));
  MARQUEE_RETURN_IF_ERROR(View(index, kGramPostingOffsets, hd.n_grams + size_t{1}, &s.gram_posting_offsets_));
  MARQUEE_RETURN_IF_ERROR(View(index, kGramPostings, hd.n_gram_postings, &s.gram_postings_));
  s.gram_bytes_ = index.section(kGramBytes);
  if (s.gram_offsets_.back() != s.gram_bytes_.size() || s.gram_posting_offsets_.back() != hd.n_gram_postings)
    return Status::Corruption("search gram sections disagree on their sizes");
  s.term_bytes_ = index.section(kTermBytes);
  if (s.term_offsets_.back() != s.term_bytes_.size() || s.posting_offsets_.back() != hd.n_postings ||
      hd.n_nodes == 0 || s.trie_[0].end != hd.n_nodes || s.doc_term_offsets_.back() != hd.n_doc_terms)
    return Status::Corruption("search sections disagree on their sizes");
  *out = s;
  return Status::OK();
}

uint32_t SearchIndex::FindTerm(std::string_view word) const {
  uint32_t lo = 0, hi = term_count();
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (term(mid) < word) lo = mid + 1;
    else hi = mid;
  }
  return lo < term_count() && term(lo) == word ? lo : format::kNone;
}

std::optional<std::span<const uint32_t>> SearchIndex::GramPostings(std::string_view prefix) const {
  size_t chars = 0;
  for (size_t i = 0; i < prefix.size(); i += Utf8Length(static_cast<unsigned char>(prefix[i]))) ++chars;
  if (chars == 0 || chars > kMaxGramChars) return std::nullopt;
  auto gram = [&](uint32_t i) { return Cut(kGramOffsets, gram_bytes_, gram_offsets_, i); };
  uint32_t lo = 0, hi = header_->n_grams;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (gram(mid) < prefix) lo = mid + 1;
    else hi = mid;
  }
  if (lo == header_->n_grams || gram(lo) != prefix) return std::span<const uint32_t>();
  return Cut(kGramPostingOffsets, gram_postings_, gram_posting_offsets_, lo);
}

TermRun SearchIndex::PrefixRange(std::string_view prefix) const {
  uint32_t lo = 0, hi = term_count();
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (term(mid) < prefix) lo = mid + 1;
    else hi = mid;
  }
  uint32_t first = lo;
  hi = term_count();
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (term(mid).substr(0, prefix.size()) == prefix) lo = mid + 1;
    else hi = mid;
  }
  return TermRun{first, lo, 0, true};
}

}  // namespace marquee::search
