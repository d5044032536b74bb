// Exit statuses, as diff(1) has them.
#pragma once

namespace parallax::app {

inline constexpr int agree = 0;        // renderings agree
inline constexpr int differ = 1;       // discrepancies found
inline constexpr int trouble = 2;      // bad input, bad usage, I/O error

}  // namespace parallax::app
