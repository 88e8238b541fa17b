// AuditNames: spellings that fold alike reported once per spelling other
// than the most credited, merged only when asked (credits moved, the other
// rows removed, keys and rows kept consistent); careers of more than 75
// years reported as probable homonyms, merged spellings counted together.

#include "catalog/name_audit.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace marquee {
namespace {

class NameAuditTest : public ::testing::Test {
 protected:
  uint32_t Title(uint16_t year) {
    format::TitleRecord t = Catalog::EmptyTitle();
    t.start_year = year;
    uint32_t row;
    EXPECT_TRUE(catalog_.AddTitle(1000 + catalog_.titles.size(), t, &row));
    return row;
  }
  // A person credited on `titles`; people are listed in the order added.
  uint32_t Person(const char* name, std::initializer_list<uint32_t> titles, uint64_t line) {
    uint32_t row;
    EXPECT_TRUE(catalog_.AddPerson(500 + catalog_.people.size(), Catalog::EmptyPerson(), &row));
    for (uint32_t t : titles) catalog_.credits.push_back({t, row, {}, 0, 0});
    people_.push_back({row, name, "m.json", line});
    return row;
  }
  std::vector<uint32_t> CreditedPeople() const {
    std::vector<uint32_t> p;
    for (const CatalogCredit& c : catalog_.credits) p.push_back(c.person);
    return p;
  }

  Catalog catalog_;
  std::vector<NamedPerson> people_;
  IngestReport report_{/*strict=*/true};  // findings never fail a build
};

TEST_F(NameAuditTest, DuplicatesAreReportedAndKeptApartByDefault) {
  uint32_t a = Title(2000), b = Title(2001), c = Title(2002);
  Person("Robert Downey, Jr.", {a}, 3);
  Person("Robert Downey Jr.", {b, c}, 7);
  Person("Zoë Bell", {a}, 9);
  Person("Zoe Bell", {c}, 12);
  Person("Toni Collette", {a, b}, 4);
  AuditNames(people_, /*merge=*/false, &catalog_, &report_);
  const IssueCount& d = report_.noticed().at(
      "probable duplicate names (differ only in case, accents, quotes or punctuation)");
  EXPECT_EQ(d.count, 2u);
  EXPECT_EQ(d.examples[0],
            "m.json:3: probable duplicate names (differ only in case, accents, quotes or punctuation) "
            "(\"Robert Downey, Jr.\" (1 credit) and \"Robert Downey Jr.\" (2 credits))");
  EXPECT_NE(d.examples[1].find("m.json:12:"), std::string::npos) << d.examples[1];  // the first-seen wins ties
  EXPECT_EQ(catalog_.people.size(), 5u);
  EXPECT_EQ(CreditedPeople(), (std::vector<uint32_t>{0, 1, 1, 2, 3, 4, 4}));
  EXPECT_EQ(report_.skipped_total(), 0u);
}

TEST_F(NameAuditTest, MergeMovesCreditsToTheMostCreditedSpelling) {
  uint32_t a = Title(2000), b = Title(2001), c = Title(2002);
  Person("Robert Downey, Jr.", {a}, 3);
  Person("Toni Collette", {a, b}, 4);
  Person("Robert Downey Jr.", {b, c}, 7);
  Person("ROBERT DOWNEY JR", {c}, 8);
  uint64_t keys[] = {catalog_.person_keys[1], catalog_.person_keys[2]};
  AuditNames(people_, /*merge=*/true, &catalog_, &report_);
  EXPECT_EQ(report_.noticed()
                .at("duplicate names merged (differ only in case, accents, quotes or punctuation)")
                .count,
            2u);
  ASSERT_EQ(catalog_.people.size(), 2u);
  EXPECT_EQ(catalog_.person_keys, (std::vector<uint64_t>{keys[0], keys[1]}));
  EXPECT_EQ(catalog_.person_rows.Find(keys[1]), 1u);
  EXPECT_EQ(catalog_.person_rows.Find(500), IdMap::kMissing);  // the removed spelling's key
  // Credits in their original order: Downey on a, Collette on a and b,
  // then Downey's b, c and c.
  EXPECT_EQ(CreditedPeople(), (std::vector<uint32_t>{1, 0, 0, 1, 1, 1}));
}

TEST_F(NameAuditTest, LongCareersAreProbableHomonyms) {
  uint32_t old_film = Title(1917), new_film = Title(1993), later = Title(1992), unknown = Title(0);
  Person("Harrison Ford", {old_film, new_film, unknown}, 5);  // 76 years
  Person("Lillian Gish", {old_film, later}, 6);               // 75 years: plausible
  Person("Bob Burns", {old_film}, 7);
  Person("Bob  Burns", {new_film}, 8);  // two spellings, together 76 years
  AuditNames(people_, /*merge=*/true, &catalog_, &report_);
  const IssueCount& h = report_.noticed().at("probable homonym (credits span over 75 years)");
  EXPECT_EQ(h.count, 2u);
  EXPECT_EQ(h.examples[0],
            "m.json:5: probable homonym (credits span over 75 years) (\"Harrison Ford\" (3 credits) from 1917 to 1993)");
  EXPECT_NE(h.examples[1].find("\"Bob Burns\" (2 credits) from 1917 to 1993"), std::string::npos) << h.examples[1];
}

}  // namespace
}  // namespace marquee
