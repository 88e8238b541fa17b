#include "util/input_stream.h"

#include <fcntl.h>
#include <isa-l.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>

#include "util/mapped_file.h"

namespace marquee {
namespace {

constexpr size_t kChunk = 4 << 20;

// Plain file: read() in large chunks.
class PlainStream : public InputStream {
 public:
  PlainStream(std::string path, uint64_t size, int fd)
      : InputStream(std::move(path), size, false), fd_(fd) {}
  ~PlainStream() override { ::close(fd_); }

  Status Read(size_t max, std::string* dst, bool* eof) override {
    size_t old = dst->size();
    dst->resize(old + max);
    ssize_t n;
    do {
      n = ::read(fd_, dst->data() + old, max);
    } while (n < 0 && errno == EINTR);
    if (n < 0) {
      dst->resize(old);
      return Status::IOError(path_ + ": " + std::strerror(errno));
    }
    dst->resize(old + static_cast<size_t>(n));
    read_ += static_cast<uint64_t>(n);
    *eof = (n == 0);
    return Status::OK();
  }
  uint64_t file_bytes_read() const override { return read_; }

 private:
  int fd_;
  uint64_t read_ = 0;
};

// Gzip file: the compressed bytes are mapped; a worker thread inflates them
// into a bounded queue of chunks. Concatenated gzip members are supported.
class GzipStream : public InputStream {
 public:
  GzipStream(std::unique_ptr<MappedFile> file)
      : InputStream(file->path(), file->size(), true), file_(std::move(file)) {
    worker_ = std::thread([this] { Inflate(); });
  }
  ~GzipStream() override {
    {
      std::lock_guard<std::mutex> l(mu_);
      stop_ = true;
    }
    cv_.notify_all();
    worker_.join();
  }

  Status Read(size_t max, std::string* dst, bool* eof) override {
    std::unique_lock<std::mutex> l(mu_);
    cv_.wait(l, [&] { return !queue_.empty() || done_; });
    if (queue_.empty()) {
      *eof = true;
      return status_;
    }
    std::string& front = queue_.front();
    size_t n = std::min(max, front.size() - front_pos_);
    dst->append(front, front_pos_, n);
    front_pos_ += n;
    if (front_pos_ == front.size()) {
      queue_.pop_front();
      front_pos_ = 0;
      cv_.notify_all();
    }
    *eof = false;
    return Status::OK();
  }
  uint64_t file_bytes_read() const override { return consumed_.load(); }

 private:
  void Inflate() {
    const uint8_t* in = reinterpret_cast<const uint8_t*>(file_->data());
    const uint64_t total = file_->size();
    uint64_t pos = 0;
    Status st;
    auto state = std::make_unique<inflate_state>();
    bool member_open = false;
    while (true) {
      if (!member_open) {
        if (pos >= total) break;  // clean end after the last member
        if (total - pos < 2 || in[pos] != 0x1f || in[pos + 1] != 0x8b) {
          // Trailing garbage after a complete member.
          st = Status::Corruption(path_ + ": data after the end of the gzip stream at byte " +
                                  std::to_string(pos));
          break;
        }
        isal_inflate_init(state.get());
        state->crc_flag = IGZIP_GZIP;
        member_open = true;
      }
      std::string out(kChunk, '\0');
      state->next_out = reinterpret_cast<uint8_t*>(out.data());
      state->avail_out = static_cast<uint32_t>(out.size());
      uint64_t window = std::min<uint64_t>(total - pos, 1u << 30);
      state->next_in = const_cast<uint8_t*>(in + pos);
      state->avail_in = static_cast<uint32_t>(window);
      int ret = isal_inflate(state.get());
      uint64_t used = window - state->avail_in;
      pos += used;
      consumed_.store(pos);
      out.resize(out.size() - state->avail_out);
      if (ret < 0) {
        st = Status::Corruption(path_ + ": corrupt gzip data near byte " + std::to_string(pos) +
                                " (isa-l error " + std::to_string(ret) + ")");
        break;
      }
      bool finished = state->block_state == ISAL_BLOCK_FINISH;
      if (!finished && out.empty() && (pos >= total || used == 0)) {
        st = Status::Corruption(path_ + ": truncated gzip file (ends inside the compressed data)");
        break;
      }
      if (finished) member_open = false;
      if (!out.empty() && !Push(std::move(out))) return;
    }
    std::lock_guard<std::mutex> l(mu_);
    status_ = st;
    done_ = true;
    cv_.notify_all();
  }

  // Waits for room in the queue; false when the reader went away.
  bool Push(std::string chunk) {
    std::unique_lock<std::mutex> l(mu_);
    cv_.wait(l, [&] { return queue_.size() < 3 || stop_; });
    if (stop_) return false;
    queue_.push_back(std::move(chunk));
    cv_.notify_all();
    return true;
  }

  std::unique_ptr<MappedFile> file_;
  std::thread worker_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::string> queue_;
  size_t front_pos_ = 0;
  bool done_ = false;
  bool stop_ = false;
  Status status_;
  std::atomic<uint64_t> consumed_{0};
};

}  // namespace

Status InputStream::Open(const std::string& path, std::unique_ptr<InputStream>* out) {
  int fd;
  size_t size;
  MARQUEE_RETURN_IF_ERROR(OpenRegularFile(path, &fd, &size));
  unsigned char magic[2] = {0, 0};
  ssize_t n = ::pread(fd, magic, 2, 0);
  if (n == 2 && magic[0] == 0x1f && magic[1] == 0x8b) {
    ::close(fd);
    std::unique_ptr<MappedFile> file;
    MARQUEE_RETURN_IF_ERROR(MappedFile::Open(path, &file));
    out->reset(new GzipStream(std::move(file)));
    return Status::OK();
  }
  out->reset(new PlainStream(path, size, fd));
  return Status::OK();
}

}  // namespace marquee
