// Searcher: opening the search sections and running a query (Run, in
// search_run.h) from parsing to hits. See docs/search_format.md for how a
// query uses the sections.

#include <algorithm>
#include <stdexcept>

#include "index/format.h"
#include "search/search_engine.h"
#include "search/search_run.h"

namespace marquee {

using namespace search;

Searcher::Searcher(const Index& index, std::unique_ptr<Impl> impl) : index_(index), impl_(std::move(impl)) {}
Searcher::~Searcher() = default;

namespace {

// Queries check no checksum (that would read the whole file), but every
// offset they follow is checked as it is read (SearchIndex): damage behind
// intact checksums throws DamagedIndex, an answer about the file, not a
// crash.
Status Damaged(const std::exception& e) {
  return Status::Corruption(std::string("the index is damaged (") + e.what() +
                            "); run `marquee verify`, then rebuild the index");
}

}  // namespace

Status Searcher::Open(const Index& index, std::unique_ptr<Searcher>* out) {
  auto impl = std::make_unique<Impl>();
  MARQUEE_RETURN_IF_ERROR(SearchIndex::Open(index, &impl->s));
  // Articles and particles a person leaves out of a title ("godfather" for
  // "The Godfather"): a name's coverage ignores them. A damaged term met on
  // the way is left for the queries that read it to report, so that Verify
  // can still say what is wrong.
  try {
    for (const char* w : {"a", "an", "and", "the", "of", "to", "in", "on", "de", "del", "der", "die", "das", "el",
                          "la", "le", "les", "los", "il", "lo", "et", "und", "y"}) {
      uint32_t id = impl->s.FindTerm(w);
      if (id != format::kNone) impl->stop_ids.push_back(id);
    }
  } catch (const DamagedIndex&) {
    impl->stop_ids.clear();
  }
  std::sort(impl->stop_ids.begin(), impl->stop_ids.end());
  out->reset(new Searcher(index, std::move(impl)));
  return Status::OK();
}

bool Searcher::Present(const Index& index) { return !index.section(search_format::kHeader).empty(); }

Status Searcher::Verify() const { return impl_->s.Verify(index_); }

Status Searcher::Search(std::string_view query, const SearchOptions& options, std::vector<SearchHit>* hits,
                        SearchStats* stats) const {
  hits->clear();
  if (options.limit < 1 || options.limit > 1000) return Status::InvalidArgument("limit must be between 1 and 1000");
  if (options.budget < 1) return Status::InvalidArgument("budget must be at least 1");
  SearchOptions o = options;
  if (!o.title_types.empty() && o.kind == SearchKind::kAny) o.kind = SearchKind::kTitle;
  if (o.year && o.kind == SearchKind::kAny) o.kind = SearchKind::kTitle;
  ParsedQuery q;
  MARQUEE_RETURN_IF_ERROR(ParseQuery(query, &q));
  SearchStats local;
  SearchStats* st = stats ? stats : &local;
  *st = SearchStats();
  for (const QueryWord& w : q.words) st->words.push_back(w.text);
  st->year_in_query = q.year;
  st->truncated = q.truncated;
  try {
    Run run(index_, *impl_, q, o);
    run.Go(st);
    MakeHits(index_, impl_->s, run.scorer(), q, std::move(run.scored()), o.limit, hits);
  } catch (const std::exception& e) {
    hits->clear();
    return Damaged(e);
  }
  return Status::OK();
}

}  // namespace marquee
