// The editors of Admin › Data induk, one file per group, sharing the form
// helpers below. Each editor reads state (the typed view and the store's JSON)
// and changes only `Form::ui` (the copy that becomes actions.admin_ui) and
// actions.edits; every check that decides anything is the core's.
#pragma once
#include "core/workflow/master_ops.hpp"
#include "web/app_state.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <utility>
#include <vector>

namespace kinerja::web::master {

struct Form {
  const AppState& state;
  Actions& actions;
  AdminUi& ui;           // the frame's draft: ui_draft(actions.admin_ui, state.admin_ui)
  bool message_drawn = false;  // the message shows once, just above the buttons that caused it
  AdminMasterUi& m() { return ui.master; }
  const char* t(const char* key) const;
  void set_message(std::string text, bool error);
};

// "value" + label pairs for a combo.
using Options = std::vector<std::pair<std::string, std::string>>;

// A label line, then a full-width (capped) text field bound to draft[field]; id "##<key>".
void text_field(Form&, const char* key, const char* field, const char* hint = "", int flags = 0);
// A combo bound to draft[field]; items get ids "<key>.<value>" ("<key>.none" for "").
void combo_field(Form&, const char* key, const char* field, const Options& options);
// A checkbox bound to draft[field] ("1"/"0").
void check_field(Form&, const char* key, const char* field);
// Buttons in a row that wraps on a phone.
bool button(Form&, const char* key, bool first_in_row);
// The message of the last save (green) or the core's problems (red).
void draw_message(Form&);
// Start editing: the record's current JSON into draft (strings; numbers and booleans as text).
void load_draft(Form&, const char* collection, const std::string& id, const std::vector<const char*>& fields);
// The form as typed (the draft) with which of its fields are text, whole
// numbers and flags: what the core's simpan_data_induk builds the record from.
FormulirDataInduk form_of(const Form&, std::vector<std::string> text_fields, std::vector<std::string> numbers = {},
                          std::vector<std::string> flags = {});
// Saves the record `id` through the core operation: on success queues it and
// says so, else shows the core's problems. True when queued.
bool save_form(Form&, const char* collection, const std::string& id, const FormulirDataInduk&);
std::string draft(const Form&, const char* field);

// A combo bound to a member of the UI state (not the draft): period, unit.
// Choosing clears the selection and the message.
void ui_combo(Form&, const char* key, const Options& options, const std::string& value,
              std::string AdminMasterUi::*member);
// The periods, latest start first ("value", name).
Options period_options(const AppState&);
// The chosen period (ui.period_id or the latest open one).
std::string chosen_period(const Form&);
// The same from a view and the period picked in the UI ("" = none).
std::string chosen_period(const CityView&, const std::string& picked);
// Units as options, by their path.
Options unit_options(const AppState&, bool with_none);

// The editors.
void draw_units(Form&);
void draw_employees(Form&);
void draw_raters(Form&);
void draw_indicators(Form&);
void draw_templates(Form&);
void draw_periods(Form&);
void draw_cko(Form&);
void draw_csv(Form&);


} // namespace kinerja::web::master
