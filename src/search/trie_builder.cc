// Builds the term trie (search_format::TrieNode) from the sorted term list in
// one depth-first pass: a node per distinct prefix shared by two or more
// terms, a tail leaf where a single term remains.

#include "search/search_index_builder.h"
#include "search/tokenizer.h"

namespace marquee::search {
namespace {

using search_format::TrieNode;

class TrieBuilder {
 public:
  TrieBuilder(const std::vector<std::string_view>& terms, std::vector<TrieNode>* nodes)
      : terms_(terms), nodes_(nodes) {}

  // Children of the node at `node`, whose prefix is `depth` bytes long and
  // shared by terms [lo, hi).
  void Children(size_t node, uint32_t lo, uint32_t hi, size_t depth) {
    uint32_t i = lo;
    if (i < hi && terms_[i].size() == depth) {
      (*nodes_)[node].cp_flags |= search_format::kTerminal;
      ++i;
    }
    while (i < hi) {
      std::string_view t = terms_[i];
      size_t len = Utf8Length(static_cast<unsigned char>(t[depth]));
      if (depth + len > t.size()) len = t.size() - depth;
      std::string_view unit = t.substr(depth, len);
      uint32_t j = i + 1;
      while (j < hi && terms_[j].size() >= depth + len && terms_[j].compare(depth, len, unit) == 0) ++j;
      size_t child = nodes_->size();
      nodes_->push_back({static_cast<uint32_t>(DecodeAt(t, depth)) & search_format::kCodePointMask, 0, i});
      if (j - i == 1 && t.size() > depth + len) {
        (*nodes_)[child].cp_flags |= search_format::kTail;
      } else {
        Children(child, i, j, depth + len);
      }
      (*nodes_)[child].end = static_cast<uint32_t>(nodes_->size());
      i = j;
    }
  }

 private:
  const std::vector<std::string_view>& terms_;
  std::vector<TrieNode>* nodes_;
};

}  // namespace

std::vector<TrieNode> BuildTrie(const std::vector<std::string_view>& terms) {
  std::vector<TrieNode> nodes;
  nodes.reserve(terms.size() * 2 + 1);
  nodes.push_back({0, 0, 0});
  TrieBuilder(terms, &nodes).Children(0, 0, static_cast<uint32_t>(terms.size()), 0);
  nodes[0].end = static_cast<uint32_t>(nodes.size());
  return nodes;
}

}  // namespace marquee::search
