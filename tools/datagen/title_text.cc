// title_text.cc — primaryTitle / originalTitle text. Titles are short
// patterns over small per-language word pools, so the same text recurs
// ("The Return", "Dark Water") across years and types. A foreign-language
// title keeps its native-script originalTitle and often gets an English
// primaryTitle, as IMDb does ("Pauvre Pierrot" / "Poor Pierrot").
#include <cmath>

#include "titles.h"

namespace datagen {

namespace {

// Index skewed towards the head of a list: common words recur more.
size_t skewed(Rng& r, size_t n) { return size_t(double(n) * std::pow(r.uniform(), 1.5)); }

void append_word(std::string& out, const WordList& w, Rng& r) {
  std::string_view s = w[skewed(r, w.size())];
  out.append(s.data(), s.size());
}

const char* const kMonths[12] = {"January", "February", "March", "April", "May", "June",
                                 "July", "August", "September", "October",
                                 "November", "December"};

void english(Rng& r, std::string& out) {
  const TitleWords& tw = title_words(kEn);
  auto noun = [&] { append_word(out, tw.nouns, r); };
  auto adj = [&] { append_word(out, tw.adjs, r); };
  int p = int(r.below(100));
  if (p < 14) { noun(); }
  else if (p < 32) { out += "The "; noun(); }
  else if (p < 46) { adj(); out += ' '; noun(); }
  else if (p < 56) { out += "The "; adj(); out += ' '; noun(); }
  else if (p < 66) { out += "The "; noun(); out += " of the "; noun(); }
  else if (p < 72) { noun(); out += " and "; noun(); }
  else if (p < 80) {
    const Culture& c = cultures()[0];
    append_word(out, r.chance(0.5) ? c.female : c.male, r);
    if (p >= 77) { out += ' '; append_word(out, c.last, r); }
  }
  else if (p < 84) { noun(); out += ' '; out += char('2' + r.below(3)); }
  else if (p < 90) { adj(); out += ' '; noun(); out += ": The "; noun(); }
  else if (p < 93) { out += "Untitled "; noun(); out += " Project"; }
  else if (p < 97) { out += "Return to "; noun(); }
  else { out += "My "; adj(); out += ' '; noun(); }
}

}  // namespace

void make_title(Rng& r, Lang lang, std::string& out) {
  out.clear();
  if (lang == kEn) return english(r, out);
  const TitleWords& tw = title_words(lang);
  const char* sep = tw.joined ? "" : " ";
  int p = int(r.below(100));
  if (p < 35) {
    append_word(out, tw.nouns, r);
  } else if (p < 70) {
    if (tw.adj_after) { append_word(out, tw.nouns, r); out += sep; append_word(out, tw.adjs, r); }
    else { append_word(out, tw.adjs, r); out += sep; append_word(out, tw.nouns, r); }
  } else if (p < 90 && tw.links.size()) {
    append_word(out, tw.nouns, r); out += sep;
    append_word(out, tw.links, r); out += sep;
    append_word(out, tw.nouns, r);
  } else {
    append_word(out, tw.nouns, r);
    out += ' ';
    out += char('2' + r.below(3));
  }
}

void title_text(const World& w, const TitleInfo& t, std::string& primary,
                std::string& original) {
  Rng r(w.seed, kTitleTextStream, t.index);
  if (t.type == kTvEpisode) {
    if (t.daily && t.start && r.chance(0.6)) {
      original = "Episode dated ";
      append_uint(original, 1 + r.below(28));
      original += ' ';
      original += kMonths[r.below(12)];
      original += ' ';
      append_uint(original, t.start);
      primary = original;
      return;
    }
    if (t.season && r.chance(0.3)) {
      original = "Episode #";
      append_uint(original, t.season);
      original += '.';
      append_uint(original, t.episode);
      primary = original;
      return;
    }
  }
  make_title(r, t.lang, original);
  bool native_script = t.lang >= kRu;
  if (t.lang != kEn && r.chance(native_script ? 0.75 : 0.4)) make_title(r, kEn, primary);
  else primary = original;
}

}  // namespace datagen
