// BuildSearchSections in named steps: documents and their words
// (TokenizeDocuments), their order (RankDocuments), the layout of the
// dictionary (MergeDictionaries) and of the posting lists (CountPostings),
// writing in rank order (FillRankedLists), then grams and the trie.
// Folding and tokenizing, the costly part, run on every core over chunks of
// titles and people, each chunk with its own TermTable; the tables are then
// merged into one sorted dictionary.

#include "search/search_index_builder.h"

#include <algorithm>
#include <cstring>

#include "search/doc_chunks.h"

namespace marquee::search {
namespace {

using namespace search_format;

template <typename T>
std::string Bytes(const std::vector<T>& v) {
  return std::string(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
}

// Where each chunk's documents start in the draft numbering (chunk order);
// one extra entry, the number of documents.
std::vector<uint64_t> ChunkStarts(const std::vector<Chunk>& chunks) {
  std::vector<uint64_t> first(chunks.size() + 1, 0);
  for (size_t c = 0; c < chunks.size(); ++c) first[c + 1] = first[c] + chunks[c].docs.size();
  return first;
}

// Ordering: the draft numbers of the documents, most popular first. By
// popularity (title votes; a person's popularity / 4), then credits, then
// primary titles before people before other names, then draft number.
std::vector<uint32_t> RankDocuments(const Catalog& cat, const std::vector<Chunk>& chunks,
                                    const std::vector<uint64_t>& chunk_first) {
  struct Ranked {
    uint64_t key;  // larger first
    uint32_t draft;
  };
  std::vector<Ranked> ranked;
  ranked.reserve(chunk_first.back());
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
  std::vector<uint32_t> drafts(ranked.size());
  for (size_t d = 0; d < ranked.size(); ++d) drafts[d] = ranked[d].draft;
  return drafts;
}

// The term dictionary (kTermOffsets, kTermBytes): every chunk's words, one
// id each, sorted bytewise.
struct Dictionary {
  std::vector<uint32_t> offsets;
  std::string bytes;
  std::string_view term(uint32_t i) const {
    return std::string_view(bytes).substr(offsets[i], offsets[i + 1] - offsets[i]);
  }
  uint32_t size() const { return static_cast<uint32_t>(offsets.size() - 1); }
};

// Layout of the dictionary: merges the chunks' tables, sorts the words, and
// rewrites every chunk's local term ids into final (sorted) ones.
Dictionary MergeDictionaries(std::vector<Chunk>* chunks) {
  TermTable global;
  std::vector<std::vector<uint32_t>> to_global(chunks->size());
  for (size_t c = 0; c < chunks->size(); ++c) {
    const TermTable& table = (*chunks)[c].table;
    to_global[c].resize(table.size());
    for (uint32_t i = 0; i < table.size(); ++i) to_global[c][i] = global.Intern(table.term(i));
  }
  const uint32_t n_terms = static_cast<uint32_t>(global.size());
  std::vector<uint32_t> by_text(n_terms);
  for (uint32_t i = 0; i < n_terms; ++i) by_text[i] = i;
  std::sort(by_text.begin(), by_text.end(), [&](uint32_t a, uint32_t b) { return global.term(a) < global.term(b); });
  std::vector<uint32_t> final_id(n_terms);
  for (uint32_t i = 0; i < n_terms; ++i) final_id[by_text[i]] = i;
  for (size_t c = 0; c < chunks->size(); ++c) {
    for (uint32_t& id : to_global[c]) id = final_id[id];
    for (uint32_t& local : (*chunks)[c].terms) local = to_global[c][local];
  }
  Dictionary dict;
  dict.offsets.assign(n_terms + 1, 0);
  for (uint32_t i = 0; i < n_terms; ++i) {
    dict.offsets[i] = static_cast<uint32_t>(dict.bytes.size());
    dict.bytes.append(global.term(by_text[i]));
  }
  dict.offsets[n_terms] = static_cast<uint32_t>(dict.bytes.size());
  return dict;
}

// The sections written in rank order: docs, their forward lists and the
// posting lists (kDocs, kDocTermOffsets, kDocTerms, kPostingOffsets,
// kPostings).
struct RankedLists {
  std::vector<uint32_t> docs, doc_term_offsets;
  std::string doc_terms;
  std::vector<uint64_t> posting_offsets;
  std::string postings;
};

// A word repeated in a name is posted once.
bool FirstTime(const uint32_t* begin, const uint32_t* at) { return std::find(begin, at, *at) == at; }

// Layout of the posting lists: each term's count, summed into offsets.
Status CountPostings(const std::vector<Chunk>& chunks, uint32_t n_terms, RankedLists* out) {
  out->posting_offsets.assign(n_terms + 1, 0);
  uint64_t n_doc_terms = 0;
  for (const Chunk& ch : chunks) {
    n_doc_terms += ch.terms.size();
    for (size_t i = 0; i + 1 < ch.term_begin.size(); ++i) {
      const uint32_t* b = ch.terms.data() + ch.term_begin[i];
      for (const uint32_t* t = b; t < ch.terms.data() + ch.term_begin[i + 1]; ++t)
        if (FirstTime(b, t)) ++out->posting_offsets[*t + 1];
    }
  }
  if (n_doc_terms > 0xFFFFFFF0u) return Status::NotSupported("search: more than 4 billion indexed words");
  for (uint32_t i = 0; i < n_terms; ++i) out->posting_offsets[i + 1] += out->posting_offsets[i];
  out->doc_terms.assign(n_doc_terms * sizeof(uint32_t), '\0');
  out->postings.assign(out->posting_offsets[n_terms] * sizeof(uint32_t), '\0');
  return Status::OK();
}

// Writing in rank order: each document's packed id and forward list, and
// its id into the posting lists of its words, so every list ascends.
void FillRankedLists(const std::vector<Chunk>& chunks, const std::vector<uint64_t>& chunk_first,
                     const std::vector<uint32_t>& drafts, RankedLists* out) {
  const uint32_t n_docs = static_cast<uint32_t>(drafts.size());
  out->docs.resize(n_docs);
  out->doc_term_offsets.assign(n_docs + 1, 0);
  uint32_t* p = reinterpret_cast<uint32_t*>(out->postings.data());
  uint32_t* f = reinterpret_cast<uint32_t*>(out->doc_terms.data());
  uint32_t fn = 0;
  std::vector<uint64_t> cursor(out->posting_offsets.begin(), out->posting_offsets.end() - 1);
  for (uint32_t d = 0; d < n_docs; ++d) {
    uint32_t draft = drafts[d];
    size_t c = std::upper_bound(chunk_first.begin(), chunk_first.end(), draft) - chunk_first.begin() - 1;
    const Chunk& ch = chunks[c];
    size_t i = draft - chunk_first[c];
    out->docs[d] = ch.docs[i];
    out->doc_term_offsets[d] = fn;
    const uint32_t* b = ch.terms.data() + ch.term_begin[i];
    for (const uint32_t* t = b; t < ch.terms.data() + ch.term_begin[i + 1]; ++t) {
      f[fn++] = *t;
      if (FirstTime(b, t)) p[cursor[*t]++] = d;
    }
  }
  out->doc_term_offsets[n_docs] = fn;
}

Header MakeHeader(const RankedLists& lists, uint32_t n_terms) {
  Header h;
  std::memset(&h, 0, sizeof(h));
  h.version = kSearchVersion;
  h.n_docs = static_cast<uint32_t>(lists.docs.size());
  h.n_terms = n_terms;
  h.n_postings = lists.posting_offsets.back();
  h.n_doc_terms = lists.doc_terms.size() / sizeof(uint32_t);
  for (uint32_t packed : lists.docs) {
    uint32_t kind = DocKindOf(packed);
    (kind == kTitleDoc ? h.n_title_docs : kind == kOriginalDoc ? h.n_original_docs
                                       : kind == kAkaDoc       ? h.n_aka_docs
                                                               : h.n_person_docs)++;
  }
  return h;
}

}  // namespace

Status BuildSearchSections(const CoreView& core, ProgressSink* progress, std::vector<ExtraSection>* out) {
  const Catalog& cat = core.catalog;
  const uint32_t n_titles = static_cast<uint32_t>(cat.title_keys.size());
  const uint32_t n_people = static_cast<uint32_t>(cat.person_keys.size());
  if (cat.titles.size() < n_titles + 1 || cat.people.size() < n_people + 1)
    return Status::InvalidArgument("search: the catalog is not finalized (no sentinel records)");
  if (progress) progress->Phase("search: tokenizing titles and names");
  std::vector<Chunk> chunks = TokenizeDocuments(cat, n_titles, n_people);

  if (progress) progress->Phase("search: ranking documents");
  const std::vector<uint64_t> chunk_first = ChunkStarts(chunks);
  if (chunk_first.back() > 0xFFFFFFF0u) return Status::NotSupported("search: more than 4 billion documents");
  std::vector<uint32_t> drafts = RankDocuments(cat, chunks, chunk_first);

  if (progress) progress->Phase("search: building the term dictionary");
  Dictionary dict = MergeDictionaries(&chunks);
  std::vector<std::string_view> sorted_terms(dict.size());
  for (uint32_t i = 0; i < dict.size(); ++i) sorted_terms[i] = dict.term(i);

  if (progress) progress->Phase("search: writing posting lists");
  RankedLists lists;
  MARQUEE_RETURN_IF_ERROR(CountPostings(chunks, dict.size(), &lists));
  FillRankedLists(chunks, chunk_first, drafts, &lists);
  Header h = MakeHeader(lists, dict.size());
  drafts = {};
  chunks = {};

  if (progress) progress->Phase("search: building prefix grams");
  GramSections grams =
      BuildGrams(sorted_terms, lists.doc_term_offsets, reinterpret_cast<const uint32_t*>(lists.doc_terms.data()));
  h.n_grams = static_cast<uint32_t>(grams.offsets.size() - 1);
  h.n_gram_postings = grams.posting_offsets.back();

  if (progress) progress->Phase("search: building the term trie");
  std::vector<TrieNode> trie = BuildTrie(sorted_terms);
  h.n_nodes = static_cast<uint32_t>(trie.size());

  out->push_back({kHeader, sizeof(Header), std::string(reinterpret_cast<const char*>(&h), sizeof(h))});
  out->push_back({kDocs, 4, Bytes(lists.docs)});
  out->push_back({kTermOffsets, 4, Bytes(dict.offsets)});
  out->push_back({kTermBytes, 1, std::move(dict.bytes)});
  out->push_back({kPostingOffsets, 8, Bytes(lists.posting_offsets)});
  out->push_back({kPostings, 4, std::move(lists.postings)});
  out->push_back({kTrie, sizeof(TrieNode), Bytes(trie)});
  out->push_back({kDocTermOffsets, 4, Bytes(lists.doc_term_offsets)});
  out->push_back({kDocTerms, 4, std::move(lists.doc_terms)});
  out->push_back({kGramOffsets, 4, Bytes(grams.offsets)});
  out->push_back({kGramBytes, 1, std::move(grams.bytes)});
  out->push_back({kGramPostingOffsets, 8, Bytes(grams.posting_offsets)});
  out->push_back({kGramPostings, 4, std::move(grams.postings)});
  return Status::OK();
}

}  // namespace marquee::search
