#include "search/doc_chunks.h"

#include <algorithm>
#include <atomic>
#include <string>
#include <thread>

#include "search/tokenizer.h"

namespace marquee::search {
namespace {

using namespace search_format;

class ChunkWorker {
 public:
  explicit ChunkWorker(const Catalog& cat) : cat_(cat) {}

  void Run(Chunk* c) {
    c->term_begin.push_back(0);
    if (c->people) {
      for (uint32_t p = c->begin; p < c->end; ++p) Add(c, PackDoc(kPersonDoc, p), cat_.strings.Get(cat_.people[p].name), 0);
      return;
    }
    for (uint32_t t = c->begin; t < c->end; ++t) {
      const format::TitleRecord& r = cat_.titles[t];
      size_t seen = 0;
      Add(c, PackDoc(kTitleDoc, t), cat_.strings.Get(r.primary_title), seen++);
      if (r.original_title != r.primary_title)
        if (Add(c, PackDoc(kOriginalDoc, t), cat_.strings.Get(r.original_title), seen)) ++seen;
      for (uint32_t a = r.aka_begin; a < cat_.titles[t + 1].aka_begin; ++a)
        if (Add(c, PackDoc(kAkaDoc, a), cat_.strings.Get(cat_.akas[a].text), seen)) ++seen;
    }
  }

 private:
  // Adds a document unless its folded text is empty or equals one of the
  // title's `seen` texts before it.
  bool Add(Chunk* c, uint32_t packed, std::string_view text, size_t seen) {
    if (seen_.size() <= seen) seen_.resize(seen + 1);
    std::string& folded = seen_[seen];
    words_.clear();
    Tokenize(text, &folded, &words_);
    if (words_.empty()) return false;
    for (size_t i = 0; i < seen; ++i)
      if (seen_[i] == folded) return false;
    if (words_.size() > kMaxDocWords) words_.resize(kMaxDocWords);
    for (std::string_view w : words_) c->terms.push_back(c->table.Intern(w));
    c->docs.push_back(packed);
    c->term_begin.push_back(static_cast<uint32_t>(c->terms.size()));
    return true;
  }

  const Catalog& cat_;
  std::vector<std::string> seen_;
  std::vector<std::string_view> words_;
};

}  // namespace

std::vector<Chunk> TokenizeDocuments(const Catalog& cat, uint32_t n_titles, uint32_t n_people) {
  unsigned threads = std::max(1u, std::min(16u, std::thread::hardware_concurrency()));
  std::vector<Chunk> chunks;
  auto split = [&](uint32_t n, bool people) {
    uint32_t parts = threads * 4, step = std::max<uint32_t>(1, (n + parts - 1) / parts);
    for (uint32_t b = 0; b < n; b += step) {
      chunks.emplace_back();
      chunks.back().people = people;
      chunks.back().begin = b;
      chunks.back().end = std::min(n, b + step);
    }
  };
  split(n_titles, false);
  split(n_people, true);
  {
    std::atomic<size_t> next{0};
    auto work = [&] {
      ChunkWorker worker(cat);
      for (size_t i; (i = next++) < chunks.size();) worker.Run(&chunks[i]);
    };
    std::vector<std::thread> pool;
    for (unsigned i = 1; i < threads; ++i) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
  }
  return chunks;
}

}  // namespace marquee::search
