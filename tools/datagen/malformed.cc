// malformed.cc — the corruptions. Each one breaks exactly one rule of the
// format (column count, UTF-8, number syntax, characters JSON, uniqueness,
// line ending) so a loader's bad-row report can be matched line by line.
#include "malformed.h"

#include <cstring>

namespace datagen {

const char* const kBadKindNames[kNumBadKinds] = {
    "wrong_columns", "invalid_utf8", "non_numeric", "bad_json",
    "dangling_id", "duplicate_id", "crlf"};

namespace {

struct Utf8Case { const char* bytes; const char* what; };
const Utf8Case kBadUtf8[] = {
    {"\xFF", "byte 0xFF"},
    {"\xC0\xAF", "overlong encoding"},
    {"\xE6\x97", "truncated sequence"},
    {"\xED\xA0\x80", "UTF-16 surrogate"},
    {"\x80", "lone continuation byte"},
    {"\xF8\x88\x80\x80\x80", "5-byte sequence"},
};

const char* const kJunk[] = {"19x4", "n/a", "twelve", "1.2.3", "12a", "\xD9\xA3",
                             "0x1F", "7,5", "-", "?", "NaN"};

}  // namespace

Emitter::Emitter(const FileSpec& spec, double fraction, Rng rng, std::string& out)
    : spec_(spec), rng_(rng), out_(out) {
  if (fraction > 0.5) fraction = 0.5;
  // Inserting with probability F/(1-F) per clean row makes F of all rows bad.
  p_ = spec.insert_mode ? fraction / (1 - fraction) : fraction;
  for (int k = 0; k < kNumBadKinds; ++k)
    if (spec.kinds >> k & 1) kinds_[nkinds_++] = BadKind(k);
}

BadKind Emitter::Draw() {
  if (p_ <= 0 || !rng_.Chance(p_)) return kClean;
  return kinds_[rng_.Below(uint64_t(nkinds_))];
}

void Emitter::Header() {
  for (size_t i = 0; i < spec_.columns.size(); ++i) {
    if (i) out_ += '\t';
    out_ += spec_.columns[i];
  }
  out_ += '\n';
  ++lines;
}

int Emitter::CountFields() const {
  int n = 1;
  for (char c : row) n += c == '\t';
  return n;
}

void Emitter::FieldBounds(int field, size_t& b, size_t& e) const {
  b = 0;
  for (int f = 0; f < field; ++f) b = row.find('\t', b) + 1;
  e = row.find('\t', b);
  if (e == std::string::npos) e = row.size();
}

std::string Emitter::Corrupt(BadKind kind) {
  std::string detail;
  size_t b, e;
  switch (kind) {
    case kWrongColumns: {
      int v = int(rng_.Below(3));
      if (v == 0) row.resize(row.rfind('\t'));          // a column lost
      else if (v == 1) row += "\t\\N";                  // a column too many
      else row[row.find('\t')] = ' ';                   // two columns merged
      detail = std::to_string(CountFields()) + " columns, expected " +
               std::to_string(spec_.columns.size());
      break;
    }
    case kInvalidUtf8: {
      int f = spec_.text_fields[rng_.Below(spec_.text_fields.size())];
      const Utf8Case& c = kBadUtf8[rng_.Below(sizeof kBadUtf8 / sizeof kBadUtf8[0])];
      FieldBounds(f, b, e);
      std::string_view cur(row.data() + b, e - b);
      if (cur == "\\N") row.replace(b, e - b, std::string(f == spec_.json_field ? "[\"X" : "X") + c.bytes + (f == spec_.json_field ? "\"]" : ""));
      else if (cur.substr(0, 2) == "[\"") row.insert(b + 2, c.bytes);
      else row.insert(e, c.bytes);
      detail = std::string("invalid UTF-8 (") + c.what + ") in " + spec_.columns[f];
      break;
    }
    case kNonNumeric: {
      int f = spec_.numeric_fields[rng_.Below(spec_.numeric_fields.size())];
      const char* junk = kJunk[rng_.Below(sizeof kJunk / sizeof kJunk[0])];
      FieldBounds(f, b, e);
      row.replace(b, e - b, junk);
      detail = std::string("non-numeric ") + spec_.columns[f] + ": " + junk;
      break;
    }
    case kBadJson: {
      FieldBounds(spec_.json_field, b, e);
      std::string name;
      for (size_t i = b; i < e; ++i)
        if (row[i] != '"' && row[i] != '\\' && row[i] != '[' && row[i] != ']' && row[i] != ',') name += row[i];
      if (name.empty() || name == "N") name = "Self";
      static const char* const shapes[] = {"[\"%\"", "[%]", "[\"%\" \"Other\"]", "[\"%\",]", "[\"%\\q\"]"};
      std::string s = shapes[rng_.Below(5)], out;
      for (char c : s) { if (c == '%') out += name; else out += c; }
      // shape 0 is meant unterminated: drop its closing quote.
      if (s == "[\"%\"") out.pop_back();
      row.replace(b, e - b, out);
      detail = "characters is not a JSON array of strings";
      break;
    }
    case kDuplicateId: {
      FieldBounds(0, b, e);
      detail = "duplicate key " + row.substr(b, e - b);
      if (spec_.columns.size() > 1 && std::strcmp(spec_.columns[1], "ordering") == 0) {
        FieldBounds(1, b, e);
        detail += " ordering " + row.substr(b, e - b);
      }
      break;
    }
    case kCrlf: detail = "CRLF line ending"; break;
    default: break;
  }
  return detail;
}

void Emitter::Emit(BadKind kind, std::string_view detail) {
  if (kind == kDuplicateId && !spec_.insert_mode) {
    out_ += row;  // the original stays; the copy after it is the bad row
    out_ += '\n';
    ++lines, ++rows;
  }
  std::string d;
  if (kind != kClean) d = detail.empty() ? Corrupt(kind) : std::string(detail);
  out_ += row;
  out_ += kind == kCrlf ? "\r\n" : "\n";
  ++lines, ++rows;
  if (kind != kClean) bad.push_back(BadRow{lines, kind, std::move(d)});
}

}  // namespace datagen
