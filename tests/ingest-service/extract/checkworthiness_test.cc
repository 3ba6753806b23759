#include "ingest-service/extract/checkworthiness.h"

#include <cmath>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "ingest-service/extract/figures.h"
#include "ingest-service/extract/lexicon/checkworthiness_words.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindClaim;
using ::factwire::testing_extract::kClose;
using ::factwire::testing_extract::kOpen;

constexpr v1::ClaimKind kQuote = v1::CLAIM_KIND_DIRECT_QUOTE;
constexpr v1::ClaimKind kReported = v1::CLAIM_KIND_INDIRECT_QUOTE;
constexpr v1::ClaimKind kStatement = v1::CLAIM_KIND_STATEMENT;

// A claim as the extractor hands it over: its words, the rest of its sentence
// (speaker and cue) and its kind.
struct Example {
  std::string text;
  std::string before;
  std::string after;
  v1::ClaimKind kind;
};

// Scores `e` with the figures the figure finder sees in its words.
CheckworthinessExplanation Explain(const Example& e) {
  CheckworthinessInput in;
  in.text = e.text;
  in.before = e.before;
  in.after = e.after;
  in.kind = e.kind;
  v1::TextSpan all;
  all.set_begin(0);
  all.set_end(static_cast<int>(e.text.size()));
  for (const v1::Figure& f : FindFigures(e.text, all)) in.figures.Add(f.dimension());
  return ExplainCheckworthiness(in);
}

float Score(const Example& e) { return Explain(e).score; }

TEST(CheckworthinessTest, ScoreIsTheExplainedScore) {
  const std::vector<Example> examples = {
      {"Unemployment rose to 7.5 percent last year because of the drought", "", "",
       kStatement},
      {"I think we should maybe do better", "The mayor said ", "", kQuote},
      {"Who knows?", "", ", she said", kQuote},
      {"the council declined to comment on the plan", "Officials said ", "", kReported},
      {"The caf\xC3\xA9 in the U.S. doubled its sales", "", "", kStatement},
  };
  for (const Example& e : examples) {
    CheckworthinessInput in;
    in.text = e.text;
    in.before = e.before;
    in.after = e.after;
    in.kind = e.kind;
    EXPECT_EQ(ScoreCheckworthiness(in), ExplainCheckworthiness(in).score) << e.text;
  }
}

// ScoreCheckworthiness keeps the scores of recent logits: inputs of different
// logits (kinds, words and figures), each scored twice in turn, still score as
// explained.
TEST(CheckworthinessTest, RepeatedScoresAreTheExplainedScores) {
  const std::vector<Example> examples = {
      {"Unemployment rose to 7.5 percent last year", "", "", kStatement},
      {"I think we should maybe do better", "The mayor said ", "", kQuote},
      {"the council declined to comment", "Officials said ", "", kReported},
  };
  for (int round = 0; round < 2; ++round) {
    for (const Example& e : examples) {
      for (int currency = 0; currency < 3; ++currency) {
        for (int other = 0; other < 3; ++other) {
          CheckworthinessInput in;
          in.text = e.text;
          in.before = e.before;
          in.kind = e.kind;
          in.figures.currency = currency;
          in.figures.other = other;
          EXPECT_EQ(ScoreCheckworthiness(in), ExplainCheckworthiness(in).score)
              << e.text << " currency " << currency << " other " << other;
        }
      }
    }
  }
}

// The signals that fired, for failure messages: "comparative=+0.8 ...".
std::string Why(const Example& e) {
  const CheckworthinessExplanation x = Explain(e);
  std::string out = e.text + " -> " + std::to_string(x.score) + ":";
  for (int s = 0; s < kCheckSignals; ++s) {
    if (x.contribution[s] == 0) continue;
    out += " " + std::string(CheckSignalName(static_cast<CheckSignal>(s))) + "=" +
           std::to_string(x.contribution[s]);
  }
  return out;
}

// Factual, numeric, comparative and causal claims, in quotes, reported speech
// and plain statements.
std::vector<Example> HighExamples() {
  return {
      {"Unemployment rose to 7.5 percent in March, the highest level since 2009.", "", "",
       kStatement},
      {"The city spent $48 million on bridge repairs last year.", "", ", Marsh said.",
       kQuote},
      {"Overdose deaths doubled between 2019 and 2022.", "", "", kStatement},
      {"the drought led to a 30% drop in wheat exports", "The ministry said ", ".",
       kReported},
      {"Seizures at the border were higher in 2023 than in any previous year.", "",
       ", the agency said.", kQuote},
      {"Because of the storm, more than 12,000 homes lost power on Tuesday.", "", "",
       kStatement},
      {"The company laid off 1,200 workers after sales fell by a third.", "", "",
       kStatement},
      {"crime in the district has fallen every year since 2015", "Police data show ", ".",
       kReported},
      {"Our hospital treated 340 patients for heat stroke in July alone.", "",
       ", said Dr. Ana Ruiz.", kQuote},
      {"The new tax raised £2.3 billion in its first year, twice the Treasury's "
       "estimate.",
       "", "", kStatement},
      {"Inflation was 3.2 percent in October, down from 3.7 percent in September.", "",
       "", kStatement},
      {"The fire destroyed 45 homes and caused an estimated $10 million in damage.", "",
       ", the fire chief said.", kQuote},
      {"wages grew faster than prices for the first time in two years",
       "The central bank reported that ", ".", kReported},
      {"The river carried a record low volume of water in 2020 due to upstream dams.", "",
       "", kStatement},
      {"China is the largest buyer of Brazilian soybeans.", "", ", Costa said.", kQuote},
      {"The bill passed the Senate by 52 votes to 48 on Thursday.", "", "", kStatement},
      {"ticket prices increased by 15 percent after the state cut its subsidy",
       "The agency announced that ", ".", kReported},
      {"More than half of the city's water is lost to leaking pipes.", "",
       ", the auditor said.", kQuote},
      {"vaccination rates in rural counties were 20 points lower than in cities",
       "According to the health department, ", ".", kReported},
      {"The factory was closed in 2018 because inspectors found asbestos in its walls.",
       "", "", kStatement},
  };
}

// Opinions, feelings, promises, questions, greetings, thanks and procedure.
std::vector<Example> LowExamples() {
  return {
      {"I think this is a great day for our city.", "", ", the mayor said.", kQuote},
      {"We will fight for every family in this state.", "", ", Marsh said.", kQuote},
      {"Thank you all for coming this morning.", "", ", the chair said.", kQuote},
      {"The meeting will begin at 10 a.m. on Tuesday.", "", "", kStatement},
      {"What are they trying to hide?", "", ", Reyes asked.", kQuote},
      {"I\xE2\x80\x99m so proud of our team.", "", ", the coach said.", kQuote},
      {"The company declined to comment.", "", "", kStatement},
      {"We should all be ashamed.", "", ", Ortiz said.", kQuote},
      {"It's a terrible decision.", "", ", she said.", kQuote},
      {"Good morning, everyone.", "", ", the governor said.", kQuote},
      {"Maybe it will work, maybe it won't.", "", ", he said.", kQuote},
      {"I hope the council does the right thing.", "", ", Kim said.", kQuote},
      {"the people deserve better", "She believes that ", ".", kReported},
      {"he would never raise taxes", "He vowed that ", ".", kReported},
      {"We must act now.", "", ", the senator said.", kQuote},
      {"The mayor's office did not respond to a request for comment.", "", "",
       kStatement},
      {"Further details will be announced at a press conference on Friday.", "", "",
       kStatement},
      {"I feel terrible about what happened to those families.", "", ", he said.",
       kQuote},
      {"Let's get this done.", "", ", the minister said.", kQuote},
      {"Isn't it obvious?", "", ", Lee asked.", kQuote},
      {"Congratulations to all the graduates!", "", ", the dean said.", kQuote},
  };
}

TEST(CheckworthinessTest, EveryHighExampleOutranksEveryLowExample) {
  const std::vector<Example> high = HighExamples(), low = LowExamples();
  for (const Example& h : high) {
    for (const Example& l : low) {
      EXPECT_GT(Score(h), Score(l)) << "high: " << Why(h) << "\nlow:  " << Why(l);
    }
  }
}

TEST(CheckworthinessTest, HighExamplesAreAboveHalfAndLowExamplesBelow) {
  for (const Example& h : HighExamples()) EXPECT_GT(Score(h), 0.5f) << Why(h);
  for (const Example& l : LowExamples()) EXPECT_LT(Score(l), 0.5f) << Why(l);
}

TEST(CheckworthinessTest, ScoreIsTheSquashedSumOfContributions) {
  std::vector<Example> all = HighExamples();
  for (const Example& l : LowExamples()) all.push_back(l);
  all.push_back({"", "", "", kStatement});
  all.push_back({std::string(500, 'a') + " 7 " + std::string(3, '\xE2'), "\xC2", "",
                 kQuote});  // overlong word, stray UTF-8 lead bytes
  for (const Example& e : all) {
    const CheckworthinessExplanation x = Explain(e);
    EXPECT_GE(x.score, 0.0f) << Why(e);
    EXPECT_LE(x.score, 1.0f) << Why(e);
    float sum = x.logit;
    for (float c : x.contribution) sum -= c;  // what remains is the bias
    EXPECT_NEAR(x.score, 1.0f / (1.0f + std::exp(-x.logit)), 0.0005f) << Why(e);
    EXPECT_NEAR(sum, -0.4f, 1e-5) << Why(e);
    EXPECT_EQ(x.score, Explain(e).score) << "not deterministic: " << Why(e);
  }
}

float Contribution(const Example& e, CheckSignal s) {
  return Explain(e).contribution[static_cast<int>(s)];
}

TEST(CheckworthinessTest, PhrasesAreMatchedWordByWord) {
  EXPECT_GT(Contribution({"The closure led to delays.", "", "", kStatement},
                         CheckSignal::kCausal),
            0);
  // "thanks to" is a cause, not thanks.
  const Example thanks{"Crime fell thanks to new street lights.", "", "", kStatement};
  EXPECT_GT(Contribution(thanks, CheckSignal::kCausal), 0) << Why(thanks);
  EXPECT_EQ(Contribution(thanks, CheckSignal::kProcedural), 0) << Why(thanks);
  // Punctuation between the words does not break a phrase; a sentence end does.
  EXPECT_LT(
      Contribution({"Thank you, everyone.", "", "", kQuote}, CheckSignal::kProcedural),
      0);
  EXPECT_EQ(Contribution({"I want to thank. You know why.", "", "", kQuote},
                         CheckSignal::kProcedural),
            0);
  // Curly apostrophes read as straight ones.
  EXPECT_LT(Contribution({"We didn\xE2\x80\x99t respond.", "", "", kQuote},
                         CheckSignal::kProcedural),
            0);
}

// The signal a word kind counts toward in the claim's words, and beside them
// (kVeryShort: none).
CheckSignal KindSignal(lexicon::CheckWordKind kind, bool context) {
  using K = lexicon::CheckWordKind;
  switch (kind) {
    case K::kComparative: return CheckSignal::kComparative;
    case K::kCausal: return CheckSignal::kCausal;
    case K::kFactualVerb: return CheckSignal::kFactualVerb;
    case K::kEvidence: return CheckSignal::kEvidence;
    case K::kTimeWord: return CheckSignal::kTimeWord;
    case K::kOpinion: return CheckSignal::kOpinion;
    case K::kOpinionCue: return context ? CheckSignal::kContextOpinion : CheckSignal::kOpinion;
    case K::kModal: return CheckSignal::kModal;
    case K::kFuture: return CheckSignal::kFuture;
    case K::kPromiseCue: return context ? CheckSignal::kContextPromise : CheckSignal::kFuture;
    case K::kFirstPerson: return CheckSignal::kFirstPerson;
    case K::kFirstPlural: return CheckSignal::kFirstPlural;
    case K::kHedge: return CheckSignal::kHedge;
    case K::kProcedural:
      return context ? CheckSignal::kContextProcedural : CheckSignal::kProcedural;
  }
  return CheckSignal::kVeryShort;
}

// The scorer's filters never turn a listed word or phrase away: each, alone as
// a claim's words, counts toward its kind's signal, and a context kind's words
// in the sentence before the claim count toward its context signal.
TEST(CheckworthinessTest, EveryListedPhraseCounts) {
  using K = lexicon::CheckWordKind;
  int phrases = 0;
  for (const lexicon::CheckWordGroup& group : lexicon::CheckworthinessWords()) {
    const bool context_kind = group.kind == K::kOpinionCue || group.kind == K::kPromiseCue ||
                              group.kind == K::kProcedural;
    for (const char* phrase : group.phrases) {
      ++phrases;
      const Example alone{phrase, "", "", kStatement};
      EXPECT_NE(Contribution(alone, KindSignal(group.kind, false)), 0) << phrase;
      if (!context_kind) continue;
      const Example beside{"the plan", std::string("They ") + phrase + " ", "", kReported};
      EXPECT_NE(Contribution(beside, KindSignal(group.kind, true)), 0) << phrase;
    }
  }
  EXPECT_GT(phrases, 200);
}

// A phrase needs its words in a row: a word in no list between them, or the
// phrase's last word first in the text, matches nothing. In the context beside
// the words only its kinds count ("declined to elaborate"), not the claim's own
// ("led to").
TEST(CheckworthinessTest, PhrasesNeedTheirWordsInARow) {
  struct Case {
    Example example;
    CheckSignal signal;
    bool counted;
  };
  const std::vector<Case> cases = {
      {{"The closure led to delays.", "", "", kStatement}, CheckSignal::kCausal, true},
      {{"The closure led quickly to delays.", "", "", kStatement}, CheckSignal::kCausal, false},
      {{"to delays at the port", "", "", kStatement}, CheckSignal::kCausal, false},
      {{"elaborate on the plan", "", "", kReported}, CheckSignal::kProcedural, false},
      {{"the plan", "The agency declined to elaborate on ", "", kReported},
       CheckSignal::kContextProcedural, true},
      {{"the plan", "The agency declined then to elaborate on ", "", kReported},
       CheckSignal::kContextProcedural, false},
      {{"the plan", "The storm led to ", "", kReported}, CheckSignal::kCausal, false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Contribution(c.example, c.signal) != 0, c.counted)
        << c.example.before << "|" << c.example.text << " " << CheckSignalName(c.signal);
  }
}

TEST(CheckworthinessTest, NamesAreCapitalisedWordsInsideASentence) {
  EXPECT_EQ(Contribution({"Officials met. Then they left.", "", "", kStatement},
                         CheckSignal::kName),
            0);
  EXPECT_GT(
      Contribution({"the deal with Mr. Kamin and Pfizer", "", "", kStatement},
                   CheckSignal::kName),
      Contribution({"the deal with Pfizer", "", "", kStatement}, CheckSignal::kName));
  EXPECT_EQ(Contribution({"and then I left", "", "", kStatement}, CheckSignal::kName), 0);
}

TEST(CheckworthinessTest, WordsHoldNumberSeparatorsAndJoinersButNotPunctuation) {
  // Four words: "1,250,000.75" and "rock-solid" are one word each.
  const Example number{"Stocks were 1,250,000.75 rock-solid", "", "", kStatement};
  EXPECT_LT(Contribution(number, CheckSignal::kShort), 0) << Why(number);
  EXPECT_EQ(Contribution(number, CheckSignal::kVeryShort), 0) << Why(number);
  // A comma or period after a word (not inside a number) ends it: three words.
  const Example listed{"Stocks,bonds.gold", "", "", kStatement};
  EXPECT_LT(Contribution(listed, CheckSignal::kVeryShort), 0) << Why(listed);
  // Letters past the first eight bytes of a word, and a word at the very end.
  const Example long_words{"Representatives overwhelmingly reaffirmed commitments",
                           "", "", kStatement};
  EXPECT_LT(Contribution(long_words, CheckSignal::kShort), 0) << Why(long_words);
  EXPECT_GT(Contribution(long_words, CheckSignal::kFactualVerb), 0) << Why(long_words);
}

// Words of eight letters and numbers of up to eight digits are read in one load;
// they must count as the byte-by-byte path counts longer ones.
TEST(CheckworthinessTest, EightLetterWordsAndShortNumbersCountLikeLongerOnes) {
  // An eight-letter listed word wherever it stands: mid-text, last, before a
  // comma or a period, capitalised, and next to a longer form of it.
  for (const char* text : {"the increase came early", "it was a sharp increase",
                           "an increase, they said", "Increase in rents.",
                           "a sharp increase.", "rents increased sharply"}) {
    const Example e{text, "", "", kStatement};
    EXPECT_GT(Contribution(e, CheckSignal::kComparative), 0) << text << Why(e);
  }
  // All capitals is an acronym, looked up by neither path.
  const Example capitals{"an INCREASE came", "", "", kStatement};
  EXPECT_EQ(Contribution(capitals, CheckSignal::kComparative), 0) << Why(capitals);
  // Numbers: digits, one word each, however they end; "3.5", "1,200", "10m",
  // "9-5" and a number of more than eight digits are one word too.
  for (const char* text : {"turnout peaked in 2024", "it peaked in 2024.", "in 2024, it fell",
                           "it was in 1999"}) {
    const Example e{text, "", "", kStatement};
    EXPECT_GT(Contribution(e, CheckSignal::kNumber), 0) << text << Why(e);
    EXPECT_LT(Contribution(e, CheckSignal::kShort), 0) << text << Why(e);
  }
  for (const char* text : {"turnout hit 12345678 votes", "3.5 1,200 10m 9-5",
                           "123456789012 votes were cast", "7 8 9 10", "in 2024. Then 2025"}) {
    const Example e{text, "", "", kStatement};
    EXPECT_LT(Contribution(e, CheckSignal::kShort), 0) << text << Why(e);
  }
  // Fewer than four words when separators join digits into one number.
  for (const char* text : {"3.5 1,200 10m", "turnout 12345678", "up 2.5."}) {
    const Example e{text, "", "", kStatement};
    EXPECT_LT(Contribution(e, CheckSignal::kVeryShort), 0) << text << Why(e);
  }
  // A period after a word of one or two bytes is read as an abbreviation's, so
  // a number's length counts: after "123456." a capital opens a sentence and is
  // no name, after "12." it is read as one.
  const Example long_number{"it was 123456. He left", "", "", kStatement};
  EXPECT_EQ(Contribution(long_number, CheckSignal::kName), 0) << Why(long_number);
  const Example short_number{"it was 12. He left", "", "", kStatement};
  EXPECT_GT(Contribution(short_number, CheckSignal::kName), 0) << Why(short_number);
}

// A word of up to eight letters is looked up lowercase whatever its case; a
// capital first makes it a name inside a sentence, and two capitals first an
// acronym, looked up by neither path.
TEST(CheckworthinessTest, ShortWordsAreLookedUpLowercaseWhateverTheirCase) {
  const Example mixed{"the IncREASE came", "", "", kStatement};
  EXPECT_GT(Contribution(mixed, CheckSignal::kComparative), 0) << Why(mixed);
  EXPECT_GT(Contribution(mixed, CheckSignal::kName), 0) << Why(mixed);
  const Example lower_first{"the iNCREASE came", "", "", kStatement};
  EXPECT_GT(Contribution(lower_first, CheckSignal::kComparative), 0) << Why(lower_first);
  EXPECT_EQ(Contribution(lower_first, CheckSignal::kName), 0) << Why(lower_first);
  const Example acronym{"the INcrease came", "", "", kStatement};
  EXPECT_EQ(Contribution(acronym, CheckSignal::kComparative), 0) << Why(acronym);
  EXPECT_GT(Contribution(acronym, CheckSignal::kName), 0) << Why(acronym);
}

// Matched pairs: the same content, one signal apart.
TEST(CheckworthinessTest, MatchedPairsDifferInTheRightDirection) {
  struct Pair {
    Example higher, lower;
  };
  const std::vector<Pair> pairs = {
      {{"taxes rose last year", "She said that ", ".", kReported},
       {"taxes rose last year", "She believes that ", ".", kReported}},
      {{"The bridge cost $48 million.", "", "", kStatement},
       {"The bridge will cost $48 million.", "", "", kStatement}},
      {{"Unemployment is at 4 percent.", "", "", kStatement},
       {"Is unemployment really at 4 percent?", "", "", kStatement}},
      {{"Sales rose 12 percent last year.", "", "", kStatement},
       {"I hope sales rise 12 percent next year.", "", "", kStatement}},
      {{"Exports fell 8 percent.", "", ", he said.", kQuote},
       {"Exports fell 8 percent.", "", ", he said, declining to comment further.",
        kQuote}},
      {{"The council approved the budget on Monday.", "", "", kStatement},
       {"The council should approve the budget.", "", "", kStatement}},
      {{"Rents in Dublin are higher than in Paris.", "", "", kStatement},
       {"Rents in Dublin are high.", "", "", kStatement}},
      {{"Prices rose because the port closed.", "", "", kStatement},
       {"Prices rose and the port closed.", "", "", kStatement}},
      {{"Prices rose.", "", "", kStatement}, {"Prices.", "", "", kStatement}},
  };
  for (const Pair& p : pairs) {
    EXPECT_GT(Score(p.higher), Score(p.lower))
        << "higher: " << Why(p.higher) << "\nlower:  " << Why(p.lower);
  }
}

TEST(CheckworthinessTest, AnalyzerRanksTheNumericClaimAboveOpinionAndProcedure) {
  const v1::Document doc = Extract(
      "Harbor City approved its water plan on Tuesday.\n\n" + kOpen +
      "The old pipes lost 30 percent of our water and cost the city $12 million last "
      "year," +
      kClose + " said Mayor Elena Marsh.\n\n" + kOpen +
      "I think this is a wonderful day for all of us," + kClose +
      " said council member Tom Reyes.\n\n" + kOpen +
      "Thank you all for coming, and the next meeting will begin at 9 a.m. "
      "on Friday," +
      kClose + " Reyes said.");
  const v1::Claim* numeric = FindClaim(doc, "The old pipes lost");
  const v1::Claim* opinion = FindClaim(doc, "wonderful day");
  const v1::Claim* procedure = FindClaim(doc, "Thank you all");
  ASSERT_NE(numeric, nullptr);
  ASSERT_NE(opinion, nullptr);
  ASSERT_NE(procedure, nullptr);
  EXPECT_EQ(numeric->figure_ids_size(), 2);
  EXPECT_GT(numeric->checkworthiness(), opinion->checkworthiness());
  EXPECT_GT(numeric->checkworthiness(), procedure->checkworthiness());
  EXPECT_GT(numeric->checkworthiness(), 0.8f);
  EXPECT_LT(opinion->checkworthiness(), 0.3f);
  EXPECT_LT(procedure->checkworthiness(), 0.3f);
  for (const v1::Claim& c : doc.claims()) {
    EXPECT_GE(c.checkworthiness(), 0.0f) << c.text();
    EXPECT_LE(c.checkworthiness(), 1.0f) << c.text();
  }
}

// A comma or a colon after a word neither joins nor splits words, and opens no
// sentence: the words score as without it.
TEST(Checkworthiness, PunctuationAfterWordsCountsTheSameWords) {
  const Example plain{"prices rose sharply but we think wages fell", "", "", kReported};
  const Example marked{"prices rose, sharply: but we think, wages fell", "", "", kReported};
  const CheckworthinessExplanation a = Explain(plain);
  const CheckworthinessExplanation b = Explain(marked);
  for (int s = 0; s < kCheckSignals; ++s) {
    EXPECT_EQ(a.contribution[s], b.contribution[s])
        << CheckSignalName(static_cast<CheckSignal>(s));
  }
  EXPECT_NE(a.contribution[static_cast<int>(CheckSignal::kOpinion)], 0.0f);
  EXPECT_NE(a.contribution[static_cast<int>(CheckSignal::kComparative)], 0.0f);
}

}  // namespace
}  // namespace factwire
