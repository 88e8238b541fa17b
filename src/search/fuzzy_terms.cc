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

#include <algorithm>

#include "search/search_index.h"
#include "search/edit_distance.h"
#include "search/tokenizer.h"

namespace marquee::search {

using search_format::TrieNode;

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
    const auto& trie = s_.trie_;
    for (uint32_t c = 1; c < trie[0].end && ok_; c = trie[c].end) Visit(c, 1, kNoStart);
    Flush();
    return ok_;
  }

 private:
  uint32_t TermHi(const TrieNode& nd) const {
    return nd.end < s_.trie_.size() ? s_.trie_[nd.end].term_lo : s_.term_count();
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
  void Visit(uint32_t node, int depth, int start) {
    if (!ok_ || depth > kMaxDepth || ++visits_ > kMaxVisits) {
      ok_ = false;
      return;
    }
    const TrieNode& nd = s_.trie_[node];
    const uint32_t lo = nd.term_lo, hi = TermHi(nd);
    char32_t c = nd.cp_flags & search_format::kCodePointMask;
    std::string_view t = s_.term(lo);
    bytes_[depth] = bytes_[depth - 1] + Utf8Length(static_cast<unsigned char>(t[bytes_[depth - 1]]));
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
    for (uint32_t ch = node + 1; ch < nd.end && ok_; ch = s_.trie_[ch].end) Visit(ch, depth + 1, start);
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

  void Visit(uint32_t node, size_t i, size_t depth_bytes) {
    if (count_ >= max_ || ++visits_ > 100000) return;
    const TrieNode& nd = trie_[node];
    char32_t c = nd.cp_flags & search_format::kCodePointMask;
    if (!Next(c, &i)) return;
    std::string_view t = s_.term(nd.term_lo);
    size_t pos = depth_bytes + Utf8Length(static_cast<unsigned char>(t[depth_bytes]));
    if ((nd.cp_flags & search_format::kTerminal) && i == sq_.size()) Emit(nd.term_lo);
    if (nd.cp_flags & search_format::kTail) {
      for (; pos < t.size(); pos += Utf8Length(static_cast<unsigned char>(t[pos])))
        if (!Next(DecodeAt(t, pos), &i)) return;
      if (i == sq_.size()) Emit(nd.term_lo);
      return;
    }
    for (uint32_t ch = node + 1; ch < nd.end; ch = trie_[ch].end) Visit(ch, i, pos);
  }

 private:
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
  for (uint32_t c = 1; c < trie_[0].end; c = trie_[c].end) walk.Visit(c, 0, 0);
}

}  // namespace marquee::search
