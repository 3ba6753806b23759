#ifndef FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_UNITS_H_
#define FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_UNITS_H_

#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "factwire/v1/records.pb.h"

namespace factwire {
namespace lexicon {

// Which measuring system a unit belongs to (composite measures prefer metric).
enum class UnitSystem { kNone, kMetric, kImperial };

// How freely a unit spelling may be read after a number.
enum class UnitUse {
  kFree,       // "kilograms", "km": always a unit after a number
  kAdjacent,   // only written against the number: "10C", "2l"
  kAmbiguous,  // an English word or letter too ("in", "m", "t"): figures.cc
               // decides
};

// One spelling of a unit. normalized = value * factor + offset, in `base`.
struct UnitEntry {
  const char*
      surface;  // as written; matched case-insensitively unless case_sensitive
  const char*
      unit;  // the Figure.unit code: "kg", "ton", "tonne", "mi", "percent"
  factwire::v1::Dimension dimension;
  double factor;
  const char* base;  // the Figure.normalized_unit: "kg", "m", "s", "l"
  UnitSystem system;
  bool case_sensitive;
  UnitUse use;
  double offset;
};

// A length unit that also forms areas and volumes ("square miles", "km2",
// "cubic metres").
struct PowerUnitEntry {
  const char* surface;  // a length spelling: "km", "kilometres", "mi", "miles"
  const char* area_unit;    // "square kilometre"
  const char* volume_unit;  // "cubic kilometre"
  double metres;            // length of one unit in metres
  UnitSystem system;
};

// Units of mass, length, area, volume, time, speed, temperature, percent and
// others.
absl::Span<const UnitEntry> Units();

// Length spellings that take square/cubic forms.
absl::Span<const PowerUnitEntry> PowerUnits();

// LongUnitName()
//
// The spelled-out name of a unit code, used to compose rate units ("l" ->
// "litre", so "10 l/km" is "litre per kilometre"). Codes that are already names
// ("watt", "square metre", "hour") come back unchanged.
absl::string_view LongUnitName(absl::string_view code);

// True if `word` (lowercase) opens the base of a rate after an amount: "per"
// ("30mg of sugar per 100 millilitres").
bool IsRatePreposition(absl::string_view word);

// True if `code` is a unit whose singular name before a number marks a post
// along a road, river or course rather than a distance ("Km 1,075 of the
// waterway", "at mile 23"): "km", "mi".
bool IsPostUnit(absl::string_view code);

// True if `word` (lowercase) before a singular post unit and a number makes
// them a post ("at kilometre 38", "past mile 19"): "at", "to", "from",
// "near", "past".
bool IsPostPreposition(absl::string_view word);

// True if `word` (lowercase) makes a sentence about votes, polls, ratings
// or shares, whose bare "points" are percentage points ("poll", "voters",
// "share").
bool IsPercentagePointCue(absl::string_view word);

// True if `word` (lowercase) makes the points of its own clause percentage
// points ("rate", "seat", "seats", "primary"): common outside polls too.
bool IsClausePointCue(absl::string_view word);

// True if `word` (lowercase) is a clause cue that is also an adjective
// ("primary"): before a noun it names no contest ("primary school").
bool IsAdjectivalPointCue(absl::string_view word);

// True if `word` (lowercase) names a margin or a move a hyphened "N-point"
// measures ("lead", "margin", "swing", "dip"), not a plan or a scale.
bool IsPointMarginNoun(absl::string_view word);

// True if `word` (lowercase) opens another clause, out of a clause cue's
// reach (IsClausePointCue: "as", "but", "though", "while").
bool IsPointClauseBreak(absl::string_view word);

// True if `word` (lowercase) names a stock index, whose points are index
// points ("index", "dow", "ftse").
bool IsIndexPointWord(absl::string_view word);

// True if `word` (lowercase) before a unit makes it one of many, not a post:
// "every", "each", "per", "a", "an" ("for every mile 3 trees").
bool IsEachUnitWord(absl::string_view word);

// True if `unit` measures bulk or time (mass, length, area, volume,
// duration) and its plural counts no things: "tonnes", "litres", "acres",
// "hours"; not "degrees", "bits", "cups", "nights", "seasons". After "<plural
// vague amount> of" only such a unit measures the amount.
bool IsBulkOrTimeUnit(const UnitEntry& unit);

// True if `word` (lowercase) may stand between a number and its unit of time
// without changing what is counted: "nine straight days", "six consecutive
// months", "three full years", "two more weeks", "two academic years".
bool IsRunAdjective(absl::string_view word);

// True if `word` (lowercase) names an earthquake ("quake", "earthquake",
// "tremor", "aftershock" and their plurals): a decimal before it is the
// quake's magnitude ("a 7.0 quake").
bool IsQuakeNoun(absl::string_view word);

// The Figure.unit codes of the temperature scales and of a bare degree.
inline constexpr char kCelsiusCode[] = "celsius";
inline constexpr char kFahrenheitCode[] = "fahrenheit";
inline constexpr char kDegreeCode[] = "degree";

// The span of temperatures a story states in Celsius for air, water or a
// body (the hottest air on record is 56.7 C, the coldest -89.2 C): a bare
// "115 degrees" is outside it and so no Celsius, whatever scale came before.
inline constexpr double kPlausibleCelsiusMin = -90;
inline constexpr double kPlausibleCelsiusMax = 60;

// How newsroom figures restate a unit of time in a finer one: decades and
// centuries as years ("more than two decades": 20 years), and a fraction of
// an hour written in words as minutes ("a quarter of an hour": 15 minutes;
// "three and a half hours" stays 3.5 hours).
struct UnitRestatement {
  const char* unit;     // the Figure.unit code restated: "decade"
  const char* as;       // the code written instead: "year"
  double factor;        // how many of `as` make one `unit`: 10
  bool fraction_only;   // only a word fraction below one ("half an hour")
};

// RestatedUnit()
//
// The restatement of the unit `code` ("decade", "century", "hour"), or
// nullptr when figures keep it as written.
const UnitRestatement* RestatedUnit(absl::string_view code);

}  // namespace lexicon
}  // namespace factwire

#endif  // FACTWIRE_INGEST_SERVICE_EXTRACT_LEXICON_UNITS_H_
