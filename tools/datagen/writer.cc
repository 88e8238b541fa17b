// writer.cc — chunk compression (ISA-L igzip, level 1) and in-order writes.
#include "writer.h"

#include <isa-l.h>
#include <zlib.h>


namespace datagen {

Status CompressChunk(ChunkResult& chunk, bool last) {
  chunk.raw_len = chunk.data.size();
  chunk.crc = crc32_gzip_refl(0, reinterpret_cast<const uint8_t*>(chunk.data.data()),
                              chunk.data.size());
  thread_local std::vector<uint8_t> level_buf(ISAL_DEF_LVL1_DEFAULT);
  isal_zstream s;
  isal_deflate_init(&s);
  s.level = 1;
  s.level_buf = level_buf.data();
  s.level_buf_size = uint32_t(level_buf.size());
  s.gzip_flag = IGZIP_DEFLATE;  // raw blocks: FileSink writes the gzip framing
  s.end_of_stream = last ? 1 : 0;
  s.flush = last ? NO_FLUSH : SYNC_FLUSH;
  s.next_in = reinterpret_cast<uint8_t*>(chunk.data.data());
  s.avail_in = uint32_t(chunk.data.size());
  std::string out(chunk.data.size() / 2 + 4096, '\0');
  size_t done = 0;
  for (;;) {
    if (out.size() - done < 4096) out.resize(out.size() * 2);
    s.next_out = reinterpret_cast<uint8_t*>(out.data() + done);
    s.avail_out = uint32_t(out.size() - done);
    if (isal_deflate(&s) != COMP_OK) return Status::IOError("isal_deflate failed");
    done = out.size() - s.avail_out;
    bool finished = last ? s.internal_state.state == ZSTATE_END
                         : s.avail_in == 0 && s.avail_out > 0 &&
                               s.internal_state.state == ZSTATE_NEW_HDR;
    if (finished) break;
  }
  out.resize(done);
  chunk.data = std::move(out);
  return Status::OK();
}

FileSink::FileSink(std::string path, bool gzip, size_t n_chunks, bool discard)
    : path_(std::move(path)), gzip_(gzip), discard_(discard), n_chunks_(n_chunks),
      pending_(n_chunks), ready_(n_chunks, false) {}

Status FileSink::Open() {
  if (discard_) return Status::OK();
  f_ = std::fopen(path_.c_str(), "wb");
  if (!f_) return Status::IOError("cannot write " + path_);
  if (gzip_) {
    // Fixed header: no name, mtime 0, so output is byte-identical per seed.
    static const unsigned char hdr[10] = {0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3};
    if (std::fwrite(hdr, 1, sizeof hdr, f_) != sizeof hdr) return Status::IOError("short write to " + path_);
    bytes += sizeof hdr;
  }
  return n_chunks_ == 0 ? Close() : Status::OK();
}

FileSink::~FileSink() {
  if (f_) std::fclose(f_);
}

Status FileSink::Submit(size_t chunk, ChunkResult&& result) {
  std::lock_guard<std::mutex> lock(mu_);
  pending_[chunk] = std::move(result);
  ready_[chunk] = true;
  while (status_.ok() && next_ < n_chunks_ && ready_[next_]) {
    // Move out so the buffer is freed here (assigning an empty string
    // would keep its capacity alive until the sink dies).
    ChunkResult done = std::move(pending_[next_]);
    status_ = WriteOut(done);
    ++next_;
  }
  if (status_.ok() && next_ == n_chunks_) status_ = Close();
  return status_;
}

Status FileSink::WriteOut(ChunkResult& r) {
  for (auto& b : r.bad) bad.push_back(BadRow{b.line + lines, b.kind, std::move(b.detail)});
  lines += r.lines;
  rows += r.rows;
  if (discard_) return Status::OK();
  if (gzip_) {
    crc_ = uint32_t(crc32_combine(crc_, r.crc, z_off_t(r.raw_len)));
    raw_len_ += r.raw_len;
  }
  if (std::fwrite(r.data.data(), 1, r.data.size(), f_) != r.data.size())
    return Status::IOError("short write to " + path_);
  bytes += r.data.size();
  return Status::OK();
}

Status FileSink::Close() {
  if (!f_) return Status::OK();
  if (gzip_) {
    unsigned char trl[8];
    for (int i = 0; i < 4; ++i) trl[i] = uint8_t(crc_ >> (8 * i));
    for (int i = 0; i < 4; ++i) trl[4 + i] = uint8_t(raw_len_ >> (8 * i));
    if (std::fwrite(trl, 1, sizeof trl, f_) != sizeof trl) return Status::IOError("short write to " + path_);
    bytes += sizeof trl;
  }
  int closed = std::fclose(f_);
  f_ = nullptr;
  return closed == 0 ? Status::OK() : Status::IOError("cannot close " + path_);
}

}  // namespace datagen
