#include "web/local_data.hpp"

#include "core/model/parse.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <random>

#include <nlohmann/json.hpp>

namespace kinerja::web {
namespace {

constexpr std::size_t kCompactFiles = 200;           // journal files before a snapshot
constexpr std::size_t kCompactBytes = 4u << 20;       // or journal bytes

// Write to a temporary name, then rename: a crash leaves the old or the new file.
// One write() of the whole text: the browser's in-memory file system grows a
// file by an eighth per expansion past 1 MB, so a stream writing a city's
// 88 MB snapshot in buffer-sized pieces copied it some forty times (2.4 s of
// a 10,000-employee import); one call sizes the file once.
bool write_file(const std::string& path, std::string_view bytes, std::string& error) {
  const std::string tmp = path + ".tmp";
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) { error = "tidak dapat menulis / cannot write " + path; return false; }
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n <= 0) {
      ::close(fd);
      error = "penyimpanan penuh? / storage full? " + path;
      return false;
    }
    done += static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0) { error = "penyimpanan penuh? / storage full? " + path; return false; }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) { error = "rename " + path; return false; }
  return true;
}

std::vector<std::string> journal_names(const std::string& dir) {
  std::vector<std::string> names;
  if (DIR* d = opendir((dir + "/journal").c_str())) {
    while (dirent* e = readdir(d)) {
      std::string n = e->d_name;
      if (n.size() > 4 && n.ends_with(".kjj")) names.push_back(n);
    }
    closedir(d);
  }
  std::sort(names.begin(), names.end());  // zero-padded sequence numbers sort in order
  return names;
}

std::string make_device_id() {
  std::random_device rd;  // crypto.getRandomValues in the browser
  static constexpr char kHex[] = "0123456789abcdef";
  std::string id = "dev-";
  for (int i = 0; i < 10; ++i) id.push_back(kHex[rd() % 16]);
  return id;
}

std::string load_or_make_device(const std::string& dir) {
  std::string raw;
  if (read_file_bytes(dir + "/device.json", raw)) {
    auto j = nlohmann::json::parse(raw, nullptr, false);
    if (j.is_object() && j.contains("device") && j["device"].is_string()) return j["device"];
  }
  std::string id = make_device_id();
  std::string ignored;
  write_file(dir + "/device.json", nlohmann::json{{"device", id}}.dump(), ignored);
  return id;
}

std::string seq_name(std::uint64_t seq) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%012llu.kjj", static_cast<unsigned long long>(seq));
  return buf;
}

} // namespace

OpenedData open_local_data(const std::string& dir) {
  mkdir(dir.c_str(), 0755);
  mkdir((dir + "/journal").c_str(), 0755);
  OpenedData out;
  out.data.dir = dir;
  out.data.device = load_or_make_device(dir);

  std::string snap, prev, journal;
  const bool has_snap = read_file_bytes(dir + "/snapshot.kjs", snap);
  const bool has_prev = read_file_bytes(dir + "/snapshot.prev.kjs", prev);
  const auto names = journal_names(dir);
  for (const auto& n : names) {
    std::string part;
    if (read_file_bytes(dir + "/journal/" + n, part)) journal += part;
  }
  out.empty = !has_snap && !has_prev && names.empty();
  const std::string_view snapshots[] = {snap, prev};
  auto replayed = replay(snapshots, journal);
  out.data.store = std::move(replayed.store);
  out.data.last_seq = replayed.report.last_seq;
  out.data.journal_files = names.size();
  out.data.journal_bytes = journal.size();
  out.data.snapshot_bytes = std::max(snap.size(), prev.size());
  out.notices = std::move(replayed.report.notices);
  if (replayed.report.journal_dropped_bytes > 0) {
    // The torn tail is gone for good: rewrite the state so the next start is clean.
    std::string ignored;
    write_snapshot(out.data, 0, ignored);
  }
  return out;
}

bool append_changes(LocalData& data, const std::vector<Change>& changes, std::string& error) {
  if (changes.empty()) return true;
  const std::uint64_t first = data.last_seq + 1;
  const std::string bytes = encode_entries(first, changes);
  if (!write_file(data.dir + "/journal/" + seq_name(first), bytes, error)) return false;
  data.last_seq += changes.size();
  data.journal_files += 1;
  data.journal_bytes += bytes.size();
  data.revision += 1;
  return true;
}

bool write_snapshot(LocalData& data, std::int64_t now_ms, std::string& error, std::size_t added_bytes) {
  const std::string bytes =
      compact(data.store, data.last_seq, data.device, now_ms, data.snapshot_bytes + data.journal_bytes + added_bytes);
  data.snapshot_bytes = bytes.size();
  const std::string path = data.dir + "/snapshot.kjs";
  struct stat st{};
  if (stat(path.c_str(), &st) == 0) std::rename(path.c_str(), (data.dir + "/snapshot.prev.kjs").c_str());
  if (!write_file(path, bytes, error)) return false;
  for (const auto& n : journal_names(data.dir)) unlink((data.dir + "/journal/" + n).c_str());
  data.journal_files = 0;
  data.journal_bytes = 0;
  return true;
}

bool compact_if_needed(LocalData& data, std::int64_t now_ms, std::string& error) {
  if (data.journal_files < kCompactFiles && data.journal_bytes < kCompactBytes) return true;
  return write_snapshot(data, now_ms, error);
}

bool replace_all(LocalData& data, Store store, std::int64_t now_ms, std::string& error) {
  data.store = std::move(store);
  data.revision += 1;
  if (!write_snapshot(data, now_ms, error)) return false;
  // The previous snapshot belongs to the replaced data: keeping it as a
  // fallback would bring it back after a corrupt write.
  unlink((data.dir + "/snapshot.prev.kjs").c_str());
  return true;
}

} // namespace kinerja::web
