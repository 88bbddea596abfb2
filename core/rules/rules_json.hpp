// Internal to the rules loader: typed reads from a nlohmann::json value that
// record a ValidationError (JSON pointer + Indonesian + English) instead of
// throwing, so one pass over a rules file reports every problem in it.
#pragma once
#include "core/base/error.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja::rules_json {

using nlohmann::json;

class Reader {
 public:
  explicit Reader(std::vector<ValidationError>& errors) : errors_(errors) {}

  void fail(std::string pointer, std::string id, std::string en) {
    errors_.push_back({pointer.empty() ? std::string("/") : std::move(pointer), std::move(id), std::move(en)});
  }
  std::size_t error_count() const { return errors_.size(); }

  static std::string at(const std::string& ptr, std::string_view key) {
    return ptr + "/" + json_pointer_token(key);
  }
  static std::string at(const std::string& ptr, std::size_t index) { return ptr + "/" + std::to_string(index); }

  // The member `key` of `obj`, or nullptr (recording "required" when required).
  const json* member(const json& obj, const std::string& ptr, std::string_view key, bool required = true) {
    if (obj.is_object()) {
      auto it = obj.find(key);
      if (it != obj.end()) return &*it;
    }
    if (required)
      fail(at(ptr, key), "wajib ada", "is required");
    return nullptr;
  }

  const json* object(const json& obj, const std::string& ptr, std::string_view key, bool required = true) {
    const json* v = member(obj, ptr, key, required);
    if (v && !v->is_object()) {
      fail(at(ptr, key), "harus berupa objek", "must be an object");
      return nullptr;
    }
    return v;
  }

  const json* array(const json& obj, const std::string& ptr, std::string_view key, bool required = true) {
    const json* v = member(obj, ptr, key, required);
    if (v && !v->is_array()) {
      fail(at(ptr, key), "harus berupa larik", "must be an array");
      return nullptr;
    }
    return v;
  }

  std::optional<std::string> string(const json& obj, const std::string& ptr, std::string_view key,
                                    bool required = true) {
    const json* v = member(obj, ptr, key, required);
    if (!v) return std::nullopt;
    if (!v->is_string()) {
      fail(at(ptr, key), "harus berupa teks", "must be a string");
      return std::nullopt;
    }
    return v->get<std::string>();
  }

  std::optional<double> number(const json& obj, const std::string& ptr, std::string_view key, double lo, double hi,
                               bool required = true) {
    const json* v = member(obj, ptr, key, required);
    if (!v) return std::nullopt;
    return number_value(*v, at(ptr, key), lo, hi);
  }

  std::optional<double> number_value(const json& v, const std::string& ptr, double lo, double hi) {
    if (!v.is_number()) {
      fail(ptr, "harus berupa angka", "must be a number");
      return std::nullopt;
    }
    double d = v.get<double>();
    if (!(d >= lo && d <= hi)) {
      fail(ptr, "di luar rentang " + num(lo) + " sampai " + num(hi), "out of range " + num(lo) + " to " + num(hi));
      return std::nullopt;
    }
    return d;
  }

  std::optional<int> integer(const json& obj, const std::string& ptr, std::string_view key, int lo, int hi,
                             bool required = true) {
    const json* v = member(obj, ptr, key, required);
    if (!v) return std::nullopt;
    return integer_value(*v, at(ptr, key), lo, hi);
  }

  std::optional<int> integer_value(const json& v, const std::string& ptr, int lo, int hi) {
    if (!v.is_number_integer()) {
      fail(ptr, "harus berupa bilangan bulat", "must be an integer");
      return std::nullopt;
    }
    auto x = v.get<long long>();
    if (x < lo || x > hi) {
      fail(ptr, "di luar rentang " + std::to_string(lo) + " sampai " + std::to_string(hi),
           "out of range " + std::to_string(lo) + " to " + std::to_string(hi));
      return std::nullopt;
    }
    return static_cast<int>(x);
  }

  std::optional<bool> boolean(const json& obj, const std::string& ptr, std::string_view key, bool required = true) {
    const json* v = member(obj, ptr, key, required);
    if (!v) return std::nullopt;
    if (!v->is_boolean()) {
      fail(at(ptr, key), "harus true atau false", "must be true or false");
      return std::nullopt;
    }
    return v->get<bool>();
  }

  // A string member parsed by `parse` (one of the parse_* of core/model/types.hpp).
  template <class Parse>
  auto enumeration(const json& obj, const std::string& ptr, std::string_view key, Parse parse, std::string_view what,
                   bool required = true) -> decltype(parse(std::string_view{})) {
    const json* v = member(obj, ptr, key, required);
    if (!v) return std::nullopt;
    return enum_value(*v, at(ptr, key), parse, what);
  }

  template <class Parse>
  auto enum_value(const json& v, const std::string& ptr, Parse parse, std::string_view what)
      -> decltype(parse(std::string_view{})) {
    if (!v.is_string()) {
      fail(ptr, "harus berupa teks (" + std::string(what) + ")", "must be a string (" + std::string(what) + ")");
      return std::nullopt;
    }
    auto s = v.get<std::string>();
    auto r = parse(std::string_view(s));
    if (!r) fail(ptr, std::string(what) + " tidak dikenal: \"" + s + "\"", "unknown " + std::string(what) + ": \"" + s + "\"");
    return r;
  }

  static std::string num(double d) {
    std::string s = std::to_string(d);
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
  }

 private:
  std::vector<ValidationError>& errors_;
};

} // namespace kinerja::rules_json
