// The one option parser: every accepted form of --years, counts in range,
// lists, flags, and a usage error naming the option and what it takes for
// everything else.

#include "marquee/request.h"

#include <gtest/gtest.h>

namespace marquee {
namespace {

YearRange Years(std::string_view text) {
  YearRange r{-1, -1};
  EXPECT_TRUE(ParseYears(text, &r).ok()) << text;
  return r;
}

TEST(ParseYearsTest, EveryDocumentedForm) {
  EXPECT_EQ(Years("1990-1999").from, 1990);
  EXPECT_EQ(Years("1990-1999").to, 1999);
  EXPECT_EQ(Years("1990-").from, 1990);
  EXPECT_EQ(Years("1990-").to, 0);
  EXPECT_EQ(Years("-1999").from, 0);
  EXPECT_EQ(Years("-1999").to, 1999);
  EXPECT_EQ(Years("1994").from, 1994);
  EXPECT_EQ(Years("1994").to, 1994);
  EXPECT_EQ(Years("1990s").from, 1990);  // the decade, not the year 1990
  EXPECT_EQ(Years("1990s").to, 1999);
  EXPECT_EQ(Years("2000s").to, 2009);
}

TEST(ParseYearsTest, EverythingElseNamesTheForms) {
  for (const char* bad : {"", "-", "soon", "199x", "1990s-2000s", "1995s", "19", "1990-19999", "0", "10000",
                          "1990--1999", " 1990", "1990 - 1999", "2020-2010", "-0"}) {
    YearRange r;
    Status s = ParseYears(bad, &r);
    EXPECT_EQ(s.code(), Status::Code::kInvalidArgument) << bad;
    if (std::string_view(bad) != "2020-2010") EXPECT_NE(s.message().find("1990s"), std::string::npos) << s.message();
  }
  YearRange r;
  EXPECT_NE(ParseYears("2020-2010", &r).message().find("is empty"), std::string::npos);
}

TEST(SetOptionTest, CountsFlagsAndLists) {
  Request r;
  ASSERT_TRUE(SetOption(&r, "limit", "25").ok());
  EXPECT_EQ(r.limit, 25u);
  ASSERT_TRUE(SetOption(&r, "type", "movie,tvSeries").ok());
  ASSERT_TRUE(SetOption(&r, "type", "short").ok());
  EXPECT_EQ(r.types, (std::vector<std::string>{"movie", "tvSeries", "short"}));
  ASSERT_TRUE(SetOption(&r, "crew", "").ok());
  EXPECT_TRUE(r.crew);
  ASSERT_TRUE(SetOption(&r, "crew", "false").ok());
  EXPECT_FALSE(r.crew);
  ASSERT_TRUE(SetOption(&r, "timeout", "2.5").ok());
  EXPECT_DOUBLE_EQ(r.timeout, 2.5);
  ASSERT_TRUE(SetOption(&r, "year", "2008").ok());
  EXPECT_EQ(r.year, 2008);
  ASSERT_TRUE(SetOption(&r, "years", "1990s").ok());
  EXPECT_EQ(r.years.to, 1999);
}

TEST(SetOptionTest, BadValuesAreUsageErrorsNamingTheOption) {
  struct Case {
    const char* name;
    const char* value;
  };
  for (const Case& c : std::initializer_list<Case>{{"limit", "0"}, {"limit", "-1"}, {"limit", "ten"}, {"limit", "5x"},
                                                   {"max-visits", "-1"}, {"max-visits", "0"}, {"timeout", "nan"},
                                                   {"timeout", "inf"}, {"timeout", "-1"}, {"timeout", "0"},
                                                   {"threads", "0"}, {"all", "10001"}, {"year", "20o8"},
                                                   {"crew", "maybe"}, {"type", "movie,,short"}, {"category", ""},
                                                   {"no-such-option", "1"}}) {
    Request r;
    Status s = SetOption(&r, c.name, c.value);
    EXPECT_EQ(s.code(), Status::Code::kInvalidArgument) << c.name << "=" << c.value;
    EXPECT_NE(s.message().find(c.name), std::string::npos) << s.message();
  }
}

TEST(CommandTest, NamesRoundTrip) {
  for (Command c : {Command::kSearch, Command::kCast, Command::kPath, Command::kCenter, Command::kInfo}) {
    Command back;
    ASSERT_TRUE(ParseCommand(CommandName(c), &back).ok());
    EXPECT_EQ(back, c);
  }
  Command c;
  Status s = ParseCommand("casts", &c);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("filmography"), std::string::npos);  // names the commands
}

}  // namespace
}  // namespace marquee
