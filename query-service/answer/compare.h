#ifndef FACTWIRE_QUERY_SERVICE_ANSWER_COMPARE_H_
#define FACTWIRE_QUERY_SERVICE_ANSWER_COMPARE_H_

#include <string>
#include <vector>

#include "factwire/v1/query_service.pb.h"
#include "factwire/v1/records.pb.h"
#include "google/protobuf/timestamp.pb.h"

namespace factwire {

// A stored figure with what comparing it needs from its document and claim.
struct FigureRecord {
  // With name and document set (as the store returns figures).
  factwire::v1::Figure figure;
  // The document's publish_time; has_publish_time false if it has none.
  google::protobuf::Timestamp publish_time;
  bool has_publish_time = false;
  // The source of the claim stating the figure; "" if none.
  std::string source_id;
};

// CompareFigureRecords()
//
// The groups CompareFigures returns (rules in query_service.proto): figures
// with the same PhraseKey() of subject, place and time_scope and the same
// dimension form a group; groups holding figures of at least two documents
// are kept, each with its verdict, explanation and observations (ordered by
// publish_time, figures without one last, then by figure name). Figures
// without a subject are left out. Groups come ordered by their keys (subject,
// dimension, place, time_scope). Pure function.
std::vector<factwire::v1::FigureGroup> CompareFigureRecords(
    std::vector<FigureRecord> records);

// JudgeGroup()
//
// Sets verdict, explanation, unit, each observation's interval and
// `superseded` for `records`, one group whose observations come in the
// order given (earliest first), written into `group` (subject, place and
// time_scope are left to the caller). Pure function.
void JudgeGroup(const std::vector<FigureRecord>& records,
                factwire::v1::FigureGroup& group);

}  // namespace factwire

#endif  // FACTWIRE_QUERY_SERVICE_ANSWER_COMPARE_H_
