#include "imdb/principal_orderings.h"

namespace marquee::imdb {

bool PrincipalOrderings::Contains(uint32_t title, uint32_t ordering) {
  if (Grouped() && title != title_) {
    if (title_ != UINT32_MAX) done_[title_] = true;
    for (uint32_t o : orderings_) bitmap_[o >> 6] &= ~(uint64_t{1} << (o & 63));
    orderings_.clear();
    title_ = title;
    if (done_[title]) {
      ungrouped_ = true;
      std::vector<uint64_t>().swap(bitmap_);
      for (size_t i = first_; i < credits_->size(); ++i) all_.insert(Key((*credits_)[i].title, (*credits_)[i].ordering));
    }
  }
  if (!Grouped()) return all_.count(Key(title, ordering)) != 0;
  return ordering >> 6 < bitmap_.size() && (bitmap_[ordering >> 6] >> (ordering & 63) & 1);
}

void PrincipalOrderings::Add(uint32_t title, uint32_t ordering) {
  if (!Grouped()) {
    all_.insert(Key(title, ordering));
    return;
  }
  if (ordering >> 6 >= bitmap_.size()) bitmap_.resize((ordering >> 6) + 1, 0);
  bitmap_[ordering >> 6] |= uint64_t{1} << (ordering & 63);
  orderings_.push_back(ordering);
}

}  // namespace marquee::imdb
