// Index::Verify: the full check behind `marquee verify`. Every section's
// checksum first (damage anywhere is caught there), then the structural
// invariants that the builder guarantees and the accessors rely on, so an
// index written by a buggy builder is caught too.

#include <cctype>
#include <cstring>
#include <string>
#include <vector>
#include <tuple>

#include "index/id_directory.h"
#include "index/index_rep.h"
#include "util/hash.h"
#include "util/varint.h"

namespace marquee {

namespace {

class Checker {
 public:
  explicit Checker(const Index::Rep& rep) : rep_(rep) {}

  Status Run() {
    const format::FileHeader& h = *rep_.header;
    for (uint32_t i = 0; i < h.section_count; ++i) {
      const format::SectionEntry& s = h.sections[i];
      if (Hash64(rep_.file->data() + s.offset, s.size) != s.checksum) {
        return Fail("checksum mismatch in section " + std::to_string(s.id) + " (bytes " +
                    std::to_string(s.offset) + ".." + std::to_string(s.offset + s.size) + ")");
      }
    }
    MARQUEE_RETURN_IF_ERROR(Ids());
    MARQUEE_RETURN_IF_ERROR(Titles());
    MARQUEE_RETURN_IF_ERROR(People());
    MARQUEE_RETURN_IF_ERROR(Credits());
    MARQUEE_RETURN_IF_ERROR(Akas());
    MARQUEE_RETURN_IF_ERROR(Episodes());
    return NameKeys();
  }

 private:
  Status Fail(const std::string& what) const {
    return Status::Corruption(rep_.file->path() + ": " + what);
  }
  bool Ref(format::StringRef ref) const {
    if (ref == 0) return true;
    if (ref >= rep_.strings.size()) return false;
    uint32_t len;
    const char* end = rep_.strings.data() + rep_.strings.size();
    const char* p = GetVarint32(rep_.strings.data() + ref, end, &len);
    return p != nullptr && len <= static_cast<size_t>(end - p);
  }

  Status Ids() const {
    for (size_t i = 1; i < rep_.title_ids.size(); ++i)
      if (rep_.title_ids[i - 1] >= rep_.title_ids[i]) return Fail("title ids out of order at row " + std::to_string(i));
    for (size_t i = 1; i < rep_.person_ids.size(); ++i)
      if (rep_.person_ids[i - 1] >= rep_.person_ids[i]) return Fail("person ids out of order at row " + std::to_string(i));
    for (auto* table : {&rep_.jobs, &rep_.title_types, &rep_.categories})
      for (format::StringRef r : *table)
        if (!Ref(r)) return Fail("vocabulary string out of range");
    for (auto [dir, keys, what] : {std::tuple(rep_.title_id_directory, rep_.title_ids, "title"),
                                   std::tuple(rep_.person_id_directory, rep_.person_ids, "person")}) {
      std::string wrong = CheckIdDirectory(dir, keys);
      if (!wrong.empty()) return Fail(std::string(what) + " id directory: " + wrong);
    }
    return Status::OK();
  }

  Status Titles() const {
    const uint32_t n = rep_.n_titles();
    for (uint32_t t = 0; t < n; ++t) {
      const auto& a = rep_.titles[t];
      const auto& b = rep_.titles[t + 1];
      std::string row = "title row " + std::to_string(t);
      if (a.credit_begin > b.credit_begin || a.aka_begin > b.aka_begin || a.episode_begin > b.episode_begin)
        return Fail(row + ": ranges out of order");
      if (a.parent != format::kNone && a.parent >= n) return Fail(row + ": parent out of range");
      if (a.type >= rep_.title_types.size()) return Fail(row + ": unknown title type");
      if (!Ref(a.primary_title) || !Ref(a.original_title) || !Ref(a.genres))
        return Fail(row + ": string out of range");
      if (a.rating10 > 100) return Fail(row + ": rating out of range");
    }
    for (size_t i = 0; i < rep_.plots.size(); ++i) {
      const auto& p = rep_.plots[i];
      if (p.title >= n || (i > 0 && rep_.plots[i - 1].title >= p.title) || !Ref(p.text))
        return Fail("plot " + std::to_string(i) + " out of order or range");
    }
    return Status::OK();
  }

  Status People() const {
    const uint32_t n = rep_.n_people();
    for (uint32_t p = 0; p < n; ++p) {
      const auto& a = rep_.people[p];
      std::string row = "person row " + std::to_string(p);
      if (a.credit_begin > rep_.people[p + 1].credit_begin) return Fail(row + ": ranges out of order");
      if (!Ref(a.name) || !Ref(a.professions)) return Fail(row + ": string out of range");
      for (uint32_t k : a.known_for)
        if (k != format::kNone && k >= rep_.n_titles()) return Fail(row + ": known-for title out of range");
    }
    return Status::OK();
  }

  Status Credits() const {
    for (size_t i = 0; i < rep_.title_credits.size(); ++i) {
      const auto& c = rep_.title_credits[i];
      if (c.person >= rep_.n_people() || format::RoleCategory(c.role) >= rep_.categories.size() ||
          format::RoleJob(c.role) >= rep_.jobs.size() || !Ref(c.characters))
        return Fail("title credit " + std::to_string(i) + " refers outside the index");
      if (c.person_name != rep_.people[c.person].name)
        return Fail("title credit " + std::to_string(i) + " names another person than its person's record");
    }
    if (rep_.person_credits.size() != rep_.title_credits.size())
      return Fail("the two credit directions differ in size");
    for (uint32_t p = 0; p < rep_.n_people(); ++p) {
      for (uint32_t i = rep_.people[p].credit_begin; i < rep_.people[p + 1].credit_begin; ++i) {
        const auto& pc = rep_.person_credits[i];
        if (pc.title >= rep_.n_titles() || pc.credit < rep_.titles[pc.title].credit_begin ||
            pc.credit >= rep_.titles[pc.title + 1].credit_begin || rep_.title_credits[pc.credit].person != p)
          return Fail("person credit " + std::to_string(i) + " does not match its title credit");
        if (pc.title_name != rep_.titles[pc.title].primary_title ||
            pc.characters != rep_.title_credits[pc.credit].characters)
          return Fail("person credit " + std::to_string(i) + " copies another name or characters than it points at");
      }
      const format::PersonRecord& r = rep_.people[p];
      format::PersonCredit first{};
      if (r.credit_begin < rep_.people[p + 1].credit_begin) first = rep_.person_credits[r.credit_begin];
      if (std::memcmp(&r.first_credit, &first, sizeof(first)) != 0)
        return Fail("person row " + std::to_string(p) + ": the first credit in the record is not the first in the list");
    }
    return Status::OK();
  }

  Status Akas() const {
    for (size_t i = 0; i < rep_.aka_locales.size(); ++i) {
      const auto& l = rep_.aka_locales[i];
      if (!IsCode(l.region) || !IsCode(l.language)) return Fail("aka locale " + std::to_string(i) + " is not a code");
    }
    for (size_t i = 0; i < rep_.aka_kinds.size(); ++i) {
      const auto& k = rep_.aka_kinds[i];
      if (!Ref(k.attributes) || (k.flags & ~format::kAkaOriginal) != 0 || k.pad[0] != 0 || k.pad[1] != 0)
        return Fail("aka kind " + std::to_string(i) + " is malformed");
    }
    for (uint32_t t = 0; t < rep_.n_titles(); ++t) {
      for (uint32_t i = rep_.titles[t].aka_begin; i < rep_.titles[t + 1].aka_begin; ++i) {
        const auto& a = rep_.akas[i];
        auto fail = [&](const char* what) { return Fail("alternate title " + std::to_string(i) + what); };
        if (a.title != t || !Ref(a.text)) return fail(" is misplaced or refers outside the index");
        if (a.locale >= rep_.aka_locales.size()) return fail(": locale out of range");
        if (a.kind >= rep_.aka_kinds.size()) return fail(": kind out of range");
      }
    }
    return Status::OK();
  }

  // A NUL-padded ASCII letters-and-digits code, as the loader writes them.
  static bool IsCode(const char (&c)[4]) {
    size_t n = 0;
    while (n < 4 && std::isalnum(static_cast<unsigned char>(c[n]))) ++n;
    for (size_t i = n; i < 4; ++i)
      if (c[i] != '\0') return false;
    return true;
  }

  // Every series lists exactly its episodes: each entry belongs to the
  // series, no episode twice, none left out.
  Status Episodes() const {
    std::vector<bool> listed(rep_.n_titles());
    for (uint32_t t = 0; t < rep_.n_titles(); ++t) {
      for (uint32_t i = rep_.titles[t].episode_begin; i < rep_.titles[t + 1].episode_begin; ++i) {
        uint32_t e = rep_.episodes[i];
        if (e >= rep_.n_titles() || rep_.titles[e].parent != t)
          return Fail("episode entry " + std::to_string(i) + " does not belong to its series");
        if (listed[e]) return Fail("episode entry " + std::to_string(i) + " lists title row " + std::to_string(e) + " twice");
        listed[e] = true;
      }
    }
    for (uint32_t t = 0; t < rep_.n_titles(); ++t) {
      if (rep_.titles[t].parent < rep_.n_titles() && !listed[t])
        return Fail("title row " + std::to_string(t) + " is missing from its series' episode list");
    }
    return Status::OK();
  }

  Status NameKeys() const {
    auto check = [&](std::span<const format::NameKey> keys, uint32_t n, const char* what) {
      for (size_t i = 0; i < keys.size(); ++i) {
        if (keys[i].row >= n || (i > 0 && keys[i - 1].hash > keys[i].hash))
          return Fail(std::string(what) + " name keys out of order or range at " + std::to_string(i));
      }
      return Status::OK();
    };
    MARQUEE_RETURN_IF_ERROR(check(rep_.title_keys, rep_.n_titles(), "title"));
    return check(rep_.person_keys, rep_.n_people(), "person");
  }

  const Index::Rep& rep_;
};

}  // namespace

Status Index::Verify() const { return Checker(*rep_).Run(); }

}  // namespace marquee
