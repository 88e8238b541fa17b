// plan.cc — principal credits per title. Shapes are tuned against the real
// 2,000-movie sample (README.md): ~13% of movies list one principal, ~28%
// the maximum of ten; cast first (up to four billed), then director,
// writers, producers, composer, cinematographer, editor, as IMDb orders them.
#include "plan.h"

#include <utility>
#include <vector>

namespace datagen {

namespace {

int16_t MaybeJob(Rng& r, Category c) {
  static const double p[kNumCategories] = {0, 0, 0, 0.02, 0.45, 0.97, 0.03, 0.065,
                                           0.02, 0, 0, 0, 0};
  const auto& j = Jobs(c);
  if (j.empty() || !r.Chance(p[c])) return -1;
  return int16_t(r.Below(j.size()));
}

// A cast member: actors/actresses, or people appearing as themselves.
void CastMember(const World& w, Rng& r, bool nonfiction, Category& cat, uint32_t& who) {
  if (nonfiction) {
    cat = cSelf;
    double u = r.Uniform();
    who = w.PickPerson(u < 0.6 ? pSelf : u < 0.85 ? pActor : pActress, r);
  } else {
    cat = r.Chance(0.56) ? cActor : cActress;
    who = w.PickPerson(cat == cActor ? pActor : pActress, r);
  }
}

void AddCrew(const World& w, Rng& r, Plan& p, Category c, uint32_t who) {
  p.Add(c, who, MaybeJob(r, c));
}

void AddCrew(const World& w, Rng& r, Plan& p, Category c) {
  AddCrew(w, r, p, c, w.PickPerson(PoolOf(c), r));
}

void PlanEpisode(const World& w, const TitleInfo& t, Rng& r, Plan& p) {
  const Roster& ro = SeriesRoster(w, t.series_title);
  bool nonfic = w.series_info[w.link[t.series_title]].genres & kNonFiction;
  for (int j = 0; j < ro.ncore; ++j)
    if (r.Chance(0.9)) p.Add(ro.core_cat[j], ro.core[j], -1, r.Chance(0.75), ro.core_char[j]);
  static const double guests[] = {0.2, 0.25, 0.2, 0.15, 0.12, 0.08};
  int ng = r.Pick(guests);
  for (int g = 0; g < ng; ++g) {
    Category cat; uint32_t who;
    CastMember(w, r, nonfic, cat, who);
    p.Add(cat, who, -1, r.Chance(0.7), StreamKey(w.seed, kCharStream, uint64_t(t.index) << 4 | uint64_t(g)));
  }
  if (r.Chance(0.03)) p.Add(cArchiveFootage, w.PickPerson(pSelf, r), -1, r.Chance(0.5),
                            StreamKey(w.seed, kCharStream, uint64_t(t.index) << 4 | 15));
  if (r.Chance(0.8)) AddCrew(w, r, p, cDirector, r.Chance(0.8) ? ro.dir[r.Below(uint64_t(ro.ndir))] : w.PickPerson(pDirector, r));
  if (r.Chance(0.7)) {
    int k = 1 + r.Chance(0.4);
    for (int j = 0; j < k; ++j)
      AddCrew(w, r, p, cWriter, r.Chance(0.7) ? ro.wri[r.Below(uint64_t(ro.nwri))] : w.PickPerson(pWriter, r));
  }
  if (r.Chance(0.5)) AddCrew(w, r, p, cProducer, ro.prod[r.Below(uint64_t(ro.nprod))]);
  if (r.Chance(0.3)) AddCrew(w, r, p, cComposer, ro.composer);
  if (r.Chance(0.25)) AddCrew(w, r, p, cCinematographer);
  if (r.Chance(0.4)) AddCrew(w, r, p, cEditor);
  if (r.Chance(0.04)) AddCrew(w, r, p, cProductionDesigner);
  if (r.Chance(0.15)) AddCrew(w, r, p, cCastingDirector);
}

void PlanStandalone(const World& w, const TitleInfo& t, Rng& r, Plan& p) {
  bool nonfic = t.nonfiction();
  uint64_t cs = uint64_t(t.index) << 4;
  // How many principals: the real sample's movie histogram (1..10); short
  // formats list fewer.
  static const double movie_n[10] = {13.1, 8.8, 8.5, 12.7, 6.1, 5.4, 5.3, 5.3, 6.5, 28.3};
  static const double short_n[10] = {25, 15, 12, 12, 7, 6, 5, 4, 4, 10};
  bool small = t.type == kShort || t.type == kTvShort || t.type == kVideoGame;
  int n = 1 + (small ? r.Pick(short_n) : r.Pick(movie_n));
  // Top-billed cast first (up to four), then key crew.
  static const double big_cast[] = {0.1, 0.55, 0.35};  // 3, 4 or 5
  int c = n <= 2 ? r.Chance(nonfic ? 0.45 : 0.35)
        : n <= 5 ? r.Range(n - 3 > 1 ? n - 3 : 1, n - 1)
                 : 3 + r.Pick(big_cast);
  if (nonfic) c = c * 2 / 3;  // documentaries credit fewer people as "self"
  for (int j = 0; j < c; ++j) {
    Category cat; uint32_t who;
    CastMember(w, r, nonfic, cat, who);
    if (nonfic && r.Chance(0.06)) cat = cArchiveFootage;
    else if (nonfic && r.Chance(0.003)) cat = cArchiveSound;
    double pc = cat == cActor || cat == cActress ? 0.68 : 0.55;
    p.Add(cat, who, -1, r.Chance(pc), StreamKey(w.seed, kCharStream, cs | uint64_t(j)));
  }
  // Crew: usually the director, then a weighted bag (per-title averages of
  // the sample: producer .67, writer .55, cinematographer .42, ...), capped
  // per role, printed in IMDb's role order.
  int m = n - c;
  Category crew[Plan::kMax];
  int k = 0;
  if (m > 0 && r.Chance(0.92)) crew[k++] = cDirector;
  static const Category bag[] = {cWriter, cProducer, cCinematographer, cComposer,
                                 cEditor, cProductionDesigner, cCastingDirector, cDirector};
  double weight[] = {0.55, 0.67, 0.42, 0.35, 0.24, 0.03, 0.01, 0.04};
  static const int cap[] = {3, 4, 1, 1, 1, 1, 1, 1};
  int used[8] = {};
  while (k < m) {
    int b = r.Pick(weight);
    crew[k++] = bag[b];
    if (++used[b] == cap[b]) weight[b] = 0;
    if (weight[0] + weight[1] + weight[2] + weight[3] + weight[4] + weight[5] + weight[6] + weight[7] == 0) break;
  }
  for (int i = 1; i < k; ++i)  // insertion sort: stable, k <= 10
    for (int j = i; j > 0 && crew[j] < crew[j - 1]; --j) std::swap(crew[j], crew[j - 1]);
  uint32_t dir = w.PickPerson(r.Chance(0.03) ? pActor : pDirector, r);
  bool dir_used = false, first_writer = true;
  for (int i = 0; i < k; ++i) {
    Category cat = crew[i];
    if (cat == cDirector && !dir_used) { AddCrew(w, r, p, cat, dir); dir_used = true; }
    else if (cat == cWriter && first_writer && dir_used && r.Chance(0.3)) AddCrew(w, r, p, cat, dir);
    else AddCrew(w, r, p, cat);
    if (cat == cWriter) first_writer = false;
  }
}

}  // namespace

const Roster& SeriesRoster(const World& w, uint32_t series_title) {
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
  ro.ncore = r.Pick(ncore);
  for (int j = 0; j < ro.ncore; ++j) {
    CastMember(w, r, nonfic, ro.core_cat[j], ro.core[j]);
    ro.core_char[j] = StreamKey(w.seed, kCharStream, (uint64_t(series_title) << 4 | uint64_t(j)) ^ (1ULL << 62));
  }
  ro.ndir = r.Range(1, 4);
  for (int j = 0; j < ro.ndir; ++j) ro.dir[j] = w.PickPerson(pDirector, r);
  ro.nwri = r.Range(1, 3);
  for (int j = 0; j < ro.nwri; ++j) ro.wri[j] = w.PickPerson(pWriter, r);
  ro.nprod = r.Range(1, 2);
  for (int j = 0; j < ro.nprod; ++j) ro.prod[j] = w.PickPerson(pProducer, r);
  ro.composer = w.PickPerson(pComposer, r);
  return ro;
}

void PlanCredits(const World& w, const TitleInfo& t, Plan& p) {
  p.n = 0;
  Rng r(w.seed, kPlanStream, t.index);
  if (t.type == kTvEpisode) PlanEpisode(w, t, r, p);
  else PlanStandalone(w, t, r, p);
}

}  // namespace datagen
