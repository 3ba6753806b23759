#ifndef FACTWIRE_CLI_TABLE_H_
#define FACTWIRE_CLI_TABLE_H_

#include <cstddef>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace factwire {

// One row of a table: one cell per column.
using TableRow = std::vector<std::string>;

// FormatTable()
//
// Lays `rows` out under `header` in columns padded to their widest cell (measured
// in UTF-8 code points) and separated by two spaces, one line per row, each ending
// in '\n'; the last column is not padded and trailing spaces are trimmed. Rows
// shorter than the header get empty cells; extra cells are dropped. Pure function.
//
//   FormatTable({"ID", "NAME"}, {{"1", "Mike Vigil"}}) == "ID  NAME\n1   Mike Vigil\n"
std::string FormatTable(const TableRow& header, const std::vector<TableRow>& rows);

// FormatFields()
//
// Lays out `label: value` pairs with the values aligned, one per line; pairs with an
// empty value are skipped. Pure function.
//
//   FormatFields({{"name", "Mike Vigil"}, {"type", "PERSON"}})
//       == "name:  Mike Vigil\ntype:  PERSON\n"
std::string FormatFields(const std::vector<std::pair<std::string, std::string>>& fields);

// PadRight()
//
// `text` followed by spaces up to `width` code points (unchanged if already as wide).
// Pure function.
std::string PadRight(absl::string_view text, size_t width);

// CodePoints()
//
// The number of UTF-8 code points in `text` (bytes that do not start one are not
// counted). Pure function.
size_t CodePoints(absl::string_view text);

// OneLine()
//
// `text` with every run of whitespace (newlines included) replaced by one space and
// none at either end, shortened to at most `max_code_points` code points, the last
// being "…" when it was cut. Never splits a UTF-8 sequence. Pure function.
std::string OneLine(absl::string_view text, size_t max_code_points);

}  // namespace factwire

#endif  // FACTWIRE_CLI_TABLE_H_
