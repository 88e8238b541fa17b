// SearchIndex::FuzzyTerms: a depth-first walk of the term trie carrying one
// row of the edit-distance table per depth, so terms sharing a prefix share
// its work, and a subtree is left as soon as no alignment can stay within
// the edit limit.
//
// Each term is reported once, with its true distance: as a typo when the
// whole term is within the limit and no nearer to the word as a prefix,
// else as a prefix with the least distance of its starts at least as long
// as the word. A start within the prefix limit does not end the walk while
// a deeper term could still be nearer ("johanson": "johansso" is 2 edits as
// a start, "johansson" 1 as a whole word); once the row's minimum shows that
// none can, the rest of the subtree is one prefix run. Adjacent runs of the
// same kind and distance are merged, so the exact labels cost few runs.
//
// Both walks follow the trie's links only once checked (Subtree): a damaged
// trie throws DamagedIndex rather than leading a walk outside it or round
// in a loop.

#include <algorithm>

#include "search/search_index.h"
#include "search/edit_distance.h"
#include "search/tokenizer.h"

namespace marquee::search {

using search_format::TrieNode;

namespace {

// A child `node` of a subtree ending at `parent_end`: its subtree's end,
// checked to nest in the parent's, and its terms [lo, hi).
struct Subtree {
  uint32_t end, lo, hi;
};
Subtree Child(std::span<const TrieNode> trie, uint32_t term_count, uint32_t node, uint32_t parent_end) {
  const TrieNode& nd = trie[node];
  Subtree t{nd.end, nd.term_lo, nd.end < trie.size() ? trie[nd.end].term_lo : term_count};
  if (t.end <= node || t.end > parent_end || t.lo > t.hi || t.hi > term_count)
    ThrowDamaged(search_format::kTrie, node);
  return t;
}

// The byte length of the character at byte `at` of `term`, the first term
// under trie node `node`; a term shorter than its node's path is damage.
size_t CharBytes(std::string_view term, size_t at, uint32_t node) {
  if (at >= term.size()) ThrowDamaged(search_format::kTrie, node);
  return Utf8Length(static_cast<unsigned char>(term[at]));
}

}  // namespace

class TrieWalk {
 public:
  static constexpr int kMaxWord = 32;   // code points of the word
  static constexpr int kMaxDepth = 48;  // code points of a term (terms are <= 40 bytes)
  static constexpr size_t kMaxVisits = 400000;
  static constexpr int kNoStart = 99;   // no start of the path within the prefix limit

  TrieWalk(const SearchIndex& s, std::u32string_view word, int k, int prefix_k, size_t max_runs,
           const std::function<void(const TermRun&)>& emit)
      : s_(s), q_(word), n_(static_cast<int>(word.size())), k_(k), prefix_k_(prefix_k), max_runs_(max_runs), emit_(emit) {}

  bool Run() {
    if (n_ == 0 || n_ > kMaxWord || k_ <= 0) return true;
    for (int j = 0; j <= n_; ++j) rows_[0][j] = j;
    bytes_[0] = 0;
    Children(0, s_.trie_[0].end, 1, kNoStart);
    Flush();
    return ok_;
  }

 private:
  void Children(uint32_t node, uint32_t end, int depth, int start) {
    for (uint32_t c = node + 1; c < end && ok_;) {
      Subtree t = Child(s_.trie_, s_.term_count(), c, end);
      Visit(c, t, depth, start);
      c = t.end;
    }
  }

  // Runs arrive in term order; one that continues the pending run with the
  // same distance and kind extends it.
  void Emit(uint32_t lo, uint32_t hi, int edits, bool prefix) {
    if (lo >= hi) return;
    if (pending_.lo < pending_.hi && pending_.hi == lo && pending_.edits == edits && pending_.prefix == prefix) {
      pending_.hi = hi;
      return;
    }
    Flush();
    pending_ = TermRun{lo, hi, edits, prefix};
  }
  void Flush() {
    if (pending_.lo >= pending_.hi) return;
    if (runs_ >= max_runs_) {
      ok_ = false;
    } else {
      ++runs_;
      emit_(pending_);
    }
    pending_ = TermRun{};
  }

  // One term: `whole` its distance, `start` the least distance of its
  // starts within the prefix limit (kNoStart when none).
  void EmitTerm(uint32_t term, int whole, int start) {
    if (whole > 0 && whole <= k_ && whole <= start) Emit(term, term + 1, whole, false);
    else if (start <= prefix_k_) Emit(term, term + 1, start, true);
  }

  // Row `depth` from row depth - 1 and the character c; false when every
  // cell is over the limit.
  bool Step(int depth, char32_t c) {
    const int* prev = rows_[depth - 1];
    int* cur = rows_[depth];
    cur[0] = depth;
    int low = depth;
    for (int j = 1; j <= n_; ++j) {
      int v = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (q_[j - 1] == c ? 0 : 1)});
      if (depth > 1 && j > 1 && q_[j - 1] == labels_[depth - 1] && q_[j - 2] == c) v = std::min(v, rows_[depth - 2][j - 2] + 1);
      cur[j] = v;
      low = std::min(low, v);
    }
    labels_[depth] = c;
    low_[depth] = low;
    return low <= k_;
  }

  // The least distance of the word to a start of the path, after stepping
  // to `depth` (starts at least as long as the word, within the limit).
  int Start(int depth, int start) const {
    int d = rows_[depth][n_];
    return depth >= n_ && d <= prefix_k_ ? std::min(start, d) : start;
  }

  // `start`: the least distance of the word to a start of the path above.
  void Visit(uint32_t node, const Subtree& sub, int depth, int start) {
    if (!ok_ || depth > kMaxDepth || ++visits_ > kMaxVisits) {
      ok_ = false;
      return;
    }
    const TrieNode& nd = s_.trie_[node];
    const uint32_t lo = sub.lo, hi = sub.hi;
    char32_t c = nd.cp_flags & search_format::kCodePointMask;
    std::string_view t = s_.term(lo);
    bytes_[depth] = bytes_[depth - 1] + CharBytes(t, bytes_[depth - 1], node);
    if (!Step(depth, c)) {  // nothing here or below is nearer than a start above
      if (start <= prefix_k_) Emit(lo, hi, start, true);
      return;
    }
    start = Start(depth, start);
    // The terms that start with the word itself are its prefix range, not ours.
    if (start == 0) return;
    if (nd.cp_flags & search_format::kTail) {
      int dd = depth;
      for (size_t pos = bytes_[depth]; pos < t.size(); pos += Utf8Length(static_cast<unsigned char>(t[pos]))) {
        if (++dd > kMaxDepth || !Step(dd, DecodeAt(t, pos))) return EmitTerm(lo, k_ + 1, start);
        if ((start = Start(dd, start)) == 0) return;
      }
      return EmitTerm(lo, rows_[dd][n_], start);
    }
    const bool terminal = nd.cp_flags & search_format::kTerminal;
    if (terminal) EmitTerm(lo, rows_[depth][n_], start);
    // No term below can be nearer than `start`, as a whole or by its start.
    if (start <= prefix_k_ && low_[depth] > start) return Emit(lo + terminal, hi, start, true);
    Children(node, sub.end, depth + 1, start);
  }

  const SearchIndex& s_;
  std::u32string_view q_;
  int n_, k_, prefix_k_;
  size_t max_runs_;
  const std::function<void(const TermRun&)>& emit_;
  int rows_[kMaxDepth + 2][kMaxWord + 1];
  int low_[kMaxDepth + 2];
  char32_t labels_[kMaxDepth + 2];
  size_t bytes_[kMaxDepth + 2];
  TermRun pending_;
  size_t runs_ = 0, visits_ = 0;
  bool ok_ = true;
};

bool SearchIndex::FuzzyTerms(std::u32string_view word, int max_edits, int prefix_edits, size_t max_runs,
                             const std::function<void(const TermRun&)>& emit) const {
  if (term_count() == 0) return true;
  return TrieWalk(*this, word, max_edits, std::min(prefix_edits, max_edits), max_runs, emit).Run();
}

namespace {

// The squeezed-equality walk: state i = characters of the squeezed word
// matched; a trie character either starts the next run (sq[i]) or repeats
// the current one (sq[i - 1]).
class SqueezeWalk {
 public:
  SqueezeWalk(const SearchIndex& s, std::span<const TrieNode> trie, std::u32string_view sq, std::u32string_view word,
              size_t max_terms, const std::function<void(uint32_t)>& emit)
      : s_(s), trie_(trie), sq_(sq), word_(word), max_(max_terms), emit_(emit) {}

  // The children of `node`, whose subtree ends at `end`.
  void Children(uint32_t node, uint32_t end, size_t i, size_t depth_bytes) {
    for (uint32_t c = node + 1; c < end && count_ < max_ && visits_ <= kMaxVisits;) {
      Subtree t = Child(trie_, s_.term_count(), c, end);
      Visit(c, t, i, depth_bytes);
      c = t.end;
    }
  }

 private:
  static constexpr size_t kMaxVisits = 100000;

  void Visit(uint32_t node, const Subtree& sub, size_t i, size_t depth_bytes) {
    if (++visits_ > kMaxVisits) return;
    const TrieNode& nd = trie_[node];
    char32_t c = nd.cp_flags & search_format::kCodePointMask;
    if (!Next(c, &i)) return;
    std::string_view t = s_.term(sub.lo);
    size_t pos = depth_bytes + CharBytes(t, depth_bytes, node);
    if ((nd.cp_flags & search_format::kTerminal) && i == sq_.size()) Emit(sub.lo);
    if (nd.cp_flags & search_format::kTail) {
      for (; pos < t.size(); pos += Utf8Length(static_cast<unsigned char>(t[pos])))
        if (!Next(DecodeAt(t, pos), &i)) return;
      if (i == sq_.size()) Emit(sub.lo);
      return;
    }
    Children(node, sub.end, i, pos);
  }

  bool Next(char32_t c, size_t* i) const {
    if (*i < sq_.size() && c == sq_[*i]) {
      ++*i;
      return true;
    }
    return *i > 0 && c == sq_[*i - 1];
  }
  void Emit(uint32_t term) {
    if (DecodeUtf8(s_.term(term)) == word_) return;
    ++count_;
    emit_(term);
  }
  const SearchIndex& s_;
  std::span<const TrieNode> trie_;
  std::u32string_view sq_, word_;
  size_t max_, count_ = 0, visits_ = 0;
  const std::function<void(uint32_t)>& emit_;
};

}  // namespace

void SearchIndex::SqueezedTerms(std::u32string_view word, size_t max_terms, const std::function<void(uint32_t)>& emit) const {
  if (term_count() == 0 || word.empty()) return;
  std::u32string sq;
  for (char32_t c : word)
    if (sq.empty() || sq.back() != c) sq.push_back(c);
  SqueezeWalk walk(*this, trie_, sq, word, max_terms, emit);
  walk.Children(0, trie_[0].end, 0, 0);
}

}  // namespace marquee::search
