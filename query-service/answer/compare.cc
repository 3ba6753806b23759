#include "query-service/answer/compare.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/time/time.h"
#include "query-service/answer/figure_interval.h"
#include "query-service/answer/phrase_key.h"

namespace factwire {
namespace {

using Intervals = std::vector<std::optional<ValueInterval>>;

struct GroupKey {
  std::string subject;
  int dimension = 0;
  std::string place;
  std::string time_scope;

  bool operator<(const GroupKey& other) const {
    return std::tie(subject, dimension, place, time_scope) <
           std::tie(other.subject, other.dimension, other.place,
                    other.time_scope);
  }
};

GroupKey KeyOf(const v1::Figure& figure) {
  return {PhraseKey(figure.subject()), static_cast<int>(figure.dimension()),
          PhraseKey(figure.place()), PhraseKey(figure.time_scope())};
}

// -1, 0, 1 as `a` is before, at or after `b`.
int CompareTimes(const google::protobuf::Timestamp& a,
                 const google::protobuf::Timestamp& b) {
  if (a.seconds() != b.seconds()) return a.seconds() < b.seconds() ? -1 : 1;
  if (a.nanos() != b.nanos()) return a.nanos() < b.nanos() ? -1 : 1;
  return 0;
}

// Publish time first (records without one last), then figure name.
bool Earlier(const FigureRecord& a, const FigureRecord& b) {
  if (a.has_publish_time != b.has_publish_time) return a.has_publish_time;
  if (a.has_publish_time) {
    const int order = CompareTimes(a.publish_time, b.publish_time);
    if (order != 0) return order < 0;
  }
  return a.figure.name() < b.figure.name();
}

std::string UnitFamily(const v1::Figure& figure) {
  return figure.normalized_unit().empty() ? figure.unit()
                                          : figure.normalized_unit();
}

std::string Date(const FigureRecord& record) {
  if (!record.has_publish_time) return "no date";
  const absl::Time time = absl::FromUnixSeconds(record.publish_time.seconds());
  return absl::FormatTime("%Y-%m-%d", time, absl::UTCTimeZone());
}

v1::Interval ToProto(const ValueInterval& interval) {
  v1::Interval proto;
  proto.set_lower(interval.lower);
  proto.set_upper(interval.upper);
  proto.set_lower_closed(interval.lower_closed);
  proto.set_upper_closed(interval.upper_closed);
  return proto;
}

v1::FigureObservation Observe(const FigureRecord& record) {
  v1::FigureObservation observation;
  const v1::Figure& figure = record.figure;
  observation.set_figure(figure.name());
  observation.set_document(figure.document());
  if (record.has_publish_time) {
    *observation.mutable_publish_time() = record.publish_time;
  }
  if (!record.source_id.empty()) {
    observation.set_source(absl::StrCat("sources/", record.source_id));
  }
  observation.set_text(figure.text());
  *observation.mutable_span() = figure.span();
  observation.set_qualifier(figure.qualifier());
  observation.set_subject(figure.subject());
  observation.set_unit(UnitFamily(figure));
  return observation;
}

// `"text" (documents/x, 2025-03-01: [a, b] kg)`.
std::string Describe(const FigureRecord& record, const ValueInterval& interval,
                     const std::string& unit) {
  return absl::StrCat("\"", record.figure.text(), "\" (",
                      record.figure.document(), ", ", Date(record), ": ",
                      FormatInterval(interval), unit.empty() ? "" : " ", unit,
                      ")");
}

// Why the later of two disagreeing figures replaces the earlier, if it does.
enum class Update { kNone, kSameSource, kGrowingCount };

Update UpdateBetween(const FigureRecord& earlier, const ValueInterval& low,
                     const FigureRecord& later, const ValueInterval& high) {
  if (!earlier.has_publish_time || !later.has_publish_time ||
      CompareTimes(earlier.publish_time, later.publish_time) >= 0) {
    return Update::kNone;
  }
  if (!earlier.source_id.empty() && earlier.source_id == later.source_id) {
    return Update::kSameSource;
  }
  if (later.figure.dimension() == v1::DIMENSION_COUNT && LiesAbove(high, low)) {
    return Update::kGrowingCount;
  }
  return Update::kNone;
}

void SetVerdict(v1::Verdict verdict, std::string explanation,
                v1::FigureGroup& group) {
  group.set_verdict(verdict);
  group.set_explanation(std::move(explanation));
}

using Pairs = std::vector<std::pair<size_t, size_t>>;

// The pairs (i < j) of figures from different documents whose intervals do
// not overlap. Figures of one document never disagree with each other: an
// article may well give a count before and after ("rose from 12 to 41").
Pairs CrossDocumentDisagreements(const std::vector<FigureRecord>& records,
                                 const std::vector<ValueInterval>& intervals) {
  Pairs pairs;
  for (size_t i = 0; i < records.size(); ++i) {
    for (size_t j = i + 1; j < records.size(); ++j) {
      if (records[i].figure.document() == records[j].figure.document()) {
        continue;
      }
      if (!Overlaps(intervals[i], intervals[j])) pairs.emplace_back(i, j);
    }
  }
  return pairs;
}

// CONFLICTING, or SUPERSEDED when every disagreeing pair is an update.
void JudgeDisagreement(const std::vector<FigureRecord>& records,
                       const std::vector<ValueInterval>& intervals,
                       const Pairs& disagreements, v1::FigureGroup& group) {
  std::set<Update> reasons;
  std::vector<bool> superseded(records.size(), false);
  for (const auto& [i, j] : disagreements) {
    const Update update =
        UpdateBetween(records[i], intervals[i], records[j], intervals[j]);
    if (update == Update::kNone) {
      SetVerdict(v1::VERDICT_CONFLICTING,
                 absl::StrCat(Describe(records[i], intervals[i], group.unit()),
                              " and ",
                              Describe(records[j], intervals[j], group.unit()),
                              " do not overlap"),
                 group);
      return;
    }
    reasons.insert(update);
    superseded[i] = true;
  }
  for (size_t i = 0; i < records.size(); ++i) {
    group.mutable_observations(static_cast<int>(i))
        ->set_superseded(superseded[i]);
  }
  const char* why = reasons.size() > 1 ? "later figures update earlier ones"
                    : *reasons.begin() == Update::kSameSource
                        ? "the same source updated its figure"
                        : "the count only grew over time";
  const size_t latest = records.size() - 1;  // never superseded
  SetVerdict(
      v1::VERDICT_SUPERSEDED,
      absl::StrCat(why, "; latest: ",
                   Describe(records[latest], intervals[latest], group.unit())),
      group);
}

}  // namespace

void JudgeGroup(const std::vector<FigureRecord>& records,
                v1::FigureGroup& group) {
  std::vector<std::string> units;
  Intervals intervals;
  for (const FigureRecord& record : records) {
    const std::string unit = UnitFamily(record.figure);
    if (std::find(units.begin(), units.end(), unit) == units.end()) {
      units.push_back(unit);
    }
    intervals.push_back(FigureInterval(record.figure));
    v1::FigureObservation* observation = group.add_observations();
    *observation = Observe(record);
    if (intervals.back())
      *observation->mutable_interval() = ToProto(*intervals.back());
  }
  if (records.empty()) return;
  group.set_dimension(records.front().figure.dimension());
  group.set_unit(absl::StrJoin(units, ", "));
  if (units.size() > 1) {
    SetVerdict(v1::VERDICT_INCOMPARABLE,
               absl::StrCat("different units (", group.unit(), ")",
                            group.dimension() == v1::DIMENSION_CURRENCY
                                ? ": money compares only within one currency"
                                : ""),
               group);
    return;
  }
  std::vector<ValueInterval> usable;
  for (size_t i = 0; i < records.size(); ++i) {
    if (!intervals[i]) {
      SetVerdict(
          v1::VERDICT_INCOMPARABLE,
          absl::StrCat("\"", records[i].figure.text(), "\" (",
                       records[i].figure.name(), ") has no usable value"),
          group);
      return;
    }
    usable.push_back(*intervals[i]);
  }
  std::optional<ValueInterval> common = usable.front();
  for (const ValueInterval& interval : usable) {
    if (common) common = Intersect(*common, interval);
  }
  if (common) {
    SetVerdict(v1::VERDICT_CONSISTENT,
               absl::StrCat("all ", records.size(), " figures allow ",
                            FormatInterval(*common),
                            group.unit().empty() ? "" : " ", group.unit()),
               group);
    return;
  }
  const Pairs disagreements = CrossDocumentDisagreements(records, usable);
  if (disagreements.empty()) {
    SetVerdict(v1::VERDICT_CONSISTENT,
               "figures from different documents overlap; only figures of "
               "one document differ",
               group);
    return;
  }
  JudgeDisagreement(records, usable, disagreements, group);
}

std::vector<v1::FigureGroup> CompareFigureRecords(
    std::vector<FigureRecord> records) {
  std::map<GroupKey, std::vector<FigureRecord>> grouped;
  for (FigureRecord& record : records) {
    GroupKey key = KeyOf(record.figure);
    if (key.subject.empty()) continue;
    grouped[std::move(key)].push_back(std::move(record));
  }
  std::vector<v1::FigureGroup> groups;
  for (auto& [key, members] : grouped) {
    std::set<std::string> documents;
    for (const FigureRecord& member : members) {
      documents.insert(member.figure.document());
    }
    if (documents.size() < 2) continue;
    std::sort(members.begin(), members.end(), Earlier);
    v1::FigureGroup& group = groups.emplace_back();
    const v1::Figure& first = members.front().figure;
    group.set_subject(first.subject());
    group.set_place(first.place());
    group.set_time_scope(first.time_scope());
    JudgeGroup(members, group);
  }
  return groups;
}

}  // namespace factwire
