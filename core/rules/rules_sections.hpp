// Internal to the rules loader: parse the body of one rules file by its id.
#pragma once
#include "core/rules/rules.hpp"
#include "core/rules/rules_json.hpp"

#include <string_view>

namespace kinerja::rules_detail {

// Fills the section `id` of `into` from `doc`, recording errors in `r`.
// false when `id` is not a known section.
bool parse_section(rules_json::Reader& r, const rules_json::json& doc, std::string_view id, RuleSet& into);
RuleMeta* meta_of(RuleSet&, std::string_view id);
void copy_section(RuleSet& to, const RuleSet& from, std::string_view id);

// Sections whose parsers live beside their own types.
void parse_berakhlak(rules_json::Reader&, const rules_json::json& doc, KatalogBerakhlak&);
void parse_kuesioner_skm(rules_json::Reader&, const rules_json::json& doc, KuesionerSkm&);
void parse_keberatan(rules_json::Reader&, const rules_json::json& doc, AturanKeberatan&);
void parse_kewenangan(rules_json::Reader&, const rules_json::json& doc, RulesKewenangan&);

} // namespace kinerja::rules_detail
