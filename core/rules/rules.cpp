// Loading rule sets: the file header (format, schema, id, version, source),
// choosing the newest version per id among the embedded files, and applying a
// file given at run time over an existing RuleSet without half-applying it.
#include "core/rules/rules.hpp"

#include "core/base/embedded.hpp"
#include "core/rules/rules_json.hpp"
#include "core/rules/rules_sections.hpp"

#include <algorithm>
#include <map>

namespace kinerja {
namespace {

using rules_json::json;
using rules_json::Reader;

bool valid_version(std::string_view v) {
  if (v.empty() || v.size() > 32) return false;
  bool digit = false;
  for (char c : v) {
    if (c >= '0' && c <= '9') digit = true;
    else if (c == '.' && digit) digit = false;
    else return false;
  }
  return digit;
}

struct ParsedFile {
  RuleSet holder;  // only the section named by meta.id is filled
  RuleMeta meta;
  std::vector<ValidationError> errors;
  bool foreign = false;  // another kind of document (its "format" is not ours)
};

ParsedFile parse_file(std::string_view text, std::string_view path) {
  ParsedFile out;
  Reader r(out.errors);
  json doc = json::parse(text.begin(), text.end(), nullptr, false);
  if (doc.is_discarded()) {
    r.fail("/", "bukan JSON yang sah", "not valid JSON");
    return out;
  }
  if (!doc.is_object()) {
    r.fail("/", "harus berupa objek JSON", "must be a JSON object");
    return out;
  }
  if (auto f = r.string(doc, "", "format")) {
    out.foreign = *f != kRulesFormat && *f != kCatalogFormat && f->rfind("kinerja-samarinda/", 0) == 0;
    if (*f != kRulesFormat && *f != kCatalogFormat)
      r.fail("/format", "format harus \"" + std::string(kRulesFormat) + "\" atau \"" + std::string(kCatalogFormat) + "\"",
             "format must be \"" + std::string(kRulesFormat) + "\" or \"" + std::string(kCatalogFormat) + "\"");
  }
  if (const json* s = r.member(doc, "", "schema")) {
    if (!s->is_number_integer() || s->get<long long>() < 1) {
      r.fail("/schema", "harus bilangan bulat ≥ 1", "must be an integer ≥ 1");
    } else if (s->get<long long>() > kRulesSchema) {
      r.fail("/schema",
             "skema " + std::to_string(s->get<long long>()) + " lebih baru dari yang didukung aplikasi ini (" +
                 std::to_string(kRulesSchema) + "); perbarui aplikasi",
             "schema " + std::to_string(s->get<long long>()) + " is newer than this application supports (" +
                 std::to_string(kRulesSchema) + "); update the application");
    }
  }
  auto id = r.string(doc, "", "id");
  if (id && std::find(kRuleIds.begin(), kRuleIds.end(), *id) == kRuleIds.end()) {
    r.fail("/id", "id aturan tidak dikenal: \"" + *id + "\"", "unknown rules id: \"" + *id + "\"");
    id.reset();
  }
  auto version = r.string(doc, "", "version");
  if (version && !valid_version(*version))
    r.fail("/version", "versi harus berupa angka bertitik, mis. \"2026.1\"", "version must be dotted numbers, e.g. \"2026.1\"");
  auto source = r.string(doc, "", "source");
  if (source && source->empty()) r.fail("/source", "sumber aturan wajib diisi", "the source of the rules is required");
  if (!id) return out;
  rules_detail::parse_section(r, doc, *id, out.holder);
  out.meta = RuleMeta{*id, version.value_or(""), source.value_or(""), std::string(path)};
  *rules_detail::meta_of(out.holder, *id) = out.meta;
  return out;
}

void prefix_errors(std::vector<ValidationError>& errs, std::string_view path) {
  for (auto& e : errs) {
    e.message_id = std::string(path) + ": " + e.message_id;
    e.message_en = std::string(path) + ": " + e.message_en;
  }
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

} // namespace

int compare_versions(std::string_view a, std::string_view b) {
  auto next = [](std::string_view& s) -> unsigned long long {
    unsigned long long v = 0;
    std::size_t i = 0;
    for (; i < s.size() && s[i] != '.'; ++i)
      if (s[i] >= '0' && s[i] <= '9' && v < 1000000000000ULL) v = v * 10 + static_cast<unsigned long long>(s[i] - '0');
    s.remove_prefix(i < s.size() ? i + 1 : i);
    return v;
  };
  while (!a.empty() || !b.empty()) {
    auto x = next(a), y = next(b);
    if (x != y) return x < y ? -1 : 1;
  }
  return 0;
}

std::vector<const RuleMeta*> RuleSet::metas() const {
  return {&matriks.meta,      &rating_perilaku.meta, &rating_hasil_kerja.meta, &kurva.meta,
          &ikm.meta,          &sampel.meta,          &lapor.meta,              &permen8_2021.meta,
          &pp30_2019.meta,    &pp46_2011.meta,       &angka_kredit.meta,       &pelatihan.meta,
          &berakhlak.meta,    &kuesioner_skm.meta,   &keberatan.meta,          &kewenangan.meta};
}

RulesLoad load_default_rules() {
  RulesLoad out;
  std::map<std::string, ParsedFile, std::less<>> newest;
  for (const auto& f : embedded::rules()) {
    if (f.path.empty() || !ends_with(f.path, ".json")) continue;
    if (f.path.substr(0, 6) != "rules/" && f.path.substr(0, 8) != "catalog/") continue;
    ParsedFile p = parse_file(f.bytes, f.path);
    if (p.foreign) continue;  // e.g. another catalogue embedded beside ours
    if (!p.errors.empty()) {
      prefix_errors(p.errors, f.path);
      out.errors.insert(out.errors.end(), p.errors.begin(), p.errors.end());
      continue;
    }
    auto it = newest.find(p.meta.id);
    if (it == newest.end()) {
      std::string id = p.meta.id;
      newest.emplace(std::move(id), std::move(p));
      continue;
    }
    int c = compare_versions(p.meta.version, it->second.meta.version);
    if (c == 0) {
      out.errors.push_back({"/version",
                            std::string(f.path) + ": versi " + p.meta.version + " untuk \"" + p.meta.id +
                                "\" sama dengan " + it->second.meta.path,
                            std::string(f.path) + ": version " + p.meta.version + " of \"" + p.meta.id +
                                "\" is the same as in " + it->second.meta.path});
    } else if (c > 0) {
      it->second = std::move(p);
    }
  }
  for (auto id : kRuleIds) {
    auto it = newest.find(id);
    if (it == newest.end()) {
      out.errors.push_back({"/", "aturan \"" + std::string(id) + "\" tidak ada di berkas bawaan",
                            "rules \"" + std::string(id) + "\" missing from the embedded files"});
      continue;
    }
    rules_detail::copy_section(out.rules, it->second.holder, id);
  }
  if (out.errors.empty()) {
    auto disagree = rules_agree(out.rules);
    prefix_errors(disagree, out.rules.kuesioner_skm.meta.path);
    out.errors.insert(out.errors.end(), disagree.begin(), disagree.end());
  }
  return out;
}

const RuleSet& default_rules() {
  static const RuleSet rules = load_default_rules().rules;
  return rules;
}

RulesLoad apply_rules_file(const RuleSet& base, std::string_view json_text, std::string_view path) {
  RulesLoad out{base, {}};
  ParsedFile p = parse_file(json_text, path);
  if (!p.errors.empty()) {
    out.errors = std::move(p.errors);
    return out;
  }
  const RuleMeta* current = rules_detail::meta_of(out.rules, p.meta.id);
  if (current && !current->version.empty() && compare_versions(p.meta.version, current->version) < 0) {
    out.errors.push_back({"/version",
                          "versi " + p.meta.version + " lebih lama dari versi yang dipakai (" + current->version +
                              "); aturan tidak diganti",
                          "version " + p.meta.version + " is older than the one in use (" + current->version +
                              "); rules not replaced"});
    return out;
  }
  rules_detail::copy_section(out.rules, p.holder, p.meta.id);
  if (auto disagree = rules_agree(out.rules); !disagree.empty()) {
    // Each file is fine alone, but together the questionnaire would no longer
    // measure what the IKM computes: keep the rules as they were.
    out.rules = base;
    out.errors = std::move(disagree);
  }
  return out;
}

std::vector<ValidationError> rules_agree(const RuleSet& rules) {
  std::vector<ValidationError> out;
  const auto& ikm = rules.ikm.unsur;
  const auto& kuesioner = rules.kuesioner_skm.unsur;
  for (std::size_t i = 0; i < kuesioner.size() && i < ikm.size(); ++i)
    if (kuesioner[i].kode != ikm[i].kode)
      out.push_back({"/unsur/" + std::to_string(i) + "/kode",
                     "kuesioner SKM: harus \"" + ikm[i].kode + "\" (urutan unsur aturan IKM " + rules.ikm.meta.version + ")",
                     "SKM questionnaire: must be \"" + ikm[i].kode + "\" (the order of the IKM rules " +
                         rules.ikm.meta.version + ")"});
  return out;
}

} // namespace kinerja
