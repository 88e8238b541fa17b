// TitleText.cc — primaryTitle / originalTitle text. Titles are short
// patterns over small per-language word pools, so the same text recurs
// ("The Return", "Dark Water") across years and types. A foreign-language
// title keeps its native-script originalTitle and often gets an English
// primaryTitle, as IMDb does ("Pauvre Pierrot" / "Poor Pierrot").
#include <cmath>

#include "titles.h"

namespace datagen {

namespace {

// Index skewed towards the head of a list: common words recur more.
size_t Skewed(Rng& r, size_t n) { return size_t(double(n) * std::pow(r.Uniform(), 1.5)); }

void AppendWord(std::string& out, const WordList& w, Rng& r) {
  std::string_view s = w[Skewed(r, w.size())];
  out.append(s.data(), s.size());
}

const char* const kMonths[12] = {"January", "February", "March", "April", "May", "June",
                                 "July", "August", "September", "October",
                                 "November", "December"};

void EnglishTitle(Rng& r, std::string& out) {
  const TitleWords& tw = TitleWordsFor(kEn);
  auto noun = [&] { AppendWord(out, tw.nouns, r); };
  auto adj = [&] { AppendWord(out, tw.adjs, r); };
  int p = int(r.Below(100));
  if (p < 14) { noun(); }
  else if (p < 32) { out += "The "; noun(); }
  else if (p < 46) { adj(); out += ' '; noun(); }
  else if (p < 56) { out += "The "; adj(); out += ' '; noun(); }
  else if (p < 66) { out += "The "; noun(); out += " of the "; noun(); }
  else if (p < 72) { noun(); out += " and "; noun(); }
  else if (p < 80) {
    const Culture& c = Cultures()[0];
    AppendWord(out, r.Chance(0.5) ? c.female : c.male, r);
    if (p >= 77) { out += ' '; AppendWord(out, c.last, r); }
  }
  else if (p < 84) { noun(); out += ' '; out += char('2' + r.Below(3)); }
  else if (p < 90) { adj(); out += ' '; noun(); out += ": The "; noun(); }
  else if (p < 93) { out += "Untitled "; noun(); out += " Project"; }
  else if (p < 97) { out += "Return to "; noun(); }
  else { out += "My "; adj(); out += ' '; noun(); }
}

}  // namespace

void MakeTitle(Rng& r, Lang lang, std::string& out) {
  out.clear();
  if (lang == kEn) return EnglishTitle(r, out);
  const TitleWords& tw = TitleWordsFor(lang);
  const char* sep = tw.joined ? "" : " ";
  int p = int(r.Below(100));
  if (p < 35) {
    AppendWord(out, tw.nouns, r);
  } else if (p < 70) {
    if (tw.adj_after) { AppendWord(out, tw.nouns, r); out += sep; AppendWord(out, tw.adjs, r); }
    else { AppendWord(out, tw.adjs, r); out += sep; AppendWord(out, tw.nouns, r); }
  } else if (p < 90 && tw.links.size()) {
    AppendWord(out, tw.nouns, r); out += sep;
    AppendWord(out, tw.links, r); out += sep;
    AppendWord(out, tw.nouns, r);
  } else {
    AppendWord(out, tw.nouns, r);
    out += ' ';
    out += char('2' + r.Below(3));
  }
}

void TitleText(const World& w, const TitleInfo& t, std::string& primary,
                std::string& original) {
  Rng r(w.seed, kTitleTextStream, t.index);
  if (t.type == kTvEpisode) {
    if (t.daily && t.start && r.Chance(0.6)) {
      original = "Episode dated ";
      AppendUint(original, 1 + r.Below(28));
      original += ' ';
      original += kMonths[r.Below(12)];
      original += ' ';
      AppendUint(original, t.start);
      primary = original;
      return;
    }
    if (t.season && r.Chance(0.3)) {
      original = "Episode #";
      AppendUint(original, t.season);
      original += '.';
      AppendUint(original, t.episode);
      primary = original;
      return;
    }
  }
  MakeTitle(r, t.lang, original);
  bool native_script = t.lang >= kRu;
  if (t.lang != kEn && r.Chance(native_script ? 0.75 : 0.4)) MakeTitle(r, kEn, primary);
  else primary = original;
}

}  // namespace datagen
