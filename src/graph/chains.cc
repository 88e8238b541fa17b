// Reading chains back once the searches of a path query have met.
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

#include "graph/path_search.h"

namespace marquee::graph {

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
  // The search reached v from a neighbour's edge, so v's own edges lead
  // back, unless the two directions disagree (a damaged graph); stop then,
  // rather than explore dead ends without bound.
  if (preds.empty()) mirror_broken_ = true;
  Best(1 - kind, &preds);
  for (uint32_t w : preds) {
    if (out->size() >= limit || mirror_broken_) return;
    walk->push_back(w);
    Back(side, w, h - 1, limit, walk, out);
    walk->pop_back();
  }
}

void PathSearch::ReadChains(int side, std::vector<uint32_t>& meets, PathResult* r) {

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
}


}  // namespace marquee::graph
