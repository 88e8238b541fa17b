// Shortest chains between two people: a bidirectional BFS over the
// person–title graph in half-steps (people -> their titles, or titles ->
// their people), always taking the step, of either side, that reads the
// fewest edges. Costing half-steps separately matters: one person can lead
// to a title with thousands of people, and the other side may meet it for
// less. The sides meet at a person or at a title.
//
// At full scale a step can read millions of edges, nearly all to vertices
// already reached. So "reached?" is a bit set per side and kind (2 MB for
// 15 M people: it stays in cache), and before each step a read-only probe
// asks whether any edge of the frontier reaches the other side: if so the
// step is the last one, and only the meeting vertices are ever written.
//
// Choosing among equal chains: every shortest chain passes through exactly
// one meeting vertex, and from any vertex a side reached, each neighbour one
// half-level nearer that side's root leads back to it. So chains are read
// off without marking anything: meeting vertices best first (the title with
// the most votes, or the person with the most popularity, rows breaking
// ties), then from the meeting vertex toward each end the best such
// neighbour at each step. The default answer is thus deterministic and runs
// through well-known titles, and listing N chains costs N short walks.

#include <algorithm>
#include <chrono>
#include <fmt/format.h>

#include "graph/graph_internal.h"
#include "graph/scratch.h"

namespace marquee {
namespace {

using namespace graph;
using Clock = std::chrono::steady_clock;

uint64_t SatAdd(uint64_t a, uint64_t b) { return a + b < a ? UINT64_MAX : a + b; }
uint64_t SatMul(uint64_t a, uint64_t b) { return b && a > UINT64_MAX / b ? UINT64_MAX : a * b; }

constexpr int kPerson = 0, kTitle = 1;  // a vertex at half-level h is of kind h % 2
constexpr uint32_t kAhead = 8;          // prefetch distance, in edges or vertices

class PathSearch {
 public:
  PathSearch(const Graph& graph, const CompiledFilter& f, Connections::Scratch* s, const PathOptions& o)
      : g_(graph.rep()), f_(f), s_(*s), opt_(o), counting_(o.max_chains > 1), start_(Clock::now()) {
    adj_[kPerson] = PersonSide(g_);
    adj_[kTitle] = NodeSide(g_);
  }

  Status Run(PersonRow a, PersonRow b, PathResult* r);

 private:
  TrackedBits& Seen(int side, int kind) { return s_.seen[side][kind]; }
  const TrackedBits& Seen(int side, int kind) const { return s_.seen[side][kind]; }
  uint8_t& Level(int side, int kind, uint32_t v) const { return level_[kind][2 * size_t{v} + side]; }
  uint64_t& Count(int side, int kind, uint32_t v) const { return count_[kind][2 * size_t{v} + side]; }
  // The frontier: the last level's part of Seen(side, half % 2).set().
  std::span<const uint32_t> Frontier(int side) const {
    const auto& all = Seen(side, half_[side] % 2).set();
    return std::span<const uint32_t>(all).subspan(begin_[side]);
  }
  // Reached by `side` at half-level h.
  bool At(int side, int kind, uint32_t v, uint32_t h) const {
    return Seen(side, kind).Test(v) && Level(side, kind, v) == h;
  }
  Status Charge(uint64_t edges, uint64_t visits);
  Status Meet(int side, std::vector<uint32_t>* meets);
  Status Step(int side);
  void Best(int kind, std::vector<uint32_t>* v) const;
  void Back(int side, uint32_t v, uint32_t h, size_t limit, std::vector<uint32_t>* walk,
            std::vector<std::vector<uint32_t>>* out) const;

  const Graph::Rep& g_;
  const CompiledFilter& f_;
  Connections::Scratch& s_;
  const PathOptions& opt_;
  Side adj_[2];
  bool counting_;
  Clock::time_point start_;
  uint8_t* level_[2] = {};
  uint64_t* count_[2] = {};
  uint32_t half_[2] = {0, 0};    // half-level of each side's frontier
  size_t begin_[2] = {0, 0};     // where the frontier starts in its Seen list
  uint64_t cost_[2] = {0, 0};    // edges its next step reads
  uint64_t visits_ = 0, edges_ = 0, next_check_ = 1 << 16;
};

Status PathSearch::Charge(uint64_t edges, uint64_t visits) {
  edges_ += edges;
  visits_ += visits;
  if (opt_.budget.max_visits && visits_ > opt_.budget.max_visits) {
    return Status::BudgetExceeded(fmt::format("gave up after reaching {} people and titles (the budget is {})",
                                              visits_, opt_.budget.max_visits));
  }
  if (edges_ >= next_check_) {
    next_check_ = edges_ + (1 << 16);
    double secs = std::chrono::duration<double>(Clock::now() - start_).count();
    if (opt_.budget.max_seconds > 0 && secs > opt_.budget.max_seconds) {
      return Status::BudgetExceeded(fmt::format("gave up after {:.1f} s, having reached {} people and titles",
                                                secs, visits_));
    }
  }
  return Status::OK();
}

// The probe: the vertices the side's next step would reach that the other
// side has reached (before this step the two sides were disjoint, so these
// all lie on the other side's frontier, equally far). Writes only for them:
// marks them reached by this side, and counts the chains into them.
Status PathSearch::Meet(int side, std::vector<uint32_t>* meets) {
  const uint32_t h = half_[side];
  const int from = h % 2, to = 1 - from;
  const Side& adj = adj_[from];
  TrackedBits& mine = Seen(side, to);
  const uint64_t* other = Seen(1 - side, to).words();
  const uint32_t* edges = adj.edges.data();
  for (uint32_t v : Frontier(side)) {
    auto [b, e] = Range(adj, v, f_);
    for (uint32_t i = b; i < e; ++i) {
      const uint32_t w = edges[i];
      if (w >= adj.limit || !((other[w >> 6] >> (w & 63)) & 1)) continue;
      if (f_.check_mask && !(adj.masks[i] & f_.categories)) continue;
      uint64_t cv = counting_ ? Count(side, from, v) : 0;
      if (!mine.Test(w)) {
        mine.Set(w);
        Level(side, to, w) = static_cast<uint8_t>(h + 1);
        if (counting_) Count(side, to, w) = cv;
        meets->push_back(w);
      } else if (counting_) {
        Count(side, to, w) = SatAdd(Count(side, to, w), cv);
      }
    }
    MARQUEE_RETURN_IF_ERROR(Charge(e - b, 0));
  }
  return Status::OK();
}

// One half-step of one side that meets nothing: reach the frontier's
// neighbours, then cost the new frontier.
Status PathSearch::Step(int side) {
  const uint32_t h = half_[side];
  if (h + 1 > kMaxLevel) return Status::BudgetExceeded("gave up: chains longer than 63 titles are not followed");
  const int from = h % 2, to = 1 - from;
  const Side& adj = adj_[from];
  TrackedBits& mine = Seen(side, to);
  const size_t first_new = mine.set().size();
  const uint32_t* edges = adj.edges.data();
  // The frontier is read from the other list, so appending to `mine` is safe.
  for (uint32_t v : Frontier(side)) {
    const uint64_t cv = counting_ ? Count(side, from, v) : 0;
    auto [b, e] = Range(adj, v, f_);
    const size_t before = mine.set().size();
    for (uint32_t i = b; i < e; ++i) {
      const uint32_t w = edges[i];
      if (w >= adj.limit || (f_.check_mask && !(adj.masks[i] & f_.categories))) continue;
      if (mine.Test(w)) {
        if (counting_ && Level(side, to, w) == h + 1) Count(side, to, w) = SatAdd(Count(side, to, w), cv);
        continue;
      }
      if (to == kTitle && f_.check_node) {
        if (s_.rejected.Test(w)) continue;
        if (!f_.NodeOk(g_.attrs[w])) {
          s_.rejected.Set(w);
          continue;
        }
      }
      mine.Set(w);
      Level(side, to, w) = static_cast<uint8_t>(h + 1);
      if (counting_) Count(side, to, w) = cv;
    }
    MARQUEE_RETURN_IF_ERROR(Charge(e - b, mine.set().size() - before));
  }
  // The next step's cost: a separate pass, prefetching ranges ahead, since
  // each is a cache miss (and the next step will want them anyway).
  std::span<const uint32_t> fresh = std::span<const uint32_t>(mine.set()).subspan(first_new);
  const graph_format::AdjRange* ranges = adj_[to].adj.data();
  uint64_t cost = 0;
  for (size_t i = 0; i < fresh.size(); ++i) {
    if (i + kAhead < fresh.size()) __builtin_prefetch(&ranges[fresh[i + kAhead]]);
    cost += Degree(adj_[to], fresh[i], f_);
  }
  half_[side] = h + 1;
  begin_[side] = first_new;
  cost_[side] = cost;
  return Status::OK();
}

// Sorts vertices of one kind best first: titles by votes, people by
// popularity, then by row.
void PathSearch::Best(int kind, std::vector<uint32_t>* v) const {
  if (kind == kTitle) {
    std::sort(v->begin(), v->end(), [&](uint32_t x, uint32_t y) {
      uint32_t vx = g_.attrs[x].votes, vy = g_.attrs[y].votes;
      return vx != vy ? vx > vy : x < y;
    });
  } else {
    auto people = g_.index->person_records();
    std::sort(v->begin(), v->end(), [&](uint32_t x, uint32_t y) {
      uint32_t px = people[x].popularity, py = people[y].popularity;
      return px != py ? px > py : x < y;
    });
  }
}

// Up to `limit` walks from v (at half-level h of `side`) back to that side's
// root, best first; each is appended to *out as `walk` + the vertices below v.
void PathSearch::Back(int side, uint32_t v, uint32_t h, size_t limit, std::vector<uint32_t>* walk,
                      std::vector<std::vector<uint32_t>>* out) const {
  if (h == 0) {
    out->push_back(*walk);
    return;
  }
  const int kind = h % 2;
  std::vector<uint32_t> preds;
  ForEachEdge(adj_[kind], v, f_, [&](uint32_t w) {
    if (At(side, 1 - kind, w, h - 1)) preds.push_back(w);
  });
  Best(1 - kind, &preds);
  for (uint32_t w : preds) {
    if (out->size() >= limit) return;
    walk->push_back(w);
    Back(side, w, h - 1, limit, walk, out);
    walk->pop_back();
  }
}

Status PathSearch::Run(PersonRow a, PersonRow b, PathResult* r) {
  for (auto& side : s_.seen)
    for (TrackedBits& bits : side) bits.Clear();
  s_.rejected.Clear();
  level_[kPerson] = s_.person_level.get();
  level_[kTitle] = s_.node_level.get();
  if (counting_) {
    count_[kPerson] = s_.person_count.get();
    count_[kTitle] = s_.node_count.get();
  }
  for (int side = 0; side < 2; ++side) {
    PersonRow root = side == 0 ? a : b;
    Seen(side, kPerson).Set(root);
    Level(side, kPerson, root) = 0;
    if (counting_) Count(side, kPerson, root) = 1;
    cost_[side] = Degree(adj_[kPerson], root, f_);
  }
  // A person whose every edge the filter drops is linked to no one; say so
  // rather than search.
  for (PersonRow p : {a, b}) {
    bool linked = false;
    ForEachEdge(adj_[kPerson], p, f_, [&](uint32_t t) { linked |= !f_.check_node || f_.NodeOk(g_.attrs[t]); });
    if (!linked) r->unlinked.push_back(p);
  }
  visits_ = 2;
  std::vector<uint32_t> meets;
  int side = 0;
  while (r->unlinked.empty() && !Frontier(0).empty() && !Frontier(1).empty()) {
    side = cost_[0] <= cost_[1] ? 0 : 1;
    Status st = Meet(side, &meets);
    if (st.ok() && meets.empty()) st = Step(side);
    r->visited = visits_;
    if (!st.ok()) return st;
    if (!meets.empty()) break;
  }
  r->visited = visits_ + meets.size();
  if (meets.empty()) return Status::OK();  // no chain under the filter

  const int kind = (half_[side] + 1) % 2;
  const uint32_t meet_side_h = half_[side] + 1;
  const uint32_t other_h = Level(1 - side, kind, meets[0]);
  const uint32_t span = meet_side_h + other_h;  // 2 x distance
  const uint32_t meet_a = side == 0 ? meet_side_h : other_h;  // from a
  r->found = true;
  r->distance = static_cast<int>(span / 2);
  if (counting_) {
    uint64_t total = 0;
    for (uint32_t m : meets) total = SatAdd(total, SatMul(Count(0, kind, m), Count(1, kind, m)));
    r->chain_count = total;
    r->count_saturated = total == UINT64_MAX;
  }
  Best(kind, &meets);
  for (uint32_t m : meets) {
    size_t room = opt_.max_chains - r->chains.size();
    if (room == 0) break;
    std::vector<std::vector<uint32_t>> left, right;
    std::vector<uint32_t> walk;
    Back(0, m, meet_a, room, &walk, &left);
    Back(1, m, span - meet_a, room, &walk, &right);
    for (const auto& l : left) {
      for (const auto& rt : right) {
        if (r->chains.size() >= opt_.max_chains) break;
        // l runs from m's neighbour down to a, rt from m's neighbour to b.
        std::vector<uint32_t> chain(l.rbegin(), l.rend());
        chain.push_back(m);
        chain.insert(chain.end(), rt.begin(), rt.end());
        Chain c;
        for (size_t i = 0; i < chain.size(); ++i) (i % 2 ? c.titles : c.people).push_back(chain[i]);
        r->chains.push_back(std::move(c));
      }
    }
  }
  if (!counting_) r->chain_count = r->chains.size();
  return Status::OK();
}

}  // namespace

Status Connections::Path(PersonRow a, PersonRow b, const PathOptions& options, PathResult* result) {
  const Graph::Rep& g = graph_.rep();
  *result = PathResult();
  if (a >= g.n_people || b >= g.n_people) return Status::InvalidArgument("no such person row");
  if (a == b) return Status::InvalidArgument("the same person twice: a chain needs two different people");
  if (options.max_chains == 0) return Status::InvalidArgument("max_chains must be at least 1");
  CompiledFilter f;
  MARQUEE_RETURN_IF_ERROR(graph::Compile(g, options.filter, &f));
  PathSearch search(graph_, f, scratch_.get(), options);
  return search.Run(a, b, result);
}

}  // namespace marquee
