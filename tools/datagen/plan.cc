// plan.cc — principal credits per title. Shapes are tuned against the real
// 2,000-movie sample (README.md): ~13% of movies list one principal, ~28%
// the maximum of ten; cast first (up to four billed), then director,
// writers, producers, composer, cinematographer, editor, as IMDb orders them.
#include "plan.h"

#include <utility>
#include <vector>

namespace datagen {

namespace {

int16_t maybe_job(Rng& r, Category c) {
  static const double p[kNumCategories] = {0, 0, 0, 0.02, 0.45, 0.97, 0.03, 0.065,
                                           0.02, 0, 0, 0, 0};
  const auto& j = jobs(c);
  if (j.empty() || !r.chance(p[c])) return -1;
  return int16_t(r.below(j.size()));
}

// A cast member: actors/actresses, or people appearing as themselves.
void cast_member(const World& w, Rng& r, bool nonfiction, Category& cat, uint32_t& who) {
  if (nonfiction) {
    cat = cSelf;
    double u = r.uniform();
    who = w.pick_person(u < 0.6 ? pSelf : u < 0.85 ? pActor : pActress, r);
  } else {
    cat = r.chance(0.56) ? cActor : cActress;
    who = w.pick_person(cat == cActor ? pActor : pActress, r);
  }
}

void add_crew(const World& w, Rng& r, Plan& p, Category c, uint32_t who) {
  p.add(c, who, maybe_job(r, c));
}

void add_crew(const World& w, Rng& r, Plan& p, Category c) {
  add_crew(w, r, p, c, w.pick_person(pool_of(c), r));
}

void plan_episode(const World& w, const TitleInfo& t, Rng& r, Plan& p) {
  const Roster& ro = series_roster(w, t.series_title);
  bool nonfic = w.series_info[w.link[t.series_title]].genres & kNonFiction;
  for (int j = 0; j < ro.ncore; ++j)
    if (r.chance(0.9)) p.add(ro.core_cat[j], ro.core[j], -1, r.chance(0.75), ro.core_char[j]);
  static const double guests[] = {0.2, 0.25, 0.2, 0.15, 0.12, 0.08};
  int ng = r.pick(guests);
  for (int g = 0; g < ng; ++g) {
    Category cat; uint32_t who;
    cast_member(w, r, nonfic, cat, who);
    p.add(cat, who, -1, r.chance(0.7), stream_key(w.seed, kCharStream, uint64_t(t.index) << 4 | uint64_t(g)));
  }
  if (r.chance(0.03)) p.add(cArchiveFootage, w.pick_person(pSelf, r), -1, r.chance(0.5),
                            stream_key(w.seed, kCharStream, uint64_t(t.index) << 4 | 15));
  if (r.chance(0.8)) add_crew(w, r, p, cDirector, r.chance(0.8) ? ro.dir[r.below(uint64_t(ro.ndir))] : w.pick_person(pDirector, r));
  if (r.chance(0.7)) {
    int k = 1 + r.chance(0.4);
    for (int j = 0; j < k; ++j)
      add_crew(w, r, p, cWriter, r.chance(0.7) ? ro.wri[r.below(uint64_t(ro.nwri))] : w.pick_person(pWriter, r));
  }
  if (r.chance(0.5)) add_crew(w, r, p, cProducer, ro.prod[r.below(uint64_t(ro.nprod))]);
  if (r.chance(0.3)) add_crew(w, r, p, cComposer, ro.composer);
  if (r.chance(0.25)) add_crew(w, r, p, cCinematographer);
  if (r.chance(0.4)) add_crew(w, r, p, cEditor);
  if (r.chance(0.04)) add_crew(w, r, p, cProductionDesigner);
  if (r.chance(0.15)) add_crew(w, r, p, cCastingDirector);
}

void plan_standalone(const World& w, const TitleInfo& t, Rng& r, Plan& p) {
  bool nonfic = t.nonfiction();
  uint64_t cs = uint64_t(t.index) << 4;
  // How many principals: the real sample's movie histogram (1..10); short
  // formats list fewer.
  static const double movie_n[10] = {13.1, 8.8, 8.5, 12.7, 6.1, 5.4, 5.3, 5.3, 6.5, 28.3};
  static const double short_n[10] = {25, 15, 12, 12, 7, 6, 5, 4, 4, 10};
  bool small = t.type == kShort || t.type == kTvShort || t.type == kVideoGame;
  int n = 1 + (small ? r.pick(short_n) : r.pick(movie_n));
  // Top-billed cast first (up to four), then key crew.
  static const double big_cast[] = {0.1, 0.55, 0.35};  // 3, 4 or 5
  int c = n <= 2 ? r.chance(nonfic ? 0.45 : 0.35)
        : n <= 5 ? r.range(n - 3 > 1 ? n - 3 : 1, n - 1)
                 : 3 + r.pick(big_cast);
  if (nonfic) c = c * 2 / 3;  // documentaries credit fewer people as "self"
  for (int j = 0; j < c; ++j) {
    Category cat; uint32_t who;
    cast_member(w, r, nonfic, cat, who);
    if (nonfic && r.chance(0.06)) cat = cArchiveFootage;
    else if (nonfic && r.chance(0.003)) cat = cArchiveSound;
    double pc = cat == cActor || cat == cActress ? 0.68 : 0.55;
    p.add(cat, who, -1, r.chance(pc), stream_key(w.seed, kCharStream, cs | uint64_t(j)));
  }
  // Crew: usually the director, then a weighted bag (per-title averages of
  // the sample: producer .67, writer .55, cinematographer .42, ...), capped
  // per role, printed in IMDb's role order.
  int m = n - c;
  Category crew[Plan::kMax];
  int k = 0;
  if (m > 0 && r.chance(0.92)) crew[k++] = cDirector;
  static const Category bag[] = {cWriter, cProducer, cCinematographer, cComposer,
                                 cEditor, cProductionDesigner, cCastingDirector, cDirector};
  double weight[] = {0.55, 0.67, 0.42, 0.35, 0.24, 0.03, 0.01, 0.04};
  static const int cap[] = {3, 4, 1, 1, 1, 1, 1, 1};
  int used[8] = {};
  while (k < m) {
    int b = r.pick(weight);
    crew[k++] = bag[b];
    if (++used[b] == cap[b]) weight[b] = 0;
    if (weight[0] + weight[1] + weight[2] + weight[3] + weight[4] + weight[5] + weight[6] + weight[7] == 0) break;
  }
  for (int i = 1; i < k; ++i)  // insertion sort: stable, k <= 10
    for (int j = i; j > 0 && crew[j] < crew[j - 1]; --j) std::swap(crew[j], crew[j - 1]);
  uint32_t dir = w.pick_person(r.chance(0.03) ? pActor : pDirector, r);
  bool dir_used = false, first_writer = true;
  for (int i = 0; i < k; ++i) {
    Category cat = crew[i];
    if (cat == cDirector && !dir_used) { add_crew(w, r, p, cat, dir); dir_used = true; }
    else if (cat == cWriter && first_writer && dir_used && r.chance(0.3)) add_crew(w, r, p, cat, dir);
    else add_crew(w, r, p, cat);
    if (cat == cWriter) first_writer = false;
  }
}

}  // namespace

const Roster& series_roster(const World& w, uint32_t series_title) {
  // Episodes of big series are frequent, so a small direct-mapped cache
  // saves most of the roster's ~15 power-law draws per episode.
  struct Slot { uint64_t world = 0; uint32_t title = 0; Roster ro; };
  thread_local std::vector<Slot> cache(4096);
  Slot& slot = cache[series_title & 4095];
  if (slot.world == w.id && slot.title == series_title) return slot.ro;
  slot.world = w.id;
  slot.title = series_title;
  Roster& ro = slot.ro;
  bool nonfic = w.series_info[w.link[series_title]].genres & kNonFiction;
  Rng r(w.seed, kSeriesStream, series_title);
  static const double ncore[] = {0, 0.05, 0.1, 0.15, 0.2, 0.2, 0.15, 0.1, 0.05};
  ro.ncore = r.pick(ncore);
  for (int j = 0; j < ro.ncore; ++j) {
    cast_member(w, r, nonfic, ro.core_cat[j], ro.core[j]);
    ro.core_char[j] = stream_key(w.seed, kCharStream, (uint64_t(series_title) << 4 | uint64_t(j)) ^ (1ULL << 62));
  }
  ro.ndir = r.range(1, 4);
  for (int j = 0; j < ro.ndir; ++j) ro.dir[j] = w.pick_person(pDirector, r);
  ro.nwri = r.range(1, 3);
  for (int j = 0; j < ro.nwri; ++j) ro.wri[j] = w.pick_person(pWriter, r);
  ro.nprod = r.range(1, 2);
  for (int j = 0; j < ro.nprod; ++j) ro.prod[j] = w.pick_person(pProducer, r);
  ro.composer = w.pick_person(pComposer, r);
  return ro;
}

void plan_credits(const World& w, const TitleInfo& t, Plan& p) {
  p.n = 0;
  Rng r(w.seed, kPlanStream, t.index);
  if (t.type == kTvEpisode) plan_episode(w, t, r, p);
  else plan_standalone(w, t, r, p);
}

}  // namespace datagen
