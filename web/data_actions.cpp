#include "web/data_actions.hpp"

#include "core/calc/aggregate.hpp"
#include "core/view/city_view.hpp"
#include "core/sync/bundle_io.hpp"
#include "core/model/parse.hpp"
#include "core/model/publik.hpp"
#include "core/demo/demo.hpp"
#include "core/demo/demo_store.hpp"
#include "core/rules/rules.hpp"
#include "core/trust/demo_keys.hpp"
#include "core/trust/gate.hpp"
#include "core/trust/key_request.hpp"
#include "core/trust/kunci_kota.hpp"
#include "core/trust/publik_signature.hpp"
#include "core/workflow/employee_csv.hpp"
#include "core/workflow/layanan_csv.hpp"
#include "core/sync/merge.hpp"
#include "core/sync/scope.hpp"
#include "core/model/serialize.hpp"
#include "web/device_keys.hpp"
#include "web/i18n.hpp"
#include "web/platform.hpp"
#include "web/settings.hpp"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

namespace kinerja::web {
namespace {

constexpr std::size_t kBigImportRecords = 2000;

std::string dir() { return std::string(kStoreDir); }

std::string text(const AppState& s, const ValidationError& e) {
  return format_error(e, s.lang == Lang::id ? ErrorLanguage::id : ErrorLanguage::en);
}

void tell(AppState& s, std::string message, bool error) {
  s.data.message = std::move(message);
  s.data.message_is_error = error;
}

// yyyy-mm-dd (UTC) for file names, from the core's calendar.
std::string iso_date(std::int64_t ms) { return format_timestamp_ms(ms).substr(0, 10); }

void save_settings_now(AppState& s) {
  save_settings(std::string(platform::kDataDir) + "/settings.json",
                Settings{s.lang, s.device_name, s.data.last_export_ms, s.data.exported_seq});
}

// Files are written; now make them durable (or, in a read-only tab, refuse).
void persist(AppState& s) {
  s.save = SaveState::saving;
  platform::request_persist_to_indexeddb();
}

}  // namespace

void commit_changes(AppState& s, const std::vector<Change>& changes) {
  if (changes.empty()) return;
  std::string error;
  const std::uint64_t before = s.data.local.revision;
  if (!append_changes(s.data.local, changes, error)) {
    on_storage_error(s, error);
    return;
  }
  if (s.data.view_commits == 0) s.data.view_changes_base = before;
  s.data.view_commits += 1;
  for (const auto& c : changes) {
    // keys and signatures say who wrote what; the typed view does not read them
    if (c.collection == trust::kKeys || c.collection == trust::kSignatures) continue;
    s.data.view_changes.push_back(ChangedRecord{c.collection, c.version.value("id", "")});
  }
  if (!compact_if_needed(s.data.local, s.data.now_ms, error)) on_storage_error(s, error);
  persist(s);
}

namespace {

Store demo_store() { return make_demo_store(DemoOptions{}).store; }

// A bundle this device made from a local file (a CSV of employees, register
// totals or SP4N-LAPOR! reports), with the versions of `collection` signed by
// the admin who imports it, so it passes the same import check as any other file.
std::string signed_here(AppState& s, const std::string& bytes, std::string_view collection) {
  auto read = read_bundle(bytes);
  if (!read.ok()) return bytes;
  Store& scratch = read.bundle->store;
  std::vector<Change> written;
  if (const auto made = scratch.collections.find(collection); made != scratch.collections.end())
    for (const auto& [id, entry] : made->second) written.push_back(Change{std::string(collection), entry.current});
  // (a key held by the browser signs later, so only keys in this process sign a file made here)
  trust::sign_saved(scratch, written, default_rules().kewenangan, signer_for(s), s.data.local.device, s.data.now_ms);
  return write_bundle(scratch, read.bundle->header);
}


// The public figures of the store, computed by the core: the records are
// written canonically, read back as typed records, scored and aggregated
// with small groups suppressed. Null when the store does not read cleanly.
nlohmann::json public_figures(AppState& s, std::string& problem) {
  std::string bytes = write_bundle(
      s.data.local.store, BundleHeader{format_timestamp_ms(s.data.now_ms), s.data.local.device, Scope{ScopeKind::bkpsdm, {}}});
  auto parsed = parse_bundle_in_place(bytes);
  if (!parsed.ok()) {
    problem = text(s, parsed.errors.front());
    return nullptr;
  }
  return nlohmann::json::parse(publik_to_json(aggregate_bundle(*parsed.bundle)));
}

void export_scope(AppState& s, const Scope& scope) {
  const std::string device = s.device_name.empty() ? s.data.local.device : s.data.local.device + " (" + s.device_name + ")";
  nlohmann::json aggregates = nullptr;
  if (scope.kind == ScopeKind::publik) {
    std::string problem;
    aggregates = public_figures(s, problem);
    if (aggregates.is_null()) {
      tell(s, problem, true);
      return;
    }
  }
  auto result = export_bundle(s.data.local.store, scope, device, s.data.now_ms, aggregates);
  if (!result.ok()) {
    tell(s, text(s, result.errors.front()), true);
    return;
  }
  std::string name = "kinerja-" + std::string(to_string(scope.kind));
  if (!scope.nip.empty()) name += "-" + scope.nip;
  name += "-" + iso_date(s.data.now_ms) + ".json";
  // The city's file, and anything big, goes out gzip-compressed (the page
  // compresses what it is handed under a ".gz" name): small enough for the
  // messaging apps and e-mail offices use. Every import reads both.
  constexpr std::size_t kCompressAbove = 5'000'000;
  const bool compress = scope.kind == ScopeKind::bkpsdm || result.bytes.size() > kCompressAbove;
  if (compress) name += ".gz";
  platform::download(name, result.bytes, compress ? "application/gzip" : "application/json");
  s.data.last_export_ms = s.data.now_ms;
  s.data.exported_seq = s.data.local.last_seq;
  save_settings_now(s);
  if (s.data.writer) persist(s);
  tell(s, std::string(tr(s.lang, "data.exported")) + " " + name, false);
}

// Publishing: the figures of this device's data, suppressed for small groups,
// as the publik.json the city places beside the site.
// Signed by this device's BKPSDM admin key, as the public page requires.
void publish_publik(AppState& s) {
  if (!s.view) return;
  const Publik d = aggregate_publik(s.view->bundle, s.view->report);
  if (!d.audit || !d.audit->lulus) {  // the audit is the last gate: nothing unaudited leaves the device
    tell(s, tr(s.lang, "admin.flow.audit_fail"), true);
    return;
  }
  const auto figures = nlohmann::json::parse(publik_to_json(d));
  if (!sign_publik_figures(s, figures)) {
    tell(s, tr(s.lang, "data.publish_no_key"), true);
    return;
  }
  tell(s, tr(s.lang, "data.published"), false);
}

} // namespace

void refresh_view(AppState& s) {
  auto& d = s.data;
  if (s.view && s.view_revision == d.local.revision) return;
  const std::string now = format_timestamp_ms(d.now_ms);
  const bool only_commits = s.view && d.view_commits > 0 && s.view_revision == d.view_changes_base &&
                            d.local.revision == d.view_changes_base + d.view_commits;
  // The view was made here as a mutable CityView (below); screens only ever
  // read it between frames, and this runs after the frame is drawn.
  bool patched = only_commits &&
                 patch_city_view(*std::const_pointer_cast<CityView>(s.view), d.local.store, d.view_changes, now);
  if (!patched) {
    // A big city takes seconds to re-read, during which nothing can be drawn:
    // say so first (one frame with the banner), then do it.
    constexpr std::size_t kBigCity = 3000;
    if (s.busy.empty() && s.view && d.summary.employees >= kBigCity) {
      char line[200];
      std::snprintf(line, sizeof line, tr(s.lang, "data.recomputing"), static_cast<unsigned long long>(d.summary.employees));
      s.busy = line;
      s.wants_frame = true;
      return;
    }
    s.view = std::make_shared<CityView>(build_city_view(d.local.store, now));
    s.busy.clear();
  }
  s.view_revision = d.local.revision;
  d.view_changes.clear();
  d.view_commits = 0;
}

void on_publik_json(AppState& s, std::string_view bytes, std::string_view source) {
  if (!s.city_key.anchor) {
    s.publik.error = std::string(source) + ": " + s.city_key.error;
    return;
  }
  auto read = trust::read_signed_publik(bytes, *s.city_key.anchor);
  if (!read.ok()) {
    // Figures that do not verify are never shown: what was shown goes too.
    s.publik.figures.reset();
    s.publik.source.clear();
    s.publik.error = std::string(source) + ": " + text(s, *read.error);
    return;
  }
  s.publik.figures = std::move(read.figures);
  s.publik.source = std::string(source);
  s.publik.error.clear();
  s.publik.signer = read.signature.signer;
  s.publik.signed_at = read.signature.signed_at;
}

std::string city_key_fingerprint(const AppState& s) {
  if (!s.city_key.anchor) return "\u2014";
  return trust::fingerprint(s.city_key.anchor->root) + (s.city_key.anchor->demo ? " (DEMO)" : "");
}

void load_city_key(AppState& s, const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  if (in) bytes << in.rdbuf();
  auto read = trust::read_kunci_kota(in ? bytes.str() : std::string());
  s.city_key = CityKey{};
  if (read.anchor) s.city_key.anchor = std::move(read.anchor);
  else s.city_key.error = std::string(tr(s.lang, "settings.city_key_missing")) + " (" + text(s, *read.error) + ")";
}

void load_data(AppState& s) {
  auto opened = open_local_data(dir());
  s.data.local = std::move(opened.data);
  for (const auto& n : opened.notices)
    s.data.load_notices.push_back(n.place + ": " + (s.lang == Lang::id ? n.message_id : n.message_en));
  s.data.demo_pending = opened.empty && s.data.writer;
  s.data.loaded = true;
}

void load_demo_if_pending(AppState& s) {
  if (!s.data.demo_pending) return;
  s.data.demo_pending = false;
  s.busy.clear();
  std::string error;
  if (!replace_all(s.data.local, demo_store(), s.data.now_ms, error)) on_storage_error(s, error);
  else persist(s);
}

void reload_data(AppState& s) {
  auto opened = open_local_data(dir());
  const auto revision = s.data.local.revision;
  s.data.local = std::move(opened.data);
  s.data.local.revision = revision + 1;
}

void on_storage_error(AppState& s, std::string_view error) {
  s.save = SaveState::failed;
  s.save_error = std::string(error);
  if (error.find("Quota") != std::string_view::npos || error.find("quota") != std::string_view::npos ||
      error.find("penuh") != std::string_view::npos)
    s.data.storage_full = true;
}

void apply_data_actions(AppState& s, const Actions& a) {
  if (a.set_export_nip) s.data.export_nip = a.set_export_nip->substr(0, 18);
  if (!a.edits.empty() || a.resolve_conflict || a.apply_import || a.reset_demo || a.start_empty) {
    if (!s.data.writer) {
      tell(s, tr(s.lang, "data.read_only_refused"), true);
      return;
    }
  }

  std::vector<Change> changes;
  for (const auto& edit : a.edits) {
    auto r = apply_change(s.data.local.store, edit.collection, edit.record, s.data.local.device, s.data.now_ms,
                          edit.author);
    if (!r.ok()) {
      tell(s, text(s, r.errors.front()), true);
      continue;
    }
    if (r.change) changes.push_back(*r.change);
  }
  if (a.resolve_conflict) {
    // only BKPSDM resolves conflicts (Admin, Data & berkas)
    auto r = resolve_conflict(s.data.local.store, a.resolve_conflict->collection, a.resolve_conflict->record,
                              s.data.local.device, s.data.now_ms, "admin");
    if (!r.ok()) tell(s, text(s, r.errors.front()), true);
    else if (r.change) {
      changes.push_back(*r.change);
      tell(s, tr(s.lang, "data.conflict_resolved"), false);
    }
  }
  // every version a person wrote carries their signature (core/trust, web/device_keys)
  sign_changes(s, changes);
  commit_changes(s, changes);

  if (a.create_key) create_key(s, *a.create_key);
  if (a.request_key) request_key_file(s, a.request_key->first, a.request_key->second);
  if (a.export_scope) export_scope(s, *a.export_scope);
  if (a.publish_publik) publish_publik(s);
  if (a.download) {
    platform::download(a.download->name, a.download->bytes, a.download->mime);
    s.data.last_export_ms = s.data.now_ms;
    s.data.exported_seq = s.data.local.last_seq;
    save_settings_now(s);
    if (s.data.writer) persist(s);
    tell(s, std::string(tr(s.lang, "data.exported")) + " " + a.download->name, false);
  }
  if (a.open_import) platform::open_file_picker();
  if (a.cancel_import) s.data.import = ImportSession{};
  if (a.apply_import && s.data.import.open) {
    // A big import (a whole city) becomes one new snapshot rather than
    // thousands of journal entries: the same durability, a fraction of the bytes.
    const bool big = s.data.import.preview.report.records.size() > kBigImportRecords;
    std::size_t import_bytes = 0;
    for (const auto& b : s.data.import.bytes) import_bytes += b.size();
    auto report = apply_import(s.data.local.store, std::move(s.data.import.preview), /*collect_changes=*/!big);
    if (big) {
      std::string error;
      s.data.local.revision += 1;
      if (!write_snapshot(s.data.local, s.data.now_ms, error, import_bytes)) on_storage_error(s, error);
      else persist(s);
    } else {
      commit_changes(s, report.changes);
    }
    // counted as the preview counts them: records, not the signatures and keys that vouch for them
    const auto data_count = [&](Outcome o) {
      std::size_t n = 0;
      for (const auto& r : report.records)
        n += r.outcome == o && r.collection != trust::kKeys && r.collection != trust::kSignatures ? 1 : 0;
      return n;
    };
    char buf[200];
    std::snprintf(buf, sizeof buf, tr(s.lang, "data.imported"), data_count(Outcome::new_record),
                  data_count(Outcome::updated), data_count(Outcome::conflicting), data_count(Outcome::rejected));
    tell(s, buf, false);
    s.data.import = ImportSession{};
  }
  if (a.reset_demo || a.start_empty) {
    std::string error;
    if (!replace_all(s.data.local, a.reset_demo ? demo_store() : Store{}, s.data.now_ms, error)) on_storage_error(s, error);
    else {
      persist(s);
      tell(s, tr(s.lang, a.reset_demo ? "data.demo_loaded" : "data.emptied"), false);
    }
  }
}

void refresh_summary(DataState& d) {
  if (d.summary.revision == d.local.revision) return;
  auto live = [&](std::string_view collection) {
    auto it = d.local.store.collections.find(collection);
    std::size_t n = 0;
    if (it != d.local.store.collections.end())
      for (const auto& [id, entry] : it->second) n += record_deleted(entry.current) ? 0 : 1;
    return n;
  };
  d.summary = StoreSummary{d.local.revision, live("units"), live("employees"), live("periods"), live("realisations"),
                           live("evaluations"), list_conflicts(d.local.store).size()};
}

void import_begin(AppState& s) { s.data.import = ImportSession{}; }

char* import_file_room(AppState& s, std::string_view name, std::size_t size) {
  s.data.import.names.emplace_back(name);
  return s.data.import.bytes.emplace_back(size, '\0').data();
}

void import_file_refused(AppState& s, std::string_view name, FileRefused why, double size) {
  // Kept as a refused file in the preview: never read, never half-applied.
  s.data.import.names.emplace_back(name);
  s.data.import.bytes.emplace_back();
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.0f", size / 1e6);
  const ValidationError error =
      why == FileRefused::too_big
          ? ValidationError{"/", std::string("berkas ") + buf + " MB melebihi batas 100 MB",
                            std::string("file of ") + buf + " MB exceeds the 100 MB limit"}
          : ValidationError{"/", "berkas gzip rusak atau terpotong; kirim ulang berkasnya",
                            "damaged or truncated gzip file; ask for the file again"};
  s.data.import.preview.files.push_back(FilePreview{std::string(name), BundleHeader{}, 0, {error}});
}

void import_end(AppState& s) {
  auto& imp = s.data.import;
  std::vector<IncomingFile> files;
  std::vector<FilePreview> refused = std::move(imp.preview.files);
  std::size_t key_requests = 0;
  for (std::size_t i = 0; i < imp.names.size(); ++i) {
    bool is_refused = false;
    for (const auto& r : refused) is_refused = is_refused || (r.name == imp.names[i] && imp.bytes[i].empty());
    if (is_refused) continue;
    // A key request ("Kunci saya") goes to Admin › Kunci for a decision, not into the store.
    if (trust::is_key_request(imp.bytes[i])) {
      open_key_request(s, imp.names[i], imp.bytes[i]);
      ++key_requests;
      continue;
    }
    // A CSV (core/workflow/employee_csv, layanan_csv): every bad row refuses the
    // whole file; a good one becomes a bundle the same preview and apply read.
    const std::string& name = imp.names[i];
    const bool csv = name.size() >= 4 && (name.compare(name.size() - 4, 4, ".csv") == 0 ||
                                          name.compare(name.size() - 4, 4, ".CSV") == 0);
    if (csv) {
      auto refuse = [&](std::vector<ValidationError> errors) {
        if (s.lang == Lang::en)
          for (auto& e : errors)
            if (e.pointer.rfind("baris ", 0) == 0) e.pointer = "row " + e.pointer.substr(6);
        refused.push_back(FilePreview{name, BundleHeader{}, 0, std::move(errors)});
        imp.bytes[i].clear();
      };
      // The header says which: a unit's register totals or SP4N-LAPOR! reports
      // (for the unit chosen in Admin › Layanan when the file names none), or
      // an employee list.
      const JenisCsv jenis = jenis_csv(imp.bytes[i]);
      if (jenis != JenisCsv::pegawai) {
        const std::string& unit = s.admin_ui.layanan.unit_id;
        auto read = jenis == JenisCsv::lapor ? read_lapor_csv(imp.bytes[i], s.data.local.store, unit)
                                             : read_volume_csv(imp.bytes[i], s.data.local.store, unit);
        if (!read.ok()) {
          refuse(std::move(read.errors));
          continue;
        }
        imp.bytes[i] = signed_here(s, layanan_csv_bundle(s.data.local.store, read, s.data.local.device, s.data.now_ms),
                                   read.collection);
      } else {
        auto read = read_employee_csv(imp.bytes[i], s.data.local.store);
        if (!read.ok()) {
          refuse(std::move(read.errors));
          continue;
        }
        imp.bytes[i] = signed_here(s, employee_csv_bundle(s.data.local.store, read.records, s.data.local.device, s.data.now_ms),
                                   "employees");
      }
    }
    files.push_back(IncomingFile{imp.names[i], imp.bytes[i]});
  }
  if (!s.city_key.anchor) {
    // Nothing can be checked, so nothing is taken: every file is refused.
    for (const auto& f : files)
      refused.push_back(FilePreview{f.name, BundleHeader{}, 0,
                                    {ValidationError{"/", tr(Lang::id, "import.no_city_key"), tr(Lang::en, "import.no_city_key")}}});
    files.clear();
  }
  // Read and checked in steps (import_step), so the page can move its bar between them.
  imp.refused_unread = std::move(refused);
  imp.key_requests = key_requests;
  imp.steps = begin_preview(s.data.local.store, std::move(files),
                            s.city_key.anchor ? trust::import_gate(*s.city_key.anchor, default_rules().kewenangan) : IncomingGate{});
}

PreviewPhase import_phase(const AppState& s) {
  return s.data.import.steps ? s.data.import.steps->phase : PreviewPhase::done;
}

double import_step(AppState& s) {
  auto& imp = s.data.import;
  if (!imp.steps) return 1.0;
  if (preview_step(*imp.steps)) return preview_progress(*imp.steps);
  imp.preview = std::move(imp.steps->out);
  imp.steps.reset();
  for (auto& r : imp.refused_unread) imp.preview.files.push_back(std::move(r));
  imp.refused_unread.clear();
  imp.open = imp.names.size() > imp.key_requests;
  if (imp.key_requests > 0) {
    s.route = Route::admin;
    s.admin_ui.tab = "kunci";
    platform::set_location_hash(route_hash(Route::admin));
    if (!imp.open) imp = ImportSession{};
  }
  return 1.0;
}

} // namespace kinerja::web
