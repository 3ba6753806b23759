#ifndef FACTWIRE_INGEST_SERVICE_PARSE_DATES_H_
#define FACTWIRE_INGEST_SERVICE_PARSE_DATES_H_

#include <cstdint>
#include <optional>

#include "absl/strings/string_view.h"

namespace factwire {

// A calendar date with an optional time of day, read as UTC.
struct CivilDate {
  int year = 0;
  int month = 0;
  int day = 0;
  int hour = 0;
  int minute = 0;
  int second = 0;
};

// ParseDateLine()
//
// The date when `line` holds nothing but a date, optionally with a weekday, a time
// ("10:30 a.m. ET") before or after it, and a label ("Published", "Updated:",
// "Today :"). Accepts
// "04 February 2025", "Feb 04, 2025", "Feb. 4th, 2025", "2025-02-04T10:00:00Z",
// "02/04/2025" (month first unless the first number exceeds 12), "27.11.2026",
// "27.11.26" and "27. 11. 2026" (dotted: day first, unless the second number
// exceeds 12: "3.14.2026"), a time closed by "hrs" and a zone ("14:05 hrs
// EAT"). nullopt otherwise.
// Pure function.
std::optional<CivilDate> ParseDateLine(absl::string_view line);

// As ParseDateLine(line), and *update_stamp (unless null) says whether the date
// read is labelled as an update ("Updated: 15 March 2026", "Last modified on
// …"). Of an update's date and a later one on the line not labelled as an
// update ("Updated March 15, 2026 · Originally published March 14, 2026",
// "Modified: 15 Mar 2026 Created: 14 Mar 2026", "Updated March 15, 2026 ·
// March 14, 2026") the later, published date is read; otherwise the first.
// Pure function.
std::optional<CivilDate> ParseDateLine(absl::string_view line, bool* update_stamp);

// IsTimeLine()
//
// True when `line` holds a time of day or a relative time and nothing else a date
// line may not hold, but no date: "11:58 a.m.", "10.15am BST", "Updated 5 hours
// ago", "Yesterday at 9:40", "Just now", "Published yesterday". Pure function.
bool IsTimeLine(absl::string_view line);

// ParseTimestamp()
//
// Seconds since the Unix epoch for an ISO 8601 / RFC 3339 timestamp as HTML
// metadata writes it: "2025-02-04", "2025-02-04T10:30", "2025-02-04T10:30:15.250Z",
// "2025-02-04 10:30:15+01:00", "2025-02-04T10:30:15-0500" (fractions dropped; an
// offset is checked but not applied: the local date and time as written, read as
// UTC, as ParseDateLine's, so a late-evening story keeps its day); else, for any
// text ParseDateLine reads ("Feb 4, 2025 10:30 a.m. ET"), that date read as UTC.
// nullopt otherwise.
// Pure function.
std::optional<int64_t> ParseTimestamp(absl::string_view text);

// Seconds since the Unix epoch for `date` read as UTC. Pure function.
int64_t ToUnixSeconds(const CivilDate& date);

}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_PARSE_DATES_H_
