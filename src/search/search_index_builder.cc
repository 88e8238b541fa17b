// BuildSearchSections: documents -> rank -> tokens -> dictionary -> postings
// -> trie. Folding and tokenizing, the costly part, run on every core over
// chunks of titles and people, each chunk with its own TermTable; the
// tables are then merged into one sorted dictionary.

#include "search/search_index_builder.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <thread>

#include "search/doc_chunks.h"

namespace marquee::search {
namespace {

using namespace search_format;


template <typename T>
std::string Bytes(const std::vector<T>& v) {
  return std::string(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
}

}  // namespace

Status BuildSearchSections(const CoreView& core, ProgressSink* progress, std::vector<ExtraSection>* out) {
  const Catalog& cat = core.catalog;
  const uint32_t n_titles = static_cast<uint32_t>(cat.title_keys.size());
  const uint32_t n_people = static_cast<uint32_t>(cat.person_keys.size());
  if (cat.titles.size() < n_titles + 1 || cat.people.size() < n_people + 1)
    return Status::InvalidArgument("search: the catalog is not finalized (no sentinel records)");
  if (progress) progress->Phase("search: tokenizing titles and names");

  // 1. Documents and their words, in parallel over chunks.
  std::vector<Chunk> chunks = TokenizeDocuments(cat, n_titles, n_people);

  // 2. Rank: popularity (title votes; a person's popularity / 4), then
  // credits, then primary titles before people before other names.
  if (progress) progress->Phase("search: ranking documents");
  std::vector<uint64_t> chunk_first(chunks.size() + 1, 0);
  for (size_t c = 0; c < chunks.size(); ++c) chunk_first[c + 1] = chunk_first[c] + chunks[c].docs.size();
  const uint64_t n_docs = chunk_first.back();
  if (n_docs > 0xFFFFFFF0u) return Status::NotSupported("search: more than 4 billion documents");
  struct Ranked {
    uint64_t key;  // larger first
    uint32_t draft;
  };
  std::vector<Ranked> ranked;
  ranked.reserve(n_docs);
  static constexpr uint64_t kKindOrder[] = {3, 1, 0, 2};  // title, original, aka, person
  for (size_t c = 0; c < chunks.size(); ++c) {
    for (size_t i = 0; i < chunks[c].docs.size(); ++i) {
      uint32_t packed = chunks[c].docs[i];
      uint32_t kind = DocKindOf(packed), row = DocRowOf(packed);
      uint64_t weight, credits;
      if (kind == kPersonDoc) {
        weight = cat.people[row].popularity / 4;
        credits = cat.people[row + 1].credit_begin - cat.people[row].credit_begin;
      } else {
        uint32_t t = kind == kAkaDoc ? cat.akas[row].title : row;
        weight = cat.titles[t].votes;
        credits = cat.titles[t + 1].credit_begin - cat.titles[t].credit_begin;
      }
      uint64_t key = (weight << 26) | (std::min<uint64_t>(credits, (1u << 24) - 1) << 2) | kKindOrder[kind];
      ranked.push_back({key, static_cast<uint32_t>(chunk_first[c] + i)});
    }
  }
  std::sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
    return a.key != b.key ? a.key > b.key : a.draft < b.draft;
  });

  // 3. One dictionary: merge the chunks' tables, sort the words.
  if (progress) progress->Phase("search: building the term dictionary");
  TermTable global;
  std::vector<std::vector<uint32_t>> to_global(chunks.size());
  for (size_t c = 0; c < chunks.size(); ++c) {
    to_global[c].resize(chunks[c].table.size());
    for (uint32_t i = 0; i < chunks[c].table.size(); ++i) to_global[c][i] = global.Intern(chunks[c].table.term(i));
  }
  const uint32_t n_terms = static_cast<uint32_t>(global.size());
  std::vector<uint32_t> by_text(n_terms);
  for (uint32_t i = 0; i < n_terms; ++i) by_text[i] = i;
  std::sort(by_text.begin(), by_text.end(), [&](uint32_t a, uint32_t b) { return global.term(a) < global.term(b); });
  std::vector<uint32_t> final_id(n_terms);
  for (uint32_t i = 0; i < n_terms; ++i) final_id[by_text[i]] = i;
  for (size_t c = 0; c < chunks.size(); ++c)
    for (uint32_t& id : to_global[c]) id = final_id[id];
  std::vector<uint32_t> term_offsets(n_terms + 1, 0);
  std::string term_bytes;
  std::vector<std::string_view> sorted_terms(n_terms);
  for (uint32_t i = 0; i < n_terms; ++i) {
    term_offsets[i] = static_cast<uint32_t>(term_bytes.size());
    term_bytes.append(global.term(by_text[i]));
  }
  term_offsets[n_terms] = static_cast<uint32_t>(term_bytes.size());
  for (uint32_t i = 0; i < n_terms; ++i)
    sorted_terms[i] = std::string_view(term_bytes).substr(term_offsets[i], term_offsets[i + 1] - term_offsets[i]);

  // 4. Postings: count, then fill in doc-id order so every list ascends.
  if (progress) progress->Phase("search: writing posting lists");
  std::vector<uint64_t> posting_offsets(n_terms + 1, 0);
  // A word repeated in a name is posted once.
  auto first_time = [](const uint32_t* begin, const uint32_t* at) { return std::find(begin, at, *at) == at; };
  uint64_t n_doc_terms = 0;
  for (size_t c = 0; c < chunks.size(); ++c) {
    for (uint32_t& local : chunks[c].terms) local = to_global[c][local];
    n_doc_terms += chunks[c].terms.size();
    for (size_t i = 0; i + 1 < chunks[c].term_begin.size(); ++i) {
      const uint32_t* b = chunks[c].terms.data() + chunks[c].term_begin[i];
      for (const uint32_t* t = b; t < chunks[c].terms.data() + chunks[c].term_begin[i + 1]; ++t)
        if (first_time(b, t)) ++posting_offsets[*t + 1];
    }
  }
  if (n_doc_terms > 0xFFFFFFF0u) return Status::NotSupported("search: more than 4 billion indexed words");
  for (uint32_t i = 0; i < n_terms; ++i) posting_offsets[i + 1] += posting_offsets[i];
  const uint64_t n_postings = posting_offsets[n_terms];
  std::string postings(n_postings * sizeof(uint32_t), '\0');
  std::string doc_terms(n_doc_terms * sizeof(uint32_t), '\0');
  std::vector<uint32_t> docs(n_docs), doc_term_offsets(n_docs + 1, 0);
  {
    uint32_t* p = reinterpret_cast<uint32_t*>(postings.data());
    uint32_t* f = reinterpret_cast<uint32_t*>(doc_terms.data());
    uint32_t fn = 0;
    std::vector<uint64_t> cursor(posting_offsets.begin(), posting_offsets.end() - 1);
    for (uint32_t d = 0; d < n_docs; ++d) {
      uint32_t draft = ranked[d].draft;
      size_t c = std::upper_bound(chunk_first.begin(), chunk_first.end(), draft) - chunk_first.begin() - 1;
      const Chunk& ch = chunks[c];
      size_t i = draft - chunk_first[c];
      docs[d] = ch.docs[i];
      doc_term_offsets[d] = fn;
      const uint32_t* b = ch.terms.data() + ch.term_begin[i];
      for (const uint32_t* t = b; t < ch.terms.data() + ch.term_begin[i + 1]; ++t) {
        f[fn++] = *t;
        if (first_time(b, t)) p[cursor[*t]++] = d;
      }
    }
    doc_term_offsets[n_docs] = fn;
  }

  Header h;
  std::memset(&h, 0, sizeof(h));
  h.version = kSearchVersion;
  h.n_docs = static_cast<uint32_t>(n_docs);
  h.n_terms = n_terms;
  h.n_postings = n_postings;
  h.n_doc_terms = n_doc_terms;
  for (uint32_t packed : docs) {
    uint32_t kind = DocKindOf(packed);
    (kind == kTitleDoc ? h.n_title_docs : kind == kOriginalDoc ? h.n_original_docs
                                       : kind == kAkaDoc       ? h.n_aka_docs
                                                               : h.n_person_docs)++;
  }
  ranked = {};
  chunks = {};

  // 5. Prefix grams, for short prefixes.
  if (progress) progress->Phase("search: building prefix grams");
  GramSections grams = BuildGrams(sorted_terms, doc_term_offsets, reinterpret_cast<const uint32_t*>(doc_terms.data()));
  h.n_grams = static_cast<uint32_t>(grams.offsets.size() - 1);
  h.n_gram_postings = grams.posting_offsets.back();

  // 6. The trie over the sorted terms, for typo tolerance.
  if (progress) progress->Phase("search: building the term trie");
  std::vector<TrieNode> trie = BuildTrie(sorted_terms);
  h.n_nodes = static_cast<uint32_t>(trie.size());

  out->push_back({kHeader, sizeof(Header), std::string(reinterpret_cast<const char*>(&h), sizeof(h))});
  out->push_back({kDocs, 4, Bytes(docs)});
  out->push_back({kTermOffsets, 4, Bytes(term_offsets)});
  out->push_back({kTermBytes, 1, std::move(term_bytes)});
  out->push_back({kPostingOffsets, 8, Bytes(posting_offsets)});
  out->push_back({kPostings, 4, std::move(postings)});
  out->push_back({kTrie, sizeof(TrieNode), Bytes(trie)});
  out->push_back({kDocTermOffsets, 4, Bytes(doc_term_offsets)});
  out->push_back({kDocTerms, 4, std::move(doc_terms)});
  out->push_back({kGramOffsets, 4, Bytes(grams.offsets)});
  out->push_back({kGramBytes, 1, std::move(grams.bytes)});
  out->push_back({kGramPostingOffsets, 8, Bytes(grams.posting_offsets)});
  out->push_back({kGramPostings, 4, std::move(grams.postings)});
  return Status::OK();
}

}  // namespace marquee::search
