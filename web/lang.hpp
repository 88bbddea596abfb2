// The languages the app speaks: Bahasa Indonesia first, English second.
#pragma once

namespace kinerja::web {

enum class Lang { id, en };

} // namespace kinerja::web
