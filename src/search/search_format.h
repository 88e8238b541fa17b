// The search sections of an index file (ids 32..47, format.h), written by
// BuildSearchSections and read in place by SearchIndex. docs/search_format.md
// describes the same layout in prose; change both together and bump
// kSearchVersion (a reader refuses other versions).
//
// Documents are the searchable names: each title's primary title, its
// original title and its alternate titles (each distinct after folding), and
// each person's name. Doc ids are a static rank: doc 0 is the most popular,
// so every posting list, sorted by doc id, lists the most popular documents
// first and a query can stop early.

#pragma once

#include <cstdint>

namespace marquee::search_format {

inline constexpr uint32_t kSearchVersion = 3;

enum SectionId : uint32_t {
  kHeader = 32,          // Header, one record
  kDocs = 33,            // u32[n_docs]: PackDoc(kind, row), in rank order
  kTermOffsets = 34,     // u32[n_terms + 1]: term i is bytes [off[i], off[i+1]) of kTermBytes
  kTermBytes = 35,       // bytes: the terms (folded words), sorted bytewise, unique
  kPostingOffsets = 36,  // u64[n_terms + 1]: term i's doc ids are [off[i], off[i+1]) of kPostings
  kPostings = 37,        // u32[]: doc ids, ascending within each term
  kTrie = 38,            // TrieNode[n_nodes]: the terms as a trie, depth-first order
  kDocTermOffsets = 39,  // u32[n_docs + 1]: doc d's words are [off[d], off[d+1]) of kDocTerms
  kDocTerms = 40,        // u32[]: each document's words as term ids, in reading order
  // Prefix grams: the first 1, 2 and 3 characters of every term, each with
  // the documents that have a word starting so (for short prefixes, whose
  // term ranges are too wide to merge at query time).
  kGramOffsets = 41,         // u32[n_grams + 1] into kGramBytes
  kGramBytes = 42,           // bytes: the grams, sorted bytewise, unique
  kGramPostingOffsets = 43,  // u64[n_grams + 1] into kGramPostings
  kGramPostings = 44,        // u32[]: doc ids, ascending within each gram
};
inline constexpr size_t kMaxGramChars = 3;
inline constexpr size_t kMaxDocWords = 64;  // words of a name that are indexed (at most 64: a scorer bitmask)

enum DocKind : uint32_t { kTitleDoc = 0, kOriginalDoc = 1, kAkaDoc = 2, kPersonDoc = 3 };
inline constexpr uint32_t kRowMask = (1u << 30) - 1;
inline constexpr uint32_t PackDoc(uint32_t kind, uint32_t row) { return (kind << 30) | row; }
inline constexpr uint32_t DocKindOf(uint32_t packed) { return packed >> 30; }
inline constexpr uint32_t DocRowOf(uint32_t packed) { return packed & kRowMask; }

#pragma pack(push, 1)
struct Header {
  uint32_t version;
  uint32_t n_docs;
  uint32_t n_terms;
  uint32_t n_nodes;
  uint64_t n_postings;
  uint32_t n_title_docs;   // documents of each kind
  uint32_t n_original_docs;
  uint32_t n_aka_docs;
  uint32_t n_person_docs;
  uint64_t n_doc_terms;    // entries in kDocTerms
  uint32_t n_grams;
  uint64_t n_gram_postings;
  uint32_t reserved;
};
static_assert(sizeof(Header) == 64);

// A trie node. Node 0 is the root (empty prefix). A node's subtree is the
// nodes [index + 1, end); its first child, if any, is index + 1 and each
// child's `end` is the next sibling. Its terms are the ids [term_lo, term_lo
// of node `end`) (n_terms when end == n_nodes). A node whose subtree holds a
// single term longer than the node's prefix has no children: kTail is set and
// the rest of the term is read from kTermBytes.
struct TrieNode {
  uint32_t cp_flags;       // code point (low 21 bits) | kTerminal | kTail
  uint32_t end;
  uint32_t term_lo;
};
static_assert(sizeof(TrieNode) == 12);
#pragma pack(pop)
inline constexpr uint32_t kTerminal = 1u << 31;  // the node's prefix is itself a term (term_lo)
inline constexpr uint32_t kTail = 1u << 30;
inline constexpr uint32_t kCodePointMask = 0x1FFFFF;

}  // namespace marquee::search_format
