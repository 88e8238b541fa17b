#include "util/line_reader.h"

#include <cstring>

namespace marquee {

namespace {
constexpr size_t kReadSize = 4 << 20;
}

bool LineReader::Fill() {
  if (eof_ || !status_.ok()) return false;
  buf_.erase(0, pos_);
  pos_ = 0;
  Status st = in_->Read(kReadSize, &buf_, &eof_);
  if (!st.ok()) {
    status_ = st;
    return false;
  }
  return true;
}

bool LineReader::TooLong(size_t bytes) {
  if (bytes <= max_line_bytes_) return false;
  status_ = Status::Corruption(in_->path() + ":" + std::to_string(line_number_ + 1) + ": line longer than " +
                               std::to_string(max_line_bytes_) + " bytes");
  return true;
}

bool LineReader::Next(std::string_view* line) {
  if (!status_.ok()) return false;
  size_t scan_from = pos_;
  while (true) {
    const char* start = buf_.data() + scan_from;
    const void* nl = std::memchr(start, '\n', buf_.size() - scan_from);
    if (nl != nullptr) {
      size_t end = static_cast<const char*>(nl) - buf_.data();
      *line = std::string_view(buf_.data() + pos_, end - pos_);
      pos_ = end + 1;
      break;
    }
    size_t scanned = buf_.size() - pos_;
    if (TooLong(scanned)) return false;
    if (!Fill()) {
      if (!status_.ok() || pos_ >= buf_.size()) return false;
      // Last line without a final newline.
      *line = std::string_view(buf_.data() + pos_, buf_.size() - pos_);
      pos_ = buf_.size();
      break;
    }
    scan_from = pos_ + scanned;
  }
  if (TooLong(line->size())) return false;
  had_cr_ = !line->empty() && line->back() == '\r';
  if (had_cr_) line->remove_suffix(1);
  ++line_number_;
  return true;
}

}  // namespace marquee
