// BuildGrams: the prefix-gram dictionary (the first 1..kMaxGramChars
// characters of every term) and its posting lists, made in two passes over
// the documents' term lists in doc-id order, so every list comes out sorted.

#include <algorithm>

#include "search/search_index_builder.h"
#include "search/tokenizer.h"

namespace marquee::search {

using search_format::kMaxGramChars;

GramSections BuildGrams(const std::vector<std::string_view>& terms, const std::vector<uint32_t>& doc_term_offsets,
                        const uint32_t* doc_terms) {
  // The grams of each term (byte lengths of its 1..3-character prefixes).
  const size_t n_terms = terms.size();
  std::vector<std::string_view> grams;
  grams.reserve(n_terms * kMaxGramChars);
  for (std::string_view t : terms) {
    size_t len = 0;
    for (size_t k = 0; k < kMaxGramChars && len < t.size(); ++k) {
      len = std::min(t.size(), len + Utf8Length(static_cast<unsigned char>(t[len])));
      grams.push_back(t.substr(0, len));
    }
  }
  std::sort(grams.begin(), grams.end());
  grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
  std::vector<uint32_t> term_grams(n_terms * kMaxGramChars, 0xFFFFFFFFu);
  for (size_t i = 0; i < n_terms; ++i) {
    std::string_view t = terms[i];
    size_t len = 0;
    for (size_t k = 0; k < kMaxGramChars && len < t.size(); ++k) {
      len = std::min(t.size(), len + Utf8Length(static_cast<unsigned char>(t[len])));
      term_grams[i * kMaxGramChars + k] =
          static_cast<uint32_t>(std::lower_bound(grams.begin(), grams.end(), t.substr(0, len)) - grams.begin());
    }
  }
  GramSections out;
  out.offsets.reserve(grams.size() + 1);
  for (std::string_view g : grams) {
    out.offsets.push_back(static_cast<uint32_t>(out.bytes.size()));
    out.bytes.append(g);
  }
  out.offsets.push_back(static_cast<uint32_t>(out.bytes.size()));

  // Two passes over the documents: count, then fill, each gram once per doc.
  const size_t n_docs = doc_term_offsets.size() - 1;
  out.posting_offsets.assign(grams.size() + 1, 0);
  std::vector<uint32_t> ids;
  auto doc_grams = [&](size_t d) {
    ids.clear();
    for (uint32_t k = doc_term_offsets[d]; k < doc_term_offsets[d + 1]; ++k)
      for (size_t g = 0; g < kMaxGramChars; ++g) {
        uint32_t id = term_grams[size_t{doc_terms[k]} * kMaxGramChars + g];
        if (id != 0xFFFFFFFFu) ids.push_back(id);
      }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  };
  for (size_t d = 0; d < n_docs; ++d) {
    doc_grams(d);
    for (uint32_t id : ids) ++out.posting_offsets[id + 1];
  }
  for (size_t i = 0; i < grams.size(); ++i) out.posting_offsets[i + 1] += out.posting_offsets[i];
  out.postings.assign(out.posting_offsets.back() * sizeof(uint32_t), '\0');
  uint32_t* p = reinterpret_cast<uint32_t*>(out.postings.data());
  std::vector<uint64_t> cursor(out.posting_offsets.begin(), out.posting_offsets.end() - 1);
  for (size_t d = 0; d < n_docs; ++d) {
    doc_grams(d);
    for (uint32_t id : ids) p[cursor[id]++] = static_cast<uint32_t>(d);
  }
  return out;
}

}  // namespace marquee::search
