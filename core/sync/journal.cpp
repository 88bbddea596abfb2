// Journal, snapshot and replay (see journal.hpp).
#include "core/sync/journal.hpp"

#include <array>

#include "core/sync/bundle_io.hpp"

namespace kinerja {
namespace {

using nlohmann::json;

constexpr std::string_view kEntryMagic = "KJ1E";
constexpr std::string_view kSnapshotMagic = "KJ1S";

const std::array<std::uint32_t, 256>& crc_table() {
  static const std::array<std::uint32_t, 256> table = [] {
    std::array<std::uint32_t, 256> t{};
    for (std::uint32_t i = 0; i < 256; ++i) {
      std::uint32_t c = i;
      for (int k = 0; k < 8; ++k) c = (c & 1U) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
      t[i] = c;
    }
    return t;
  }();
  return table;
}

void put_u32(std::string& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out += static_cast<char>((v >> (8 * i)) & 0xFFU);
}
void put_u64(std::string& out, std::uint64_t v) {
  for (int i = 0; i < 8; ++i) out += static_cast<char>((v >> (8 * i)) & 0xFFU);
}
std::uint32_t get_u32(std::string_view s, std::size_t at) {
  std::uint32_t v = 0;
  for (std::size_t i = 0; i < 4; ++i) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(s[at + i])) << (8 * i);
  return v;
}
std::uint64_t get_u64(std::string_view s, std::size_t at) {
  std::uint64_t v = 0;
  for (std::size_t i = 0; i < 8; ++i) v |= static_cast<std::uint64_t>(static_cast<unsigned char>(s[at + i])) << (8 * i);
  return v;
}

struct SnapshotRead {
  bool ok = false;
  std::uint64_t seq = 0;
  Store store;
  std::string why_id, why_en;
};

SnapshotRead read_snapshot(std::string_view b) {
  SnapshotRead r;
  if (b.size() < kSnapshotHeader || b.substr(0, 4) != kSnapshotMagic) {
    r.why_id = "bukan berkas snapshot atau kepalanya terpotong";
    r.why_en = "not a snapshot file, or its header is cut off";
    return r;
  }
  const std::uint64_t seq = get_u64(b, 4);
  const std::uint64_t len = get_u64(b, 12);
  const std::uint32_t crc = get_u32(b, 20);
  if (len != b.size() - kSnapshotHeader) {
    r.why_id = "panjang isi tidak cocok (" + std::to_string(b.size() - kSnapshotHeader) + " dari " + std::to_string(len) + " byte): berkas terpotong";
    r.why_en = "content length mismatch (" + std::to_string(b.size() - kSnapshotHeader) + " of " + std::to_string(len) + " bytes): the file is truncated";
    return r;
  }
  if (crc32(b.substr(kSnapshotHeader), crc32(b.substr(4, 16))) != crc) {
    r.why_id = "checksum CRC-32 salah: isi rusak";
    r.why_en = "CRC-32 checksum mismatch: the content is corrupt";
    return r;
  }
  BundleRead br = read_bundle(b.substr(kSnapshotHeader));
  if (!br.ok()) {
    r.why_id = "isi tidak terbaca: " + format_error(br.errors.front(), ErrorLanguage::id);
    r.why_en = "content unreadable: " + format_error(br.errors.front(), ErrorLanguage::en);
    return r;
  }
  r.ok = true;
  r.seq = seq;
  r.store = std::move(br.bundle->store);
  return r;
}

}  // namespace

std::uint32_t crc32(std::string_view bytes, std::uint32_t seed) {
  const auto& t = crc_table();
  std::uint32_t c = ~seed;
  for (char ch : bytes) c = t[(c ^ static_cast<unsigned char>(ch)) & 0xFFU] ^ (c >> 8);
  return ~c;
}

std::string encode_entry(std::uint64_t seq, const Change& change) {
  const std::string payload = canonical(json{{"c", change.collection}, {"v", change.version}});
  std::string head;
  put_u32(head, static_cast<std::uint32_t>(payload.size()));
  put_u64(head, seq);
  std::string out(kEntryMagic);
  out.reserve(kJournalFrameHeader + payload.size());
  out += head;
  put_u32(out, crc32(payload, crc32(head)));
  out += payload;
  return out;
}

std::string encode_entries(std::uint64_t first_seq, std::span<const Change> changes) {
  std::string out;
  for (const auto& c : changes) out += encode_entry(first_seq++, c);
  return out;
}

std::string compact(const Store& s, std::uint64_t seq, std::string_view device, std::int64_t now_ms,
                    std::size_t expected_bytes) {
  BundleHeader h;
  h.created = format_iso_ms(now_ms);
  h.origin = is_valid_id(device) ? std::string(device) : std::string("local");
  // The payload is written in place after room for the header, which is
  // filled in once its length and checksum are known: a city's snapshot is
  // tens of MB, not copied again.
  std::string out;
  out.reserve(kSnapshotHeader + expected_bytes + expected_bytes / 16);
  out.assign(kSnapshotHeader, '\0');
  append_bundle(out, s, h);
  const std::string_view payload(out.data() + kSnapshotHeader, out.size() - kSnapshotHeader);
  std::string head;
  put_u64(head, seq);
  put_u64(head, payload.size());
  std::string front(kSnapshotMagic);
  front += head;
  put_u32(front, crc32(payload, crc32(head)));
  out.replace(0, kSnapshotHeader, front);
  return out;
}

Replayed replay(std::span<const std::string_view> snapshots, std::string_view journal) {
  Replayed out;
  ReplayReport& rep = out.report;
  try {
    // Snapshot: the valid candidate with the highest sequence number.
    for (std::size_t i = 0; i < snapshots.size(); ++i) {
      if (snapshots[i].empty()) continue;
      SnapshotRead sr = read_snapshot(snapshots[i]);
      if (!sr.ok) {
        rep.clean = false;
        rep.notices.push_back({"snapshot " + std::to_string(i),
                               "Snapshot " + std::to_string(i) + " dilewati: " + sr.why_id,
                               "Snapshot " + std::to_string(i) + " skipped: " + sr.why_en});
        continue;
      }
      if (rep.snapshot_used < 0 || sr.seq > rep.snapshot_seq) {
        rep.snapshot_used = static_cast<int>(i);
        rep.snapshot_seq = sr.seq;
        out.store = std::move(sr.store);
      }
    }
    rep.last_seq = rep.snapshot_seq;

    std::size_t pos = 0;
    std::uint64_t prev_seq = 0;
    bool any = false, gap_reported = false;
    std::string stop_id, stop_en;
    while (pos < journal.size()) {
      const std::string_view rest = journal.substr(pos);
      if (rest.size() < kJournalFrameHeader) {
        stop_id = "kepala entri terpotong";
        stop_en = "entry header cut off";
        break;
      }
      if (rest.substr(0, 4) != kEntryMagic) {
        stop_id = "penanda entri tidak dikenal";
        stop_en = "unknown entry marker";
        break;
      }
      const std::uint32_t len = get_u32(rest, 4);
      const std::uint64_t seq = get_u64(rest, 8);
      const std::uint32_t crc = get_u32(rest, 16);
      if (len > kMaxJournalPayload || len > rest.size() - kJournalFrameHeader) {
        stop_id = "entri terpotong (penulisan terakhir tidak selesai)";
        stop_en = "entry cut off (the last write did not finish)";
        break;
      }
      const std::string_view payload = rest.substr(kJournalFrameHeader, len);
      if (crc32(payload, crc32(rest.substr(4, 12))) != crc) {
        stop_id = "checksum CRC-32 entri salah";
        stop_en = "entry CRC-32 checksum mismatch";
        break;
      }
      if (any && seq <= prev_seq) {
        stop_id = "nomor urut entri mundur";
        stop_en = "entry sequence number goes backwards";
        break;
      }
      json e = json::parse(payload.begin(), payload.end(), nullptr, false);
      std::vector<ValidationError> errs;
      const bool shape = e.is_object() && e.contains("c") && e["c"].is_string() && e.contains("v");
      if (shape) check_envelope(e["v"], "/v", errs);
      if (!shape || !errs.empty()) {
        stop_id = "isi entri tidak sah";
        stop_en = "entry content invalid";
        break;
      }
      if (seq <= rep.snapshot_seq) {
        ++rep.entries_already;
      } else {
        const std::uint64_t expected = any ? prev_seq + 1 : rep.snapshot_seq + 1;
        if (seq != expected && !gap_reported && (any || rep.snapshot_used >= 0 || rep.snapshot_seq > 0 || !rep.notices.empty())) {
          gap_reported = true;
          rep.clean = false;
          rep.notices.push_back({"journal byte " + std::to_string(pos),
                                 "Perubahan #" + std::to_string(expected) + " sampai #" + std::to_string(seq - 1) + " tidak ada (snapshot yang memuatnya rusak); perubahan sesudahnya tetap dipakai",
                                 "Changes #" + std::to_string(expected) + " to #" + std::to_string(seq - 1) + " are missing (the snapshot holding them is corrupt); later changes are still used"});
        }
        join_version(out.store, e["c"].get<std::string>(), e["v"]);
        ++rep.entries_applied;
      }
      any = true;
      prev_seq = seq;
      rep.last_seq = std::max(rep.last_seq, seq);
      pos += kJournalFrameHeader + len;
    }
    rep.journal_good_bytes = pos;
    rep.journal_dropped_bytes = journal.size() - pos;
    if (rep.journal_dropped_bytes > 0) {
      rep.clean = false;
      rep.notices.push_back({"journal byte " + std::to_string(pos),
                             "Jurnal: " + stop_id + " di byte " + std::to_string(pos) + "; " + std::to_string(rep.journal_dropped_bytes) +
                                 " byte terakhir dibuang. Data dipulihkan sampai perubahan #" + std::to_string(rep.last_seq) +
                                 "; periksa perubahan terakhir Anda.",
                             "Journal: " + stop_en + " at byte " + std::to_string(pos) + "; the last " + std::to_string(rep.journal_dropped_bytes) +
                                 " bytes were dropped. Data restored up to change #" + std::to_string(rep.last_seq) +
                                 "; check your latest changes."});
    }
    if (snapshots.size() > 0 && rep.snapshot_used < 0 && !rep.notices.empty() &&
        std::any_of(snapshots.begin(), snapshots.end(), [](std::string_view s) { return !s.empty(); }))
      rep.notices.push_back({"snapshot", "Tidak ada snapshot yang utuh: data disusun dari jurnal saja; impor ekspor terakhir Anda untuk melengkapinya.",
                             "No intact snapshot: the data was rebuilt from the journal alone; import your latest export to complete it."});
  } catch (const std::exception&) {
    // Nothing above should throw; if it does, start empty rather than abort.
    out = Replayed{};
    out.report.clean = false;
    out.report.notices.push_back({"journal", "Penyimpanan lokal tidak terbaca; mulai kosong. Impor ekspor terakhir Anda.",
                                  "Local storage unreadable; starting empty. Import your latest export."});
  }
  return out;
}

Replayed replay(std::string_view snapshot, std::string_view journal) {
  const std::string_view one[] = {snapshot};
  return replay(std::span<const std::string_view>(one), journal);
}

}  // namespace kinerja
