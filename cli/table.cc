#include "cli/table.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"

namespace factwire {
namespace {

constexpr char kEllipsis[] = "…";

bool StartsCodePoint(char byte) {
  return (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
}

void TrimTrailingSpaces(std::string* line) {
  line->erase(line->find_last_not_of(' ') + 1);
}

std::string FormatRow(const TableRow& row, const std::vector<size_t>& widths) {
  std::string line;
  for (size_t column = 0; column < widths.size(); ++column) {
    const std::string cell = column < row.size() ? row[column] : "";
    if (column + 1 == widths.size()) {
      line.append(cell);
    } else {
      line.append(PadRight(cell, widths[column]));
      line.append("  ");
    }
  }
  TrimTrailingSpaces(&line);
  return line + '\n';
}

}  // namespace

std::string PadRight(absl::string_view text, size_t width) {
  std::string padded(text);
  padded.append(width - std::min(width, CodePoints(text)), ' ');
  return padded;
}

size_t CodePoints(absl::string_view text) {
  return static_cast<size_t>(std::count_if(text.begin(), text.end(), StartsCodePoint));
}

std::string FormatTable(const TableRow& header, const std::vector<TableRow>& rows) {
  std::vector<size_t> widths(header.size());
  for (size_t column = 0; column < header.size(); ++column) {
    widths[column] = CodePoints(header[column]);
    for (const TableRow& row : rows) {
      if (column < row.size())
        widths[column] = std::max(widths[column], CodePoints(row[column]));
    }
  }
  std::string table = FormatRow(header, widths);
  for (const TableRow& row : rows) table += FormatRow(row, widths);
  return table;
}

std::string FormatFields(const std::vector<std::pair<std::string, std::string>>& fields) {
  size_t width = 0;
  for (const auto& [label, value] : fields) {
    if (!value.empty()) width = std::max(width, CodePoints(label) + 1);
  }
  std::string text;
  for (const auto& [label, value] : fields) {
    if (value.empty()) continue;
    absl::StrAppend(&text, PadRight(label + ":", width), "  ", value, "\n");
  }
  return text;
}

std::string OneLine(absl::string_view text, size_t max_code_points) {
  std::string line;
  bool pending_space = false;
  for (char byte : text) {
    if (absl::ascii_isspace(static_cast<unsigned char>(byte))) {
      pending_space = !line.empty();
      continue;
    }
    if (pending_space) line.push_back(' ');
    pending_space = false;
    line.push_back(byte);
  }
  if (CodePoints(line) <= max_code_points) return line;
  if (max_code_points == 0) return "";
  // Keep max_code_points - 1 code points, then the ellipsis.
  size_t kept = 0;
  size_t end = 0;
  for (; end < line.size(); ++end) {
    if (StartsCodePoint(line[end]) && kept++ == max_code_points - 1) break;
  }
  line.resize(end);
  TrimTrailingSpaces(&line);
  return line + kEllipsis;
}

}  // namespace factwire
