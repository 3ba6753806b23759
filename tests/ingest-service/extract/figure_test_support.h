#ifndef FACTWIRE_TESTS_INGEST_SERVICE_EXTRACT_FIGURE_TEST_SUPPORT_H_
#define FACTWIRE_TESTS_INGEST_SERVICE_EXTRACT_FIGURE_TEST_SUPPORT_H_

#include <string>
#include <vector>

#include "factwire/v1/records.pb.h"
#include "gtest/gtest.h"
#include "ingest-service/extract/figures.h"

namespace factwire {
namespace figure_test {

// The figures FindFigures() finds in `text` read as one sentence.
inline std::vector<v1::Figure> Find(const std::string& text) {
  v1::TextSpan sentence;
  sentence.set_begin(0);
  sentence.set_end(static_cast<int>(text.size()));
  return FindFigures(text, sentence);
}

// The figures of `text` gathered sentence by sentence, as the extractor does;
// the sentences are split after each ". " for the test.
inline std::vector<v1::Figure> BySentence(const std::string& text) {
  std::vector<v1::Figure> figures;
  size_t count = 0;
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.find(". ", begin);
    end = end == std::string::npos ? text.size() : end + 1;
    v1::TextSpan span;
    span.set_begin(static_cast<int>(begin));
    span.set_end(static_cast<int>(end));
    FindFigures(text, span, &figures, &count);
    begin = end + 1;
  }
  figures.resize(count);
  return figures;
}

// The text of each figure in `text`, in order.
inline std::vector<std::string> Texts(const std::string& text) {
  std::vector<std::string> out;
  for (const v1::Figure& f : Find(text)) out.push_back(f.text());
  return out;
}

// The subject of every figure in `text`, in order.
inline std::vector<std::string> Subjects(const std::string& text) {
  std::vector<std::string> out;
  for (const v1::Figure& f : Find(text)) out.push_back(f.subject());
  return out;
}

// The subject of the only figure of `text` ("<none>" when there are others).
inline std::string OnlySubject(const std::string& text) {
  const std::vector<v1::Figure> f = Find(text);
  return f.size() == 1 ? f[0].subject() : std::string("<none>");
}

// The figure whose text is exactly `text` among `figures`, or nullptr.
inline const v1::Figure* FigureWithText(const std::vector<v1::Figure>& figures,
                                        const std::string& text) {
  for (const v1::Figure& f : figures) {
    if (f.text() == text) return &f;
  }
  return nullptr;
}

// Checks that `sentence` (one sentence) has the figure `text` of `value` in
// `unit` and `dimension`.
inline void ExpectFigure(const std::string& sentence, const std::string& text, double value,
                         const std::string& unit, v1::Dimension dimension) {
  const std::vector<v1::Figure> figures = Find(sentence);
  const v1::Figure* f = FigureWithText(figures, text);
  ASSERT_NE(f, nullptr) << sentence;
  EXPECT_DOUBLE_EQ(f->value(), value) << sentence;
  EXPECT_EQ(f->unit(), unit) << sentence;
  EXPECT_EQ(f->dimension(), dimension) << sentence;
}

}  // namespace figure_test
}  // namespace factwire

#endif  // FACTWIRE_TESTS_INGEST_SERVICE_EXTRACT_FIGURE_TEST_SUPPORT_H_
